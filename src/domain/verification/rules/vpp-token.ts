import { ageText, graphDate, isoDay } from "../dates.ts";
import { fetchSpec } from "../errors.ts";
import { collection, field, nonEmpty, type JsonObject } from "../json.ts";
import { errorOutcome, notChecked, specOf } from "./outcome.ts";
import { noTokens, tokenCheck, tokenFindings, tokensOutcome, type Finding, type TokenCheck, type TokenPolicy } from "./token-health.ts";
import type { Rule } from "./types.ts";

/** vppTokenState values that stop app distribution (reference §8). */
const BROKEN_STATES: Record<string, string> = {
  expired: "is expired",
  invalid: "is invalid (this often follows a password change on the Apple account; download a new token from Apple Business Manager)",
  assignedtoexternalmdm: "is assigned to another MDM (a location token can be used by only one MDM)",
  duplicatelocationid: "uses a location that another token in this tenant already uses",
};

const VPP_POLICY: TokenPolicy = {
  renewHint: "download a new token from Apple Business Manager and upload it to the existing token in Intune",
  staleSync: "advisory",
  neverSynced: { verdict: "advisory", text: "has not synced yet" },
};

function stateFindings(name: string, state: string): Finding[] {
  if (Object.hasOwn(BROKEN_STATES, state)) return [{ verdict: "not-ready", text: `${name} ${BROKEN_STATES[state] ?? "is broken"}.` }];
  if (state === "unknown") return [{ verdict: "advisory", text: `Intune reports the state of ${name} as unknown.` }];
  return state === "valid" ? [] : [{ verdict: "advisory", text: `${name} has the unrecognised state "${state}".` }];
}

/** Labelled by the beta-only displayName or locationName (read from beta), else organizationName (v1.0 evidence). */
function evaluateToken(token: JsonObject, now: Date): TokenCheck {
  const label = nonEmpty(token, "displayName") ?? nonEmpty(token, "locationName") ?? nonEmpty(token, "organizationName") ?? nonEmpty(token, "id") ?? "unnamed";
  const name = `Apps and Books token "${label}"`;
  const appleId = nonEmpty(token, "appleId");
  const state = (nonEmpty(token, "state") ?? "unknown").toLowerCase();
  const syncStatus = (nonEmpty(token, "lastSyncStatus") ?? "").toLowerCase();
  const expiry = graphDate(field(token, "expirationDateTime"));
  const lastSync = graphDate(field(token, "lastSyncDateTime"));
  const findings = [
    ...stateFindings(name, state),
    ...tokenFindings({ name, expiry, lastSync, syncError: syncStatus === "failed" ? "the last sync failed" : null }, VPP_POLICY, now),
  ];
  const fact = `${name}${appleId ? ` (${appleId})` : ""}: state ${state}, expires ${expiry ? isoDay(expiry) : "unknown"}, last sync ${lastSync ? ageText(lastSync, now) : "never"}${syncStatus ? ` (${syncStatus})` : ""}.`;
  const renewal = expiry ? { label: `Apps and Books (VPP) token "${label}"${appleId ? ` (${appleId})` : ""}`, expiresAt: expiry.toISOString() } : null;
  return tokenCheck(name, findings, [fact], renewal);
}

export const vppToken: Rule = ({ evidence, requires, now }) => {
  const fetched = fetchSpec(evidence, specOf("vppTokens"));
  if (fetched.kind === "absent") return notChecked("the Apps and Books (VPP) tokens");
  if (fetched.kind === "failed") return errorOutcome(fetched.failure);
  const tokens = fetched.kind === "ok" ? collection(fetched.body) : null;
  if (!tokens) return errorOutcome({ cause: "unexpected-response", reason: "Microsoft Graph did not return a list of Apps and Books tokens.", details: [] });

  if (tokens.length === 0) {
    return noTokens(requires.vpp ? "required" : requires.policiesDecided ? "not-needed" : "optional", {
      required: "No Apps and Books (VPP) token is uploaded, but your strategy deploys apps bought through Apps and Books.",
      optional: "No Apps and Books (VPP) token is uploaded. Optional until you decide the policies: deploying App Store apps through Apps and Books needs it.",
      "not-needed": "No Apps and Books (VPP) token is uploaded, and your strategy does not use Apps and Books.",
    }, ["Download a content token from Apple Business Manager (Apps and Books) and upload it in Intune."]);
  }
  return tokensOutcome(tokens.map((t) => evaluateToken(t, now)), (results) =>
    results.length === 1 ? `${results[0]?.name ?? "The token"} is valid and syncing.` : `All ${results.length} Apps and Books tokens are valid and syncing.`);
};
