import { DAY_MS, ageText, graphDate, isoDay, msSince, relativeDays, wholeDaysUntil } from "../dates.ts";
import { fetchSpec } from "../errors.ts";
import { collection, field, nonEmpty, type JsonObject } from "../json.ts";
import type { Renewal, Verdict } from "../types.ts";
import { errorOutcome, notChecked, specOf, worse, worstOf } from "./outcome.ts";
import type { Rule } from "./types.ts";

export const VPP_WARN_DAYS = 30;
export const VPP_SYNC_WARN_MS = DAY_MS;

/** vppTokenState values that stop app distribution (reference §8). */
const BROKEN_STATES: Record<string, string> = {
  expired: "is expired",
  invalid: "is invalid (this often follows a password change on the Apple account; download a new token from Apple Business Manager)",
  assignedtoexternalmdm: "is assigned to another MDM (a location token can be used by only one MDM)",
  duplicatelocationid: "uses a location that another token in this tenant already uses",
};

type Finding = { verdict: Verdict; text: string };
type TokenResult = { name: string; verdict: Verdict; findings: readonly Finding[]; fact: string; renewal: Renewal | null };

function evaluateToken(token: JsonObject, now: Date): TokenResult {
  const label = nonEmpty(token, "displayName") ?? nonEmpty(token, "locationName") ?? nonEmpty(token, "organizationName") ?? nonEmpty(token, "id") ?? "unnamed";
  const name = `Apps and Books token "${label}"`;
  const appleId = nonEmpty(token, "appleId");
  const state = (nonEmpty(token, "state") ?? "unknown").toLowerCase();
  const syncStatus = (nonEmpty(token, "lastSyncStatus") ?? "").toLowerCase();
  const expiry = graphDate(field(token, "expirationDateTime"));
  const lastSync = graphDate(field(token, "lastSyncDateTime"));
  const findings: Finding[] = [];

  const broken = BROKEN_STATES[state];
  if (broken !== undefined && Object.hasOwn(BROKEN_STATES, state)) findings.push({ verdict: "not-ready", text: `${name} ${broken}.` });
  else if (state === "unknown") findings.push({ verdict: "advisory", text: `Intune reports the state of ${name} as unknown.` });
  else if (state !== "valid") findings.push({ verdict: "advisory", text: `${name} has the unrecognised state "${state}".` });

  if (!expiry) findings.push({ verdict: "advisory", text: `${name} reports no expiry date.` });
  else if (msSince(expiry, now) >= 0) findings.push({ verdict: "not-ready", text: `${name} expired on ${isoDay(expiry)}: download a new token from Apple Business Manager and upload it to the existing token in Intune.` });
  else if (wholeDaysUntil(expiry, now) <= VPP_WARN_DAYS) findings.push({ verdict: "advisory", text: `${name} expires on ${isoDay(expiry)} (${relativeDays(wholeDaysUntil(expiry, now))}).` });

  if (syncStatus === "failed") findings.push({ verdict: "advisory", text: `The last sync of ${name} failed.` });
  if (!lastSync) findings.push({ verdict: "advisory", text: `${name} has not synced yet.` });
  else if (msSince(lastSync, now) > VPP_SYNC_WARN_MS) findings.push({ verdict: "advisory", text: `${name} last synced ${ageText(lastSync, now)} (Intune syncs daily).` });

  return {
    name,
    verdict: worstOf(findings.map((f) => f.verdict), "ready"),
    findings,
    fact: `${name}${appleId ? ` (${appleId})` : ""}: state ${state}, expires ${expiry ? isoDay(expiry) : "unknown"}, last sync ${lastSync ? ageText(lastSync, now) : "never"}${syncStatus ? ` (${syncStatus})` : ""}.`,
    renewal: expiry ? { label: `Apps and Books (VPP) token "${label}"${appleId ? ` (${appleId})` : ""}`, expiresAt: expiry.toISOString() } : null,
  };
}

export const vppToken: Rule = ({ evidence, requires, now }) => {
  const fetched = fetchSpec(evidence, specOf("vppTokens"));
  if (fetched.kind === "absent") return notChecked("the Apps and Books (VPP) tokens");
  if (fetched.kind === "failed") return errorOutcome(fetched.failure);
  const tokens = fetched.kind === "ok" ? collection(fetched.body) : null;
  if (!tokens) return errorOutcome({ cause: "unexpected-response", reason: "Microsoft Graph did not return a list of Apps and Books tokens.", details: [] });

  if (tokens.length === 0) {
    return requires.vpp
      ? { verdict: "not-ready", reason: "No Apps and Books (VPP) token is uploaded, but your strategy deploys apps bought through Apps and Books.", details: ["Download a content token from Apple Business Manager (Apps and Books) and upload it in Intune."] }
      : { verdict: "not-applicable", reason: "No Apps and Books (VPP) token is uploaded, and your strategy does not use Apps and Books.", details: [] };
  }

  const results = tokens.map((t) => evaluateToken(t, now));
  const verdict = results.reduce<Verdict>((acc, r) => worse(acc, r.verdict), "ready");
  const worst = results.find((r) => r.verdict === verdict);
  const reason = worst?.findings.find((f) => f.verdict === verdict)?.text
    ?? (results.length === 1 ? `${worst?.name ?? "The token"} is valid and syncing.` : `All ${results.length} Apps and Books tokens are valid and syncing.`);
  return {
    verdict,
    reason,
    details: results.flatMap((r) => [r.fact, ...r.findings.map((f) => f.text)]),
    renewals: results.flatMap((r) => (r.renewal ? [r.renewal] : [])),
  };
};
