import type { VerifiableItemId } from "../catalog/ids.ts";
import type { Decisions } from "../strategy/schema.ts";
import type { VerificationRecord } from "../verification/types.ts";
import { EMPTY_ITEM, EMPTY_META } from "./model.ts";
import type { Clock, IncomingProgress, Progress } from "./model.ts";

/**
 * THE merge model, in one sentence: progress is a set of fields, each written at a time, and of two copies of a field
 * the later write wins (a removal is a write too), ties going to the larger value, except that a verification record
 * stripped for a share link ranks below any complete record or removal.
 *
 * A field is one item field ("items/<id>/<field>", any field, also ones added later), one whole decision
 * ("decisions/<key>"), one whole verification record ("verification/<id>": its verdict, reason and details belong
 * together) or one meta field ("meta/<field>"). Its time is `clock[path]`, else the time its record carries
 * (item.updatedAt, decidedAt, checkedAt). Everything here is generic over field names: nothing lists them.
 *
 * Each field has exactly one form (`canonicalField`), whichever path it came by, so that merging is a plain per-field
 * maximum and `fieldsOf(fromFields(f))` gives back `f`: an item or meta field that has a default (an item's status,
 * owner…; the three meta texts) holds that default when removed, and a field holding its default with no known time
 * is no field at all (it was never written). An item that holds only defaults is stored as no item, its fields' times
 * kept in the clock; an item that holds anything else carries every field, and a field of it never written is dated
 * "" in the clock (so reading it back cannot date it to the item's last edit).
 */
export type Field = {
  /** undefined: removed at `stamp` (a path the clock names but no value carries). */
  value: unknown;
  /** ISO time of the write, "" when unknown (older than everything). */
  stamp: string;
};

export type Fields = Map<string, Field>;

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** Milliseconds since the epoch; unknown or unreadable times sort before everything. */
export function timeOf(stamp: string | undefined): number {
  const ms = stamp === undefined || stamp === "" ? Number.NaN : Date.parse(stamp);
  return Number.isFinite(ms) ? ms : Number.NEGATIVE_INFINITY;
}

/** JSON with sorted keys, so equal values compare equal whatever order their keys were written in. */
export function canonical(value: unknown): string {
  if (value === undefined) return "";
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "";
}

const stringOr = (value: unknown, fallback = ""): string => (typeof value === "string" ? value : fallback);

/** The later of two stamps; equal times go to the larger string, so the choice never depends on order. */
export function laterStamp(a: string, b: string): string {
  const [ta, tb] = [timeOf(a), timeOf(b)];
  return tb > ta || (tb === ta && b > a) ? b : a;
}

/** What a field holds when nothing was written to it: an item's known fields and the meta texts have a default. */
export function defaultOf(path: string): unknown {
  const [section = "", key = "", field = ""] = path.split("/");
  if (section === "items" && Object.hasOwn(EMPTY_ITEM, field)) return EMPTY_ITEM[field as keyof typeof EMPTY_ITEM];
  if (section === "meta" && Object.hasOwn(EMPTY_META, key)) return EMPTY_META[key as keyof typeof EMPTY_META];
  return undefined;
}

/** Defaults are plain strings or undefined, so identity is enough (and cheap on every keystroke). */
const isDefault = (path: string, value: unknown) => value === defaultOf(path);

/** The one form of a field (see the top of this file); undefined when it is no field. */
export function canonicalField(path: string, value: unknown, stamp: string): Field | undefined {
  const held = value === undefined ? defaultOf(path) : value;
  return stamp === "" && isDefault(path, held) ? undefined : { value: held, stamp };
}

/** The time a field's own record carries, used when the clock does not name the field. */
function recordStamp(path: string, value: unknown, itemUpdatedAt: string): string {
  if (path.startsWith("items/")) return itemUpdatedAt;
  if (path.startsWith("decisions/") && isRecord(value)) return stringOr(value.decidedAt);
  if (path.startsWith("verification/") && isRecord(value)) return stringOr(value.checkedAt);
  return "";
}

