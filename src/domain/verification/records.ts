import type { VerifiableItemId } from "../catalog/ids.ts";
import { DAY_MS } from "./dates.ts";
import type { CheckResult, VerificationRecord, VerificationSource } from "./types.ts";

/** A verification older than this is shown as stale: tokens and certificates change on their own. */
export const STALE_AFTER_DAYS = 7;

/**
 * What is saved with the progress: verdicts and their words, never raw responses. `not-checked` results are left
 * out, because nothing was learned and an older record for that item should not be overwritten by them.
 */
export function toRecords(
  results: readonly CheckResult[],
  source: VerificationSource,
  checkedAt: string,
  scenario?: string,
): Partial<Record<VerifiableItemId, VerificationRecord>> {
  const records: Partial<Record<VerifiableItemId, VerificationRecord>> = {};
  for (const r of results) {
    if (r.verdict === "not-checked") continue;
    records[r.item] = {
      verdict: r.verdict,
      reason: r.reason,
      details: [...r.details],
      renewals: [...(r.renewals ?? [])],
      checkedAt,
      source,
      ...(scenario !== undefined ? { scenario } : {}),
    };
  }
  return records;
}

/** More than 7 days old; an unreadable date counts as stale so it is re-checked rather than trusted. */
export function isStale(record: Pick<VerificationRecord, "checkedAt">, now: Date): boolean {
  const checked = Date.parse(record.checkedAt);
  return Number.isNaN(checked) || now.getTime() - checked > STALE_AFTER_DAYS * DAY_MS;
}
