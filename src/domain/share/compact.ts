import { z } from "../zod.ts";
import { ITEM_IDS, isVerifiableItemId, VERIFIABLE_ITEM_IDS } from "../catalog/ids.ts";
import { itemOfLinkKey, linkKeyOfItem } from "./item-keys.ts";
import { EMPTY_ITEM, type IncomingProgress, type ItemProgress, type Progress } from "../progress/model.ts";
import { fieldsOf, timeOf } from "../progress/fields.ts";
import { parseProgress } from "../progress/schema.ts";
import { META_TEXT_MAX_LENGTH } from "../progress/validation.ts";
import { DECISION_LAYOUT, fromTime36, packValues, toTime36, unpackValues } from "./compact-values.ts";
import { linkFields, type Section } from "./placement.ts";

// The JSON inside an "s1" link (format documented in placement.ts): Progress ↔ short-keyed object, driven by the table.

export type CompactOptions = { includeVerificationDetails: boolean; sharedBy?: string; sharedAt: string };

type Json = Record<string, unknown>;

/** Top-level keys that are not progress fields: envelope and section containers. */
export const LINK_TOP_KEYS = {
  sharedAt: "a",
  sharedBy: "b",
  detailsIncluded: "f",
  metaWrittenAt: "mu",
  meta: "m",
  items: "i",
  decisions: "d",
  verification: "x",
} as const;

/** Keys older links carry that this build reads past: the run and clear cut-offs of saved-data format 2. */
const LEGACY_IGNORED_KEYS = ["st", "vc"] as const;

const ITEM_DEFAULTS: ItemProgress = { ...EMPTY_ITEM, updatedAt: "" };

/** What a field is when the link leaves it out: the encoder omits these values, the decoder puts them back. */
const DEFAULTS = {
  item: ITEM_DEFAULTS,
  verification: { reason: "", details: [], renewals: [] },
  meta: { organization: "", tenantName: "", preparedBy: "" },
  progress: { updatedAt: "" },
  decisions: {},
} as const satisfies Record<Section, object>;

const isDefault = (value: unknown, fallback: unknown) =>
  value === undefined || value === fallback || (Array.isArray(value) && Array.isArray(fallback) && value.length === 0 && fallback.length === 0);

/** Copies the table's link fields of one section to their short keys, leaving out values equal to the defaults. */
function pack(section: Section, source: object, optIn: boolean): Json {
  const out: Json = {};
  const defaults: Json = DEFAULTS[section];
  for (const { field, key, time } of linkFields(section, optIn)) {
    const value: unknown = (source as Json)[field];
    if (isDefault(value, defaults[field])) continue;
    const encoded = time && typeof value === "string" ? toTime36(value) : value;
    if (encoded !== undefined) out[key] = encoded;
  }
  return out;
}

/** The inverse of `pack`: short keys back to field names, defaults for the rest. Only keys in the table are read. */
function unpack(section: Section, source: Json): Json {
  const out: Json = { ...DEFAULTS[section] };
  for (const { field, key, time } of linkFields(section, true)) {
    if (Object.hasOwn(source, key)) out[field] = time ? fromTime36(source[key]) : source[key];
  }
  return out;
}

const nonEmpty = (record: Json) => (Object.keys(record).length > 0 ? record : undefined);

export function toCompact(progress: Progress, options: CompactOptions): Json {
  const optIn = options.includeVerificationDetails;
  const items: Json = {};
  for (const id of ITEM_IDS) {
    const item = progress.items[id];
    const packed = item ? pack("item", item, optIn) : {};
    if (Object.keys(packed).length > 0) items[linkKeyOfItem(id)] = packed;
  }
  const decisions: Json = {};
  for (const { field, key } of linkFields("decisions", optIn)) {
    const decided = progress.decisions[field];
    if (decided) decisions[key] = [packValues(DECISION_LAYOUT[field], decided.value), toTime36(decided.decidedAt) ?? null];
  }
  const verification: Json = {};
  for (const id of VERIFIABLE_ITEM_IDS) {
    const record = progress.verification[id];
    if (record) verification[linkKeyOfItem(id)] = pack("verification", record, optIn);
  }
  const sharedBy = options.sharedBy?.trim().slice(0, META_TEXT_MAX_LENGTH) ?? "";
  const k = LINK_TOP_KEYS;
  const metaWrittenAt = metaStamp(progress);
  return {
    [k.sharedAt]: toTime36(options.sharedAt),
    ...(sharedBy ? { [k.sharedBy]: sharedBy } : {}),
    ...(optIn ? { [k.detailsIncluded]: 1 } : {}),
    ...(metaWrittenAt ? { [k.metaWrittenAt]: toTime36(metaWrittenAt) } : {}),
    ...pack("progress", progress, optIn),
    [k.meta]: nonEmpty(pack("meta", progress.meta, optIn)),
    [k.items]: nonEmpty(items),
    [k.decisions]: nonEmpty(decisions),
    [k.verification]: nonEmpty(verification),
  };
}

/** When the meta fields were last written: links carry one time for all three (enough for a merge to compare). */
function metaStamp(progress: Progress): string {
  let latest = "";
  for (const [path, field] of fieldsOf(progress)) {
    if (path.startsWith("meta/") && field.value !== "" && timeOf(field.stamp) > timeOf(latest)) latest = field.stamp;
  }
  return latest;
}

