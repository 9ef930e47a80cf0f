import { DECISION_ITEMS } from "./decision-items.ts";
import type { DecisionKey } from "../catalog/types.ts";
import { jsonEqual } from "./equal.ts";
import { canonical, canonicalField, defaultOf, fieldsOf, fromFields, laterStamp, timeOf, wins, type Field, type Fields } from "./fields.ts";
import type { Clock, IncomingProgress, Progress } from "./model.ts";

export const DECISION_KEYS = Object.keys(DECISION_ITEMS) as readonly DecisionKey[];

const later = laterStamp;

/** Per field, the winner of the two copies (fields.ts states the rule). */
function mergeFields(a: Fields, b: Fields): Fields {
  const out: Fields = new Map(a);
  for (const [path, field] of b) {
    const mine = out.get(path);
    if (mine === undefined || wins(path, field, mine)) out.set(path, field);
  }
  return out;
}

/**
 * Combines this copy with another (another tab's save, a share link, a backup) field by field, the later write
 * winning. A field the other copy does not mention is left alone, so a merge never deletes what it was not told to.
 * Returns `local` itself when nothing changes.
 */
export function mergeProgress(local: Progress, incoming: IncomingProgress | Progress): Progress {
  const merged = fromFields(mergeFields(fieldsOf(local), fieldsOf(incoming)), later(local.updatedAt, incoming.updatedAt));
  return jsonEqual(merged, local) ? local : sharing(local, merged);
}

/**
 * Writes fields at `at`: each [path, value] pair (value undefined removes). Returns `state` itself when every value
 * is already there, so nothing re-renders or saves for a no-op.
 */
export function writeFields(state: Progress, writes: readonly (readonly [string, unknown])[], at: string): Progress {
  const fields = fieldsOf(state);
  let changed = false;
  for (const [path, value] of writes) {
    const written = canonicalField(path, value, at);
    // Absent reads as the default: writing what is already there (or a default over nothing) is no change.
    if (jsonEqual(fields.get(path)?.value ?? defaultOf(path), written?.value ?? defaultOf(path))) continue;
    if (written) fields.set(path, written);
    else fields.delete(path);
    changed = true;
  }
  return changed ? sharing(state, fromFields(fields, later(state.updatedAt, at))) : state;
}

/** `next` reusing every record of `previous` that did not change, so memoised views of untouched items skip rendering. */
function sharing(previous: Progress, next: Progress): Progress {
  const reuse = <T extends object>(before: T, after: T): T => {
    let same = Object.keys(before).length === Object.keys(after).length;
    const out = { ...after } as Record<string, unknown>;
    for (const [key, value] of Object.entries(after)) {
      const old = (before as Record<string, unknown>)[key];
      if (old !== undefined && jsonEqual(old, value)) out[key] = old;
      else same = false;
    }
    return same ? before : (out as T);
  };
  return {
    ...next,
    items: reuse(previous.items, next.items),
    decisions: reuse(previous.decisions, next.decisions),
    verification: reuse(previous.verification, next.verification),
    meta: jsonEqual(previous.meta, next.meta) ? previous.meta : next.meta,
  };
}

/**
 * Makes `next` the whole progress as of `at` (Replace, Start over, restoring a copy, undo): every field either copy
 * knows is written at `at`, so older copies elsewhere cannot bring any of it back.
 */
export function overwriteProgress(current: Progress, next: Progress, at: string): Progress {
  const wanted = fieldsOf(next);
  const writes: [string, unknown][] = [];
  for (const path of new Set([...fieldsOf(current).keys(), ...wanted.keys()])) writes.push([path, wanted.get(path)?.value]);
  const fields: Fields = new Map(writes.map(([path, value]): [string, Field] => [path, { value, stamp: at }]));
  return fromFields(fields, at);
}

/** Clock skew allowed for imported times; anything later is set to now, so a link dated 9999 cannot win forever. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

type Json = Record<string, unknown>;

/**
 * Imported progress with every time after now (+ tolerance) set to now. Returns how many were clamped so the import
 * dialog can say so.
 */
