import { DAY_MS, ageText, graphDate, isoDay, msSince, relativeDays, wholeDaysUntil } from "../dates.ts";
import { classify, fetchSpec, isPartialList, toFetched } from "../errors.ts";
import { ENROLLMENT_PROFILES_REQUEST } from "../requests.ts";
import { bool, collection, field, nonEmpty, num, odataType, type JsonObject } from "../json.ts";
import type { EvidenceIndex } from "../keys.ts";
import type { ErrorCause, GraphResponse, Renewal, Verdict } from "../types.ts";
import { errorOutcome, notChecked, specOf, worse, worstOf } from "./outcome.ts";
import type { Rule } from "./types.ts";

export const TOKEN_WARN_DAYS = 30;
/** Tenant Status: a sync older than 1 day is a warning, 3 days or more is unhealthy (reference §12). */
export const SYNC_WARN_MS = DAY_MS;
export const SYNC_FAIL_MS = 3 * DAY_MS;

type Finding = { verdict: Verdict; text: string; cause?: ErrorCause };
type TokenResult = { name: string; verdict: Verdict; findings: readonly Finding[]; facts: readonly string[]; renewal: Renewal | null };

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

function evaluateToken(token: JsonObject, evidence: EvidenceIndex, now: Date): TokenResult {
  const name = `Token "${nonEmpty(token, "tokenName") ?? nonEmpty(token, "id") ?? "unnamed"}"`;
  const appleId = nonEmpty(token, "appleIdentifier");
  const expiry = graphDate(field(token, "tokenExpirationDateTime"));
  const lastSync = graphDate(field(token, "lastSuccessfulSyncDateTime"));
  const errorCode = num(token, "lastSyncErrorCode");
  const findings: Finding[] = [];

  if (!expiry) findings.push({ verdict: "advisory", text: `${name} reports no expiry date.` });
  else if (msSince(expiry, now) >= 0) findings.push({ verdict: "not-ready", text: `${name} expired on ${isoDay(expiry)}: renew it in Apple Business Manager and upload it to Intune.` });
  else if (wholeDaysUntil(expiry, now) <= TOKEN_WARN_DAYS) findings.push({ verdict: "advisory", text: `${name} expires on ${isoDay(expiry)} (${relativeDays(wholeDaysUntil(expiry, now))}).` });

  if (!lastSync) findings.push({ verdict: "not-ready", text: `${name} has never synced successfully with Apple.` });
  else if (msSince(lastSync, now) >= SYNC_FAIL_MS) findings.push({ verdict: "not-ready", text: `${name} last synced successfully ${ageText(lastSync, now)} (3 days or more).` });
  else if (msSince(lastSync, now) > SYNC_WARN_MS) findings.push({ verdict: "advisory", text: `${name} last synced successfully ${ageText(lastSync, now)} (more than a day).` });

  if (errorCode !== null && errorCode !== 0) findings.push({ verdict: "advisory", text: `${name}'s last sync reported Apple error code ${errorCode}.` });
  findings.push(...profileFindings(evidence, nonEmpty(token, "id"), name));

  const facts = [
    `${name}${appleId ? ` (${appleId})` : ""}: expires ${expiry ? isoDay(expiry) : "unknown"}, last successful sync ${lastSync ? ageText(lastSync, now) : "never"}${errorCode ? `, last sync error ${errorCode}` : ""}.`,
  ];
  return {
    name,
    verdict: worstOf(findings.map((f) => f.verdict), "ready"),
    findings,
    facts,
    renewal: expiry ? { label: `Enrollment program token "${nonEmpty(token, "tokenName") ?? "unnamed"}"${appleId ? ` (${appleId})` : ""}`, expiresAt: expiry.toISOString() } : null,
  };
}

export const adeToken: Rule = ({ evidence, requires, now }) => {
  const fetched = fetchSpec(evidence, specOf("depSettings"));
  if (fetched.kind === "absent") return notChecked("the enrollment program tokens");
  if (fetched.kind === "failed") return errorOutcome(fetched.failure);
  const tokens = fetched.kind === "ok" ? collection(fetched.body) : null;
  if (!tokens) return errorOutcome({ cause: "unexpected-response", reason: "Microsoft Graph did not return a list of enrollment program tokens.", details: [] });

  if (tokens.length === 0) {
    return requires.ade
      ? { verdict: "not-ready", reason: "No enrollment program (ADE) token is uploaded, but your strategy enrolls corporate Macs with Automated Device Enrollment.", details: ["Download a server token from Apple Business Manager and upload it in Intune."] }
      : { verdict: "not-applicable", reason: "No enrollment program token is uploaded, and your strategy does not use Automated Device Enrollment.", details: [] };
  }

  const results = tokens.map((t) => evaluateToken(t, evidence, now));
  const verdict = results.reduce<Verdict>((acc, r) => worse(acc, r.verdict), "ready");
  const worst = results.find((r) => r.verdict === verdict) ?? results[0];
  const problems = worst?.findings.filter((f) => f.verdict === verdict && verdict !== "ready") ?? [];
  const reason = problems[0]?.text ?? (results.length === 1 ? `${worst?.name} is valid, syncing and has a default macOS profile.` : `All ${results.length} enrollment program tokens are valid, syncing and have a default macOS profile.`);
  const cause = verdict === "error" ? problems[0]?.cause : undefined;
  return {
    verdict,
    reason,
    details: results.flatMap((r) => [...r.facts, ...r.findings.map((f) => f.text)]),
    renewals: results.flatMap((r) => (r.renewal ? [r.renewal] : [])),
    ...(cause ? { cause } : {}),
  };
};
