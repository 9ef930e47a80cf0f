import { VERIFIABLE_ITEM_IDS, type VerifiableItemId } from "../catalog/ids.ts";
import { jsonEqual } from "../progress/equal.ts";
import type { Progress } from "../progress/model.ts";
import type { Decisions } from "../strategy/schema.ts";
import { DAY_MS } from "./dates.ts";
import { strategyFingerprint } from "./judged-under.ts";
import type { CheckResult, ImportStamp, VerificationRecord, VerificationSource } from "./types.ts";

/** A verification older than this is shown as stale: tokens and certificates change on their own. */
export const STALE_AFTER_DAYS = 7;

export type VerificationRecords = Partial<Record<VerifiableItemId, VerificationRecord>>;

/** One run of the checks: where its evidence came from, when, and the strategy its verdicts were judged under. */
export type Run = { source: VerificationSource; checkedAt: string; scenario?: string; judgedUnder: Decisions };

/**
 * What is saved with the progress: verdicts and their words, never raw responses. `not-checked` results are left
 * out, because nothing was learned.
 */
export function toRecords(results: readonly CheckResult[], run: Run): VerificationRecords {
  const records: VerificationRecords = {};
  for (const r of results) {
    if (r.verdict === "not-checked") continue;
    const strategy = strategyFingerprint(r.item, run.judgedUnder);
    records[r.item] = {
      verdict: r.verdict,
      reason: r.reason,
      details: [...r.details],
      renewals: [...(r.renewals ?? [])],
      checkedAt: run.checkedAt,
      source: run.source,
      ...(run.scenario !== undefined ? { scenario: run.scenario } : {}),
      ...(strategy !== undefined ? { strategyFingerprint: strategy } : {}),
    };
  }
  return records;
}

/** A result about the admin's own tenant that said something (anything but "could not check"). */
const isGoodOwnResult = (record: VerificationRecord | undefined): record is VerificationRecord =>
  record !== undefined && record.source !== "demo" && record.verdict !== "error";

/**
 * The records after a run. A run replaces every earlier record, so a demo and a real tenant never stand side by side
 * — except that, per item, a check of the admin's own tenant that could not be performed (error, or not checked at
 * all) keeps the earlier good result of that tenant, marked with the failure, instead of wiping it.
 * Demo runs must be confirmed before they replace the admin's own results (see hasOwnResults).
 */
export function applyRun(previous: VerificationRecords, results: readonly CheckResult[], run: Run): VerificationRecords {
  const fresh = toRecords(results, run);
  const next: VerificationRecords = {};
  for (const id of VERIFIABLE_ITEM_IDS) {
    const result = results.find((r) => r.item === id);
    const before = previous[id];
    const failed = result === undefined || result.verdict === "error" || result.verdict === "not-checked";
    if (run.source !== "demo" && failed && isGoodOwnResult(before)) {
      const reason = result?.reason || "The latest check did not include this item.";
      next[id] = { ...before, lastFailure: { at: run.checkedAt, reason } };
    } else if (fresh[id]) {
      next[id] = fresh[id];
    }
  }
  return next;
}

/** Whether any saved result is about the admin's own tenant (live, evidence file, or imported from either). */
export function hasOwnResults(records: VerificationRecords): boolean {
  return VERIFIABLE_ITEM_IDS.some((id) => {
    const record = records[id];
    return record !== undefined && record.source !== "demo";
  });
}

/**
 * Labels the results that arrive with a share link or backup as imported, with who shared it and when, before the
 * import is applied. A result this browser already holds unchanged stays as it is; one already labelled keeps its
 * first label (that names who actually checked).
 */
export function markImported(incoming: Progress, local: Progress, stamp: ImportStamp): Progress {
  const verification: VerificationRecords = {};
  const label: ImportStamp = {
    via: stamp.via,
    ...(stamp.by?.trim() ? { by: stamp.by.trim() } : {}),
    ...(stamp.at && !Number.isNaN(Date.parse(stamp.at)) ? { at: stamp.at } : {}),
  };
  for (const id of VERIFIABLE_ITEM_IDS) {
    const record = incoming.verification[id];
    if (!record) continue;
    const unchanged = jsonEqual(record, local.verification[id]);
    verification[id] = unchanged || record.imported ? record : { ...record, imported: label };
  }
  return { ...incoming, verification };
}

/** More than 7 days old; an unreadable date counts as stale so it is re-checked rather than trusted. */
export function isStale(record: Pick<VerificationRecord, "checkedAt">, now: Date): boolean {
  const checked = Date.parse(record.checkedAt);
  return Number.isNaN(checked) || now.getTime() - checked > STALE_AFTER_DAYS * DAY_MS;
}
