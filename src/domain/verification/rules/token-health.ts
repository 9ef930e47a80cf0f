import { DAY_MS, ageText, isoDay, msSince, relativeDays, wholeDaysUntil } from "../dates.ts";
import type { ErrorCause, Renewal, Verdict } from "../types.ts";
import { worse, worstOf } from "./outcome.ts";
import type { RuleOutcome } from "./types.ts";

/**
 * One evaluator for Apple tokens (ADE server tokens and Apps and Books location tokens): expiry, sync age and sync
 * error, then the worst token decides. Thresholds: 30 days before expiry (Maester, reference §7/§8); a sync older than
 * a day is a warning and 3 days unhealthy (Intune Tenant Status, reference §12).
 */
export const TOKEN_WARN_DAYS = 30;
export const SYNC_WARN_MS = DAY_MS;
export const SYNC_FAIL_MS = 3 * DAY_MS;

export type Finding = { verdict: Verdict; text: string; cause?: ErrorCause };
export type TokenCheck = { name: string; verdict: Verdict; findings: readonly Finding[]; facts: readonly string[]; renewal: Renewal | null };

export type TokenFacts = {
  name: string;
  expiry: Date | null;
  lastSync: Date | null;
  /** What Apple or Intune reported about the last sync, when it failed; null when it did not. */
  syncError: string | null;
};

export type TokenPolicy = {
  /** What to do once the token expired, e.g. "renew it in Apple Business Manager and upload it to Intune". */
  renewHint: string;
  /** Verdict for a sync 3 days or more ago (ADE stops assigning new Macs; Apps and Books only delays licences). */
  staleSync: Verdict;
  /** Verdict and words when the token never synced. */
  neverSynced: { verdict: Verdict; text: string };
};

export function tokenFindings({ name, expiry, lastSync, syncError }: TokenFacts, policy: TokenPolicy, now: Date): Finding[] {
  const findings: Finding[] = [];
  if (!expiry) findings.push({ verdict: "advisory", text: `${name} reports no expiry date.` });
  else if (msSince(expiry, now) >= 0) findings.push({ verdict: "not-ready", text: `${name} expired on ${isoDay(expiry)}: ${policy.renewHint}.` });
  else if (wholeDaysUntil(expiry, now) <= TOKEN_WARN_DAYS) findings.push({ verdict: "advisory", text: `${name} expires on ${isoDay(expiry)} (${relativeDays(wholeDaysUntil(expiry, now))}).` });

  if (!lastSync) findings.push({ verdict: policy.neverSynced.verdict, text: `${name} ${policy.neverSynced.text}.` });
  else if (msSince(lastSync, now) >= SYNC_FAIL_MS) findings.push({ verdict: policy.staleSync, text: `${name} last synced successfully ${ageText(lastSync, now)} (3 days or more).` });
  else if (msSince(lastSync, now) > SYNC_WARN_MS) findings.push({ verdict: "advisory", text: `${name} last synced successfully ${ageText(lastSync, now)} (more than a day).` });

  if (syncError) findings.push({ verdict: "advisory", text: `${name}: ${syncError}.` });
  return findings;
}

export function tokenCheck(name: string, findings: readonly Finding[], facts: readonly string[], renewal: Renewal | null): TokenCheck {
  return { name, verdict: worstOf(findings.map((f) => f.verdict), "ready"), findings, facts, renewal };
}

/** The worst token decides; its first finding of that verdict is the reason. */
export function tokensOutcome(results: readonly TokenCheck[], allGood: (results: readonly TokenCheck[]) => string): RuleOutcome {
  const verdict = results.reduce<Verdict>((acc, r) => worse(acc, r.verdict), "ready");
  const worst = results.find((r) => r.verdict === verdict);
  const problem = verdict === "ready" ? undefined : worst?.findings.find((f) => f.verdict === verdict);
  return {
    verdict,
    reason: problem?.text ?? allGood(results),
    details: results.flatMap((r) => [...r.facts, ...r.findings.map((f) => f.text)]),
    renewals: results.flatMap((r) => (r.renewal ? [r.renewal] : [])),
    ...(verdict === "error" && problem?.cause ? { cause: problem.cause } : {}),
  };
}

/**
 * No token uploaded. Required → not ready; decided against → not applicable; not decided yet (or only planned) →
 * advisory, agreeing with the item's "optional, decide first" applicability instead of a silent not-applicable.
 */
export function noTokens(need: "required" | "optional" | "not-needed", texts: Record<typeof need, string>, required: readonly string[]): RuleOutcome {
  if (need === "required") return { verdict: "not-ready", reason: texts.required, details: required };
  if (need === "optional") return { verdict: "advisory", reason: texts.optional, details: [] };
  return { verdict: "not-applicable", reason: texts["not-needed"], details: [] };
}
