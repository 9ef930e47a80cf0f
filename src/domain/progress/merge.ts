import { ITEM_IDS, VERIFIABLE_ITEM_IDS } from "../catalog/ids.ts";
import type { ItemId, VerifiableItemId } from "../catalog/ids.ts";
import type { DecisionKey } from "../catalog/types.ts";
import type { Decisions } from "../strategy/schema.ts";
import { jsonEqual } from "./equal.ts";
import { itemProgress } from "./model.ts";
import type { Progress } from "./model.ts";
import { DECISION_ITEMS } from "./reducer.ts";

export const DECISION_KEYS = Object.keys(DECISION_ITEMS) as readonly DecisionKey[];

/** Milliseconds since the epoch; missing or unreadable times sort before everything. */
const time = (iso: string | undefined): number => {
  const ms = iso === undefined || iso === "" ? Number.NaN : Date.parse(iso);
  return Number.isFinite(ms) ? ms : Number.NEGATIVE_INFINITY;
};

const latest = (...values: (string | undefined)[]): string | undefined =>
  values.reduce<string | undefined>((best, v) => (v !== undefined && time(v) > time(best) ? v : best), undefined);

/** A stable choice between equally recent values, so two tabs merging each other's copies settle on the same one. */
const tieBreak = <T>(a: T, b: T): T => (JSON.stringify(a) >= JSON.stringify(b) ? a : b);

type Side<V> = { entries: Partial<Record<string, V>>; cutoff: number };

/**
 * Per key the newer entry wins. A side that has not seen the latest "Start over" (or clear) only contributes entries
 * changed after it, so another tab's stale copy cannot bring back what the user threw away.
 */
function mergeEntries<K extends string, V>(keys: readonly K[], stamp: (v: V) => string, a: Side<V>, b: Side<V>) {
  const out: Partial<Record<K, V>> = {};
  const pick = (side: Side<V>, key: K) => {
    const entry = side.entries[key];
    if (entry === undefined) return undefined;
    return side.cutoff === Number.NEGATIVE_INFINITY || time(stamp(entry)) > side.cutoff ? entry : undefined;
  };
  for (const key of keys) {
    const x = pick(a, key);
    const y = pick(b, key);
    let winner: V | undefined;
    if (x === undefined || y === undefined) winner = x ?? y;
    else if (time(stamp(x)) !== time(stamp(y))) winner = time(stamp(x)) > time(stamp(y)) ? x : y;
    else winner = tieBreak(x, y);
    if (winner !== undefined) out[key] = winner;
  }
  return out;
}

/**
 * Combines this tab's progress with another copy (another tab's save, an import) so that no edit is lost: items by
 * `updatedAt`, decisions by `decidedAt`, check results by `checkedAt`, meta from the newer copy. Returns `local`
 * itself when the other copy adds nothing.
 */
export function mergeProgress(local: Progress, incoming: Progress): Progress {
  const startedAt = latest(local.startedAt, incoming.startedAt);
  const runStart = time(startedAt);
  // Entries of the current run all count; from an older run only those edited after the current one began.
  const runCutoff = (p: Progress) => (time(p.startedAt) === runStart ? Number.NEGATIVE_INFINITY : runStart);

  // Starting over also clears the check results, so either event is a cut-off for them.
  const verificationMark = (p: Progress) => latest(p.startedAt, p.verificationClearedAt);
  const verificationClearedAt = latest(local.verificationClearedAt, incoming.verificationClearedAt);
  const verificationEpoch = time(latest(startedAt, verificationClearedAt));
  const verificationCutoff = (p: Progress) =>
    time(verificationMark(p)) === verificationEpoch ? Number.NEGATIVE_INFINITY : verificationEpoch;

  const items = mergeEntries(
    ITEM_IDS,
    (item) => item.updatedAt,
    { entries: local.items, cutoff: runCutoff(local) },
    { entries: incoming.items, cutoff: runCutoff(incoming) },
  );
  const decisions: Decisions = mergeEntries<DecisionKey, NonNullable<Decisions[DecisionKey]>>(
    DECISION_KEYS,
    (decision) => decision.decidedAt,
    { entries: local.decisions, cutoff: runCutoff(local) },
    { entries: incoming.decisions, cutoff: runCutoff(incoming) },
  ) as Decisions;
  const verification = mergeEntries(
    VERIFIABLE_ITEM_IDS,
    (record) => record.checkedAt,
    { entries: local.verification, cutoff: verificationCutoff(local) },
    { entries: incoming.verification, cutoff: verificationCutoff(incoming) },
  );

  const merged: Progress = {
    items,
    decisions,
    verification,
    meta: newerMeta(local, incoming, runStart),
    updatedAt: latest(local.updatedAt, incoming.updatedAt) ?? "",
  };
  if (startedAt !== undefined) merged.startedAt = startedAt;
  if (verificationClearedAt !== undefined) merged.verificationClearedAt = verificationClearedAt;
  return jsonEqual(merged, local) ? local : merged;
}

function newerMeta(local: Progress, incoming: Progress, runStart: number): Progress["meta"] {
  const localRun = time(local.startedAt) === runStart;
  const incomingRun = time(incoming.startedAt) === runStart;
  if (localRun !== incomingRun) return localRun ? local.meta : incoming.meta;
  const [l, i] = [time(local.updatedAt), time(incoming.updatedAt)];
  if (l !== i) return l > i ? local.meta : incoming.meta;
  return tieBreak(local.meta, incoming.meta);
}

export type ProgressDiff = { items: ItemId[]; decisions: DecisionKey[]; verification: VerifiableItemId[] };

/**
 * What the user would see change, in checklist order. Timestamps are ignored: an item saved again with the same
 * values, or a check re-run with the same result, is not a difference worth showing in an import preview.
 */
export function diffProgress(local: Progress, incoming: Progress): ProgressDiff {
  const withoutTime = <T extends object>(value: T | undefined, field: keyof T) => {
    if (value === undefined) return undefined;
    const copy: Partial<T> = { ...value };
    delete copy[field];
    return copy;
  };
  return {
    items: ITEM_IDS.filter(
      (id) => !jsonEqual(withoutTime(itemProgress(local, id), "updatedAt"), withoutTime(itemProgress(incoming, id), "updatedAt")),
    ),
    decisions: DECISION_KEYS.filter((key) => !jsonEqual(local.decisions[key]?.value, incoming.decisions[key]?.value)),
    verification: VERIFIABLE_ITEM_IDS.filter(
      (id) => !jsonEqual(withoutTime(local.verification[id], "checkedAt"), withoutTime(incoming.verification[id], "checkedAt")),
    ),
  };
}