export function clampFuture<P extends IncomingProgress>(progress: P, now: Date): { progress: P; clamped: number } {
  const limit = now.getTime() + FUTURE_TOLERANCE_MS;
  const nowIso = now.toISOString();
  let clamped = 0;
  const fix = (stamp: unknown): unknown => {
    if (typeof stamp !== "string" || timeOf(stamp) <= limit) return stamp;
    clamped += 1;
    return nowIso;
  };
  const mapRecord = <T>(record: Partial<Record<string, T>>, key: string) =>
    Object.fromEntries(Object.entries(record).map(([id, value]) => [id, { ...(value as Json), [key]: fix((value as Json)[key]) }]));
  const clock: Clock | undefined = progress.clock
    ? Object.fromEntries(Object.entries(progress.clock).map(([path, stamp]) => [path, fix(stamp) as string]))
    : undefined;
  const out = {
    ...progress,
    items: mapRecord(progress.items, "updatedAt"),
    decisions: mapRecord(progress.decisions, "decidedAt"),
    verification: mapRecord(progress.verification, "checkedAt"),
    updatedAt: fix(progress.updatedAt) as string,
    ...(clock ? { clock } : {}),
  } as P;
  return { progress: out, clamped };
}

/** One field where the two copies hold different values (times aside), and which one a merge keeps. */
export type FieldDifference = {
  path: string;
  local: unknown;
  incoming: unknown;
  winner: "local" | "incoming";
  /** Why: written later, a complete check result over one without details, or written at the same time (ties). */
  because: "newer" | "complete" | "same-time";
};

/**
 * The real differences between this copy and an incoming one, each with the side the merge result took: read from
 * the merge result itself, so the preview cannot promise what the merge does not do. A field whose value is the same
 * on both sides (only its time differs) is not a difference; neither is a field the incoming copy does not mention.
 */
export function mergeDifferences(local: Progress, incoming: IncomingProgress, merged: Progress): FieldDifference[] {
  const [mine, theirs, result] = [fieldsOf(local), fieldsOf(incoming), fieldsOf(merged)];
  const out: FieldDifference[] = [];
  for (const [path, field] of theirs) {
    const localValue = mine.get(path)?.value ?? defaultOf(path);
    const incomingValue = field.value ?? defaultOf(path);
    if (sameIgnoringTime(localValue, incomingValue)) continue;
    const kept = result.get(path)?.value ?? defaultOf(path);
    const winner = sameIgnoringTime(kept, incomingValue) ? "incoming" : "local";
    const sides = [mine.get(path)?.value, field.value];
    const stripped = sides.every(isRecordLike) && sides.some((v) => isRecordLike(v) && v.detailsLeftOut === true);
    const sameTime = timeOf(mine.get(path)?.stamp) === timeOf(field.stamp);
    const because = stripped && !sameTime ? "complete" : sameTime ? "same-time" : "newer";
    out.push({ path, local: localValue, incoming: incomingValue, winner, because });
  }
  return out;
}

const TIME_KEYS = new Set(["checkedAt", "decidedAt", "updatedAt"]);
/** A record without its details says only its verdict and source: compared with another, only those count. */
const STRIPPED_KEYS = new Set(["verdict", "source"]);
const isRecordLike = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Whether two values read the same to a person: times aside, and only verdict and source against a record without details. */
export function sameIgnoringTime(a: unknown, b: unknown): boolean {
  const stripped = [a, b].some((v) => isRecordLike(v) && v.detailsLeftOut === true);
  const strip = (v: unknown) =>
    isRecordLike(v) ? Object.fromEntries(Object.entries(v).filter(([k]) => (stripped ? STRIPPED_KEYS.has(k) : !TIME_KEYS.has(k)))) : v;
  return canonical(strip(a)) === canonical(strip(b));
}
