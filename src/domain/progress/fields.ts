import type { ItemId, VerifiableItemId } from "../catalog/ids.ts";
import type { Decisions } from "../strategy/schema.ts";
import type { VerificationRecord } from "../verification/types.ts";
import { EMPTY_ITEM } from "./model.ts";
import type { Clock, IncomingProgress, ItemProgress, Progress } from "./model.ts";

/**
 * THE merge model, in one sentence: progress is a set of fields, each written at a time, and of two copies of a field
 * the later write wins (a removal is a write too), ties going to the larger value, except that a verification record
 * stripped for a share link ranks below any complete record or removal.
 *
 * A field is one item field ("items/<id>/<field>", any field, also ones added later), one whole decision
 * ("decisions/<key>"), one whole verification record ("verification/<id>": its verdict, reason and details belong
 * together) or one meta field ("meta/<field>"). Its time is `clock[path]`, else the time its record carries
 * (item.updatedAt, decidedAt, checkedAt). Everything here is generic over field names: nothing lists them.
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

/** The time a field's own record carries, used when the clock does not name the field. */
function recordStamp(path: string, value: unknown, itemUpdatedAt: string): string {
  if (path.startsWith("items/")) return itemUpdatedAt;
  if (path.startsWith("decisions/") && isRecord(value)) return stringOr(value.decidedAt);
  if (path.startsWith("verification/") && isRecord(value)) return stringOr(value.checkedAt);
  return "";
}

/** Every field of a copy, with the time it was written; clock paths without a value are removals. */
export function fieldsOf(progress: IncomingProgress | Progress): Fields {
  const clock: Clock = progress.clock ?? {};
  const fields: Fields = new Map();
  const put = (path: string, value: unknown, itemUpdatedAt = "") => {
    if (value === undefined) return;
    fields.set(path, { value, stamp: clock[path] ?? recordStamp(path, value, itemUpdatedAt) });
  };
  for (const [id, item] of Object.entries(progress.items)) {
    if (!isRecord(item)) continue;
    const updatedAt = stringOr(item.updatedAt);
    for (const [field, value] of Object.entries(item)) if (field !== "updatedAt") put(`items/${id}/${field}`, value, updatedAt);
  }
  for (const [key, decision] of Object.entries(progress.decisions)) put(`decisions/${key}`, decision);
  for (const [id, record] of Object.entries(progress.verification)) put(`verification/${id}`, record);
  for (const [field, value] of Object.entries(progress.meta)) put(`meta/${field}`, value);
  for (const [path, stamp] of Object.entries(clock)) {
    if (!fields.has(path) && stamp !== undefined && isFieldPath(path)) fields.set(path, { value: undefined, stamp });
  }
  return fields;
}

export function isFieldPath(path: string): boolean {
  return /^(items\/[^/]+\/[^/]+|decisions\/[^/]+|verification\/[^/]+|meta\/[^/]+)$/.test(path);
}

/** A record made for a link without its details ranks below complete records and removals (see the sentence above). */
const rank = (path: string, field: Field) =>
  path.startsWith("verification/") && isRecord(field.value) && field.value.detailsLeftOut === true ? 0 : 1;

/** An item field that was removed reads as its default (an item always has its known fields). */
function shown(path: string, value: unknown): unknown {
  if (value !== undefined || !path.startsWith("items/")) return value;
  const field = path.slice(path.lastIndexOf("/") + 1);
  return Object.hasOwn(EMPTY_ITEM, field) ? EMPTY_ITEM[field as keyof typeof EMPTY_ITEM] : undefined;
}

/**
 * Whether `a` wins over `b`: rank, then time, then the larger value, then a value over a removal. A total order, so
 * merging is commutative, associative and idempotent (the property tests check all three).
 */
export function wins(path: string, a: Field, b: Field): boolean {
  const [ra, rb] = [rank(path, a), rank(path, b)];
  if (ra !== rb) return ra > rb;
  const [ta, tb] = [timeOf(a.stamp), timeOf(b.stamp)];
  if (ta !== tb) return ta > tb;
  const [ca, cb] = [canonical(shown(path, a.value)), canonical(shown(path, b.value))];
  if (ca !== cb) return ca > cb;
  return a.value !== undefined && b.value === undefined;
}

/**
 * Builds the progress the fields describe; the clock keeps only times that differ from what the record carries.
 * `updatedAt` is given (the later of the two copies' own, or the write's time): taking it from the winning fields
 * would make merging depend on the order of three copies.
 */
export function fromFields(fields: Fields, updatedAt: string): Progress {
  const items: Partial<Record<ItemId, ItemProgress>> = {};
  const itemStamps = new Map<string, string>();
  const decisions: Json = {};
  const verification: Partial<Record<VerifiableItemId, VerificationRecord>> = {};
  const meta = { organization: "", tenantName: "", preparedBy: "" } as Progress["meta"] & Json;
  const later = (a: string, b: string) => (timeOf(b) > timeOf(a) ? b : a);

  for (const [path, { value, stamp }] of fields) {
    const [section, key = "", field = ""] = path.split("/");
    if (section === "items") itemStamps.set(key, later(itemStamps.get(key) ?? "", stamp));
    if (value === undefined) continue;
    if (section === "items") {
      const item = (items[key as ItemId] ??= { ...EMPTY_ITEM, updatedAt: "" }) as ItemProgress & Json;
      item[field] = value;
    } else if (section === "decisions") decisions[key] = value;
    else if (section === "verification") verification[key as VerifiableItemId] = value as VerificationRecord;
    else if (section === "meta") meta[key] = value;
  }
  for (const [id, item] of Object.entries(items)) item.updatedAt = itemStamps.get(id) ?? "";
  // A removed field of an item that is still there now holds its default: read back, that is what it is.
  const normalized: Fields = new Map();
  for (const [path, field] of fields) {
    const [section, key = ""] = path.split("/");
    const value = section === "items" && items[key as ItemId] !== undefined ? shown(path, field.value) : field.value;
    normalized.set(path, value === field.value ? field : { value, stamp: field.stamp });
  }

  const progress: Progress = { items, decisions: decisions as Decisions, verification, meta, updatedAt };
  const clock: Clock = {};
  for (const [path, { value, stamp }] of normalized) {
    const itemStamp = items[path.split("/")[1] as ItemId]?.updatedAt ?? "";
    // "" (time unknown) is written too when the record carries a time, or reading it back would date it.
    if (value === undefined ? stamp !== "" : stamp !== recordStamp(path, value, itemStamp)) clock[path] = stamp;
  }
  // A known field nobody wrote holds its default at an unknown time: without this it would read back as written at
  // the record's time and beat an earlier real write of another copy (another tab's typing not yet saved).
  for (const id of Object.keys(items)) {
    for (const field of Object.keys(EMPTY_ITEM)) if (!fields.has(`items/${id}/${field}`)) clock[`items/${id}/${field}`] = "";
  }
  if (Object.keys(clock).length > 0) progress.clock = clock;
  return progress;
}
