import { ageText, graphDate, isoDay } from "../dates.ts";
import { classify, fetchSpec, isPartialList, toFetched } from "../errors.ts";
import { ENROLLMENT_PROFILES_REQUEST } from "../requests.ts";
import { bool, collection, field, nonEmpty, num, odataType, type JsonObject } from "../json.ts";
import type { EvidenceIndex } from "../keys.ts";
import type { GraphResponse } from "../types.ts";
import { errorOutcome, notChecked, specOf } from "./outcome.ts";
import { noTokens, tokenCheck, tokenFindings, tokensOutcome, type Finding, type TokenCheck, type TokenPolicy } from "./token-health.ts";
import type { Rule } from "./types.ts";


/** A 404 that says the tenant lacks a licence is that, not "no default profile". */
function isLicenceError(response: GraphResponse): boolean {
  return classify({ label: "", scope: "" }, response)?.cause === "not-licensed";
}

function defaultProfileFinding(profile: JsonObject, name: string): Finding[] {
  if (bool(profile, "isDefault") === false) return [{ verdict: "advisory", text: `${name} has no default macOS enrollment profile: a new Mac without an assigned profile fails to enroll.` }];
  return [{ verdict: "ready", text: `Default macOS enrollment profile: ${nonEmpty(profile, "displayName") ?? "unnamed"}.` }];
}

function profileFindings(evidence: EvidenceIndex, id: string | null, name: string): Finding[] {
  if (!id) return [{ verdict: "error", text: `${name} has no id, so its enrollment profiles could not be read.`, cause: "unexpected-response" }];
  const response = evidence.profilesFor(id);
  // The default-profile read (requests.ts) has nothing to return when no macOS profile is the default. Graph's answer
  // then is not documented: a 404, or an empty 204/200, is taken to mean "no default" [inferred].
  const noDefault = response !== undefined && (response.status === 404 || ((response.status === 204 || response.status === 200) && response.body === null));
  if (noDefault && !isLicenceError(response)) return [{ verdict: "advisory", text: `${name} has no default macOS enrollment profile: a new Mac without an assigned profile fails to enroll.` }];
  const fetched = toFetched({ label: `the enrollment profiles of ${name}`, scope: ENROLLMENT_PROFILES_REQUEST.scope }, response);
  if (fetched.kind === "absent") return [{ verdict: "not-checked", text: `The enrollment profiles of ${name} are not in the evidence, so its macOS profile was not checked.` }];
  if (fetched.kind === "failed") return [{ verdict: "error", text: fetched.failure.reason, cause: fetched.failure.cause }];
  // One object: the default macOS profile itself. A list (`value`): an older evidence file read every profile.
  if (fetched.kind === "ok" && !Array.isArray(fetched.body.value)) return defaultProfileFinding(fetched.body, name);
  const profiles = fetched.kind === "ok" ? collection(fetched.body) : null;
  if (!profiles) return [{ verdict: "error", text: `The enrollment profiles of ${name} could not be read.`, cause: "unexpected-response" }];
  // Only some pages: the macOS default profile could be on one that was not read.
  if (isPartialList(fetched.body)) return [{ verdict: "error", text: `Only part of the enrollment profiles of ${name} was read, so its macOS profile cannot be judged.`, cause: "unexpected-response" }];
  const mac = profiles.filter((p) => odataType(p) === "microsoft.graph.depmacosenrollmentprofile");
  if (mac.length === 0) return [{ verdict: "advisory", text: `${name} has no macOS enrollment profile: Macs synced from Apple Business Manager cannot enroll until one is assigned.` }];
  const defaults = mac.filter((p) => bool(p, "isDefault") === true);
  if (defaults.length === 0) return [{ verdict: "advisory", text: `${name} has macOS enrollment profiles but none is the default: a new Mac without an assigned profile fails to enroll.` }];
  return [{ verdict: "ready", text: `Default macOS enrollment profile: ${defaults.map((p) => nonEmpty(p, "displayName") ?? "unnamed").join(", ")}.` }];
}

const ADE_POLICY: TokenPolicy = {
  renewHint: "renew it in Apple Business Manager and upload it to Intune",
  staleSync: "not-ready",
  neverSynced: { verdict: "not-ready", text: "has never synced successfully with Apple" },
};

function evaluateToken(token: JsonObject, evidence: EvidenceIndex, now: Date): TokenCheck {
  const tokenName = nonEmpty(token, "tokenName") ?? nonEmpty(token, "id") ?? "unnamed";
  const name = `Token "${tokenName}"`;
  const appleId = nonEmpty(token, "appleIdentifier");
  const expiry = graphDate(field(token, "tokenExpirationDateTime"));
  const lastSync = graphDate(field(token, "lastSuccessfulSyncDateTime"));
  const errorCode = num(token, "lastSyncErrorCode");
  const findings = [
    ...tokenFindings({ name, expiry, lastSync, syncError: errorCode !== null && errorCode !== 0 ? `the last sync reported Apple error code ${errorCode}` : null }, ADE_POLICY, now),
    ...profileFindings(evidence, nonEmpty(token, "id"), name),
  ];
  const facts = [
    `${name}${appleId ? ` (${appleId})` : ""}: expires ${expiry ? isoDay(expiry) : "unknown"}, last successful sync ${lastSync ? ageText(lastSync, now) : "never"}${errorCode ? `, last sync error ${errorCode}` : ""}.`,
  ];
  const renewal = expiry ? { label: `Enrollment program token "${nonEmpty(token, "tokenName") ?? "unnamed"}"${appleId ? ` (${appleId})` : ""}`, expiresAt: expiry.toISOString() } : null;
  return tokenCheck(name, findings, facts, renewal);
}

export const adeToken: Rule = ({ evidence, requires, now }) => {
  const fetched = fetchSpec(evidence, specOf("depSettings"));
  if (fetched.kind === "absent") return notChecked("the enrollment program tokens");
  if (fetched.kind === "failed") return errorOutcome(fetched.failure);
  const tokens = fetched.kind === "ok" ? collection(fetched.body) : null;
  if (!tokens) return errorOutcome({ cause: "unexpected-response", reason: "Microsoft Graph did not return a list of enrollment program tokens.", details: [] });

  if (tokens.length === 0) {
    const need = requires.ade ? "required" : !requires.devicesDecided || requires.adePlanned ? "optional" : "not-needed";
    return noTokens(need, {
      required: "No enrollment program (ADE) token is uploaded, but your strategy enrolls corporate Macs with Automated Device Enrollment.",
      optional: requires.adePlanned
        ? "No enrollment program (ADE) token is uploaded yet: it is needed once corporate Macs are bought through Apple Business Manager."
        : "No enrollment program (ADE) token is uploaded. Optional until you decide the device strategy: corporate Macs bought through Apple Business Manager need it.",
      "not-needed": "No enrollment program token is uploaded, and your strategy does not use Automated Device Enrollment.",
    }, ["Download a server token from Apple Business Manager and upload it in Intune."]);
  }

  return tokensOutcome(tokens.map((t) => evaluateToken(t, evidence, now)), (results) =>
    results.length === 1 ? `${results[0]?.name} is valid, syncing and has a default macOS profile.` : `All ${results.length} enrollment program tokens are valid, syncing and have a default macOS profile.`);
};