// Structure only: every value is checked by the progress schema once the keys are expanded.
const sectionShape = (section: Section) =>
  z.strictObject(Object.fromEntries(linkFields(section, true).map(({ key }) => [key, z.optional(z.unknown())])));

const compactSchema = z.strictObject({
  [LINK_TOP_KEYS.sharedAt]: z.string(),
  [LINK_TOP_KEYS.sharedBy]: z.optional(z.string().check(z.maxLength(META_TEXT_MAX_LENGTH))),
  [LINK_TOP_KEYS.detailsIncluded]: z.optional(z.literal(1)),
  [LINK_TOP_KEYS.metaWrittenAt]: z.optional(z.string()),
  ...Object.fromEntries(LEGACY_IGNORED_KEYS.map((key) => [key, z.optional(z.unknown())])),
  ...sectionShape("progress").shape,
  [LINK_TOP_KEYS.meta]: z.optional(sectionShape("meta")),
  [LINK_TOP_KEYS.items]: z.optional(z.record(z.string(), sectionShape("item"))),
  [LINK_TOP_KEYS.decisions]: z.optional(
    z.strictObject(Object.fromEntries(linkFields("decisions", true).map(({ key }) => [key, z.optional(z.tuple([z.unknown(), z.unknown()]))]))),
  ),
  [LINK_TOP_KEYS.verification]: z.optional(z.record(z.string(), sectionShape("verification"))),
});

export type FromCompactResult =
  | {
      ok: true;
      /** The link's progress with defaults filled in: what Replace uses and the preview's percentages count. */
      progress: Progress;
      /** Only what the link mentions: what Merge uses, so fields the link leaves out stay as they are locally. */
      mentioned: IncomingProgress;
      sharedBy: string | null;
      sharedAt: string;
    }
  | { ok: false; path: string; message: string };

const invalid = (path: string, message: string): FromCompactResult => ({ ok: false, path, message });

export function fromCompact(json: unknown): FromCompactResult {
  const parsed = compactSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return invalid(issue ? issue.path.map(String).join(".") : "", issue?.message ?? "Invalid value.");
  }
  const link = parsed.data as Json;
  const k = LINK_TOP_KEYS;
  const sharedAt = fromTime36(link[k.sharedAt]);
  if (sharedAt === null) return invalid("sharedAt", "Expected the time the link was made.");

  const items: Json = {};
  for (const [key, packed] of Object.entries((link[k.items] ?? {}) as Record<string, Json>)) {
    // Ids this build does not know (retired, or added by a newer one) are skipped, as the saved-data schema does.
    const id = itemOfLinkKey(key);
    if (id) items[id] = unpack("item", packed);
  }
  const decisions: Json = {};
  const packedDecisions = (link[k.decisions] ?? {}) as Record<string, [unknown, unknown] | undefined>;
  for (const { field, key } of linkFields("decisions", true)) {
    const packed = packedDecisions[key];
    if (packed) decisions[field] = { value: unpackValues(DECISION_LAYOUT[field], packed[0]), decidedAt: fromTime36(packed[1]) };
  }
  const verification: Json = {};
  const detailsIncluded = link[k.detailsIncluded] === 1;
  for (const [key, packed] of Object.entries((link[k.verification] ?? {}) as Record<string, Json>)) {
    const id = itemOfLinkKey(key);
    if (!isVerifiableItemId(id)) continue;
    // Links older than the `f` flag: a record with its reason was made with the opt-in.
    const stripped = !detailsIncluded && !Object.hasOwn(packed, linkKey("verification", "reason"));
    verification[id] = { ...unpack("verification", packed), ...(stripped ? { detailsLeftOut: true } : {}) };
  }

  const result = parseProgress({
    ...unpack("progress", link),
    meta: unpack("meta", (link[k.meta] ?? {}) as Json),
    items,
    decisions,
    verification,
  });
  if (!result.ok) return invalid(result.path, result.message);
  const sharedBy = typeof link[k.sharedBy] === "string" ? (link[k.sharedBy] as string) : null;
  const metaAt = fromTime36(link[k.metaWrittenAt]) ?? result.progress.updatedAt;
  return { ok: true, progress: result.progress, mentioned: mentionedOnly(result.progress, link, metaAt), sharedBy, sharedAt };
}

const linkKey = (section: Section, field: string) => linkFields(section, true).find((f) => f.field === field)?.key ?? field;

/** The validated progress cut down to the fields the link actually carries. */
function mentionedOnly(progress: Progress, link: Json, metaAt: string): IncomingProgress {
  const k = LINK_TOP_KEYS;
  const pick = (section: Section, packed: Json, source: Json) => {
    const out: Json = {};
    for (const { field, key } of linkFields(section, true)) if (Object.hasOwn(packed, key)) out[field] = source[field];
    return out;
  };
  const items: Json = {};
  for (const [id, item] of Object.entries(progress.items)) {
    const packed = ((link[k.items] ?? {}) as Record<string, Json>)[id] ?? {};
    items[id] = { ...pick("item", packed, item as unknown as Json), updatedAt: item.updatedAt };
  }
  const meta = pick("meta", (link[k.meta] ?? {}) as Json, progress.meta as unknown as Json);
  const clock = metaAt === "" ? {} : Object.fromEntries(Object.keys(meta).map((field) => [`meta/${field}`, metaAt]));
  return { ...progress, items: items as IncomingProgress["items"], meta, clock };
}