/** Every field of a copy, each in its one form, with the time it was written; clock paths without a value are removals. */
export function fieldsOf(progress: IncomingProgress | Progress): Fields {
  const clock: Clock = progress.clock ?? {};
  const fields: Fields = new Map();
  const read = new Set<string>();
  const put = (path: string, value: unknown, recordTime: string) => {
    read.add(path);
    const field = canonicalField(path, value, clock[path] ?? recordTime);
    if (field) fields.set(path, field);
  };
  for (const [id, item] of Object.entries(progress.items)) {
    if (!isRecord(item)) continue;
    const updatedAt = stringOr(item.updatedAt);
    for (const [field, value] of Object.entries(item)) if (field !== "updatedAt" && value !== undefined) put(`items/${id}/${field}`, value, updatedAt);
  }
  for (const [key, decision] of Object.entries(progress.decisions)) if (decision !== undefined) put(`decisions/${key}`, decision, recordStamp("decisions/", decision, ""));
  for (const [id, record] of Object.entries(progress.verification)) if (record !== undefined) put(`verification/${id}`, record, recordStamp("verification/", record, ""));
  for (const [field, value] of Object.entries(progress.meta)) if (value !== undefined) put(`meta/${field}`, value, "");
  for (const [path, stamp] of Object.entries(clock)) if (!read.has(path) && stamp !== undefined && isFieldPath(path)) put(path, undefined, stamp);
  return fields;
}

export function isFieldPath(path: string): boolean {
  return /^(items\/[^/]+\/[^/]+|decisions\/[^/]+|verification\/[^/]+|meta\/[^/]+)$/.test(path);
}

/** A record made for a link without its details ranks below complete records and removals (see the sentence above). */
const rank = (path: string, field: Field) =>
  path.startsWith("verification/") && isRecord(field.value) && field.value.detailsLeftOut === true ? 0 : 1;

/**
 * Whether `a` wins over `b`: rank, then time, then the larger value, then a value over a removal, then the larger
 * stamp (equal times written differently). A strict total order on fields in their one form, so merging is
 * commutative, associative and idempotent (the property tests check all three).
 */
export function wins(path: string, a: Field, b: Field): boolean {
  const [ra, rb] = [rank(path, a), rank(path, b)];
  if (ra !== rb) return ra > rb;
  const [ta, tb] = [timeOf(a.stamp), timeOf(b.stamp)];
  if (ta !== tb) return ta > tb;
  const [ca, cb] = [canonical(a.value), canonical(b.value)];
  if (ca !== cb) return ca > cb;
  if ((a.value === undefined) !== (b.value === undefined)) return b.value === undefined;
  return a.stamp > b.stamp;
}

/**
 * Builds the progress the fields describe, the exact inverse of `fieldsOf` (fields are put in their one form first);
 * the clock keeps only times that differ from what the record carries. `updatedAt` is given (the later of the two
 * copies' own, or the write's time): taking it from the winning fields would make merging depend on the order of
 * three copies.
 */
export function fromFields(input: Fields, updatedAt: string): Progress {
  const itemFields = new Map<string, [string, Field][]>();
  const decisions: Json = {};
  const verification: Json = {};
  const meta: Json = { ...EMPTY_META };
  const clock: Clock = {};
  for (const [path, raw] of input) {
    const field = canonicalField(path, raw.value, raw.stamp);
    if (field === undefined) continue;
    const [section, key = ""] = path.split("/");
    if (section === "items") {
      itemFields.set(key, [...(itemFields.get(key) ?? []), [path, field]]);
      continue;
    }
    if (field.value !== undefined) (section === "decisions" ? decisions : section === "verification" ? verification : meta)[key] = field.value;
    if (field.stamp !== recordStamp(path, field.value, "")) clock[path] = field.stamp;
  }
  const items: Json = {};
  for (const [id, fields] of itemFields) {
    // Only defaults: no item, the times stay in the clock (one form for "touched, then reset" on every path).
    if (fields.every(([path, { value }]) => isDefault(path, value))) {
      for (const [path, { stamp }] of fields) clock[path] = stamp;
      continue;
    }
    const stamp = fields.reduce((latest, [, field]) => laterStamp(latest, field.stamp), "");
    const item: Json = { ...EMPTY_ITEM, updatedAt: stamp };
    for (const [path, field] of fields) {
      if (field.value !== undefined) item[path.slice(path.lastIndexOf("/") + 1)] = field.value;
      if (field.value === undefined || field.stamp !== stamp) clock[path] = field.stamp;
    }
    // Defaults the item carries but nobody wrote: dated "unknown", or reading them back would date them to `stamp`.
    const written = new Set(fields.map(([path]) => path));
    for (const name of Object.keys(EMPTY_ITEM)) if (stamp !== "" && !written.has(`items/${id}/${name}`)) clock[`items/${id}/${name}`] = "";
    items[id] = item;
  }
  const progress: Progress = {
    items: items as Progress["items"],
    decisions: decisions as Decisions,
    verification: verification as Partial<Record<VerifiableItemId, VerificationRecord>>,
    meta: meta as Progress["meta"],
    updatedAt,
  };
  if (Object.keys(clock).length > 0) progress.clock = clock;
  return progress;
}
