import { emptyProgress, type Clock, type Progress } from "./model.ts";
import { CURRENT_VERSION } from "./migrations.ts";
import { isRecord } from "../is-record.ts";
import { jsonOfItem } from "./stringify.ts";

// In the browser, progress from format 4 on is saved in parts: each item under a key of its own, and everything else
// (decisions, verification, meta, the rest of the clock) under the main key with the list of item ids. Saving one
// edit then writes one item and the small main part, not every note in the checklist (bench: save one edit at 10×).
// A backup, a kept copy and everything restore() reads keep the whole progress in one envelope.
//
// An item's part holds its record and the clock entries of its fields ("items/<id>/…"), so each part is a whole,
// consistent version of that item: tabs that save at the same time may leave parts of different saves side by side,
// and a field is then never dated by another save's clock (the merge model relies on every field's time).

/**
 * The main part of a save in parts: the envelope without items or their clock entries, listing the item ids. `rev`
 * names the save: another tab learns of a save only when the main key's text changes, which it then always does.
 */
export type StoredMain = { version: number; savedAt: string; rev?: string; itemIds: string[]; data: Omit<Progress, "items"> };

/** One item's part: its record (absent for an item reset to its defaults) and its fields' clock entries. */
export type StoredItem = { item?: unknown; clock?: Clock };

export type StoredParts = {
  main: string;
  /** [item id, text of its part]. */
  items: [string, string][];
  /** At least the length of the same progress as one envelope: what the next load reads, and MAX_SAVED_CHARS limits. */
  chars: number;
};

const itemPath = (id: string) => `items/${id}/`;

type SplitClock = { rest: Clock; byItem: Map<string, string> };
const splitClocks = new WeakMap<Clock, SplitClock>();

/** The clock's item entries grouped by item (as JSON) and the rest; cached, as typing keeps the clock object. */
function splitClock(clock: Clock): SplitClock {
  let split = splitClocks.get(clock);
  if (split) return split;
  const rest: Clock = {};
  const grouped = new Map<string, Clock>();
  for (const [path, stamp] of Object.entries(clock)) {
    const match = /^items\/([^/]+)\//.exec(path);
    if (!match?.[1]) {
      rest[path] = stamp;
      continue;
    }
    const entries = grouped.get(match[1]) ?? {};
    entries[path] = stamp;
    grouped.set(match[1], entries);
  }
  split = { rest, byItem: new Map([...grouped].map(([id, entries]) => [id, JSON.stringify(entries)])) };
  splitClocks.set(clock, split);
  return split;
}

const partTexts = new WeakMap<object, { entries: string | undefined; text: string }>();

/**
 * An item's part, the same string as the last save's while neither the item nor its clock entries changed: the save
 * then compares it with what storage holds by reference, not character by character.
 */
function partOf(record: object, entries: string | undefined): string {
  const cached = partTexts.get(record);
  if (cached && cached.entries === entries) return cached.text;
  const text = entries === undefined ? `{"item":${jsonOfItem(record)}}` : `{"item":${jsonOfItem(record)},"clock":${entries}}`;
  partTexts.set(record, { entries, text });
  return text;
}

/**
 * The text of each part; an item's record JSON is reused from the last save of the same object (stringify.ts). `rev`
 * is new for every save (see StoredMain).
 */
export function storedParts(progress: Progress, now: Date, rev: string): StoredParts {
  const { items: records, clock, ...rest } = progress;
  const split = splitClock(clock ?? {});
  const items: [string, string][] = [];
  for (const [id, record] of Object.entries(records)) if (record !== undefined) items.push([id, partOf(record, split.byItem.get(id))]);
  // Items reset to their defaults: only their fields' times are left.
  for (const [id, entries] of split.byItem) if (records[id as keyof typeof records] === undefined) items.push([id, `{"clock":${entries}}`]);
  const ids = items.map(([id]) => id);
  const data = clock === undefined ? rest : { ...rest, clock: split.rest };
  const main: StoredMain = { version: CURRENT_VERSION, savedAt: now.toISOString(), rev, itemIds: ids, data };
  const text = JSON.stringify(main);
  // Each part is no shorter than what it adds to the one envelope (`"<id>":<record>,` and its clock entries).
  let chars = text.length;
  for (const [id, part] of items) chars += part.length + id.length + 4;
  return { main: text, items, chars };
}

/** Whether a main key's parsed text is a save in parts this build can put together (a newer format is left whole). */
function asStoredMain(json: unknown): StoredMain | null {
  if (!isRecord(json) || !Array.isArray(json.itemIds) || !isRecord(json.data)) return null;
  const { version } = json;
  if (typeof version !== "number" || version > CURRENT_VERSION) return null;
  return json as unknown as StoredMain;
}

/** The item ids a main key's text lists (empty for one-envelope or unreadable text). */
export function storedItemIds(main: string | null): string[] {
  if (main === null) return [];
  try {
    const parsed = asStoredMain(JSON.parse(main));
    return parsed ? parsed.itemIds.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

/** An item part's text, read back; damaged text comes back as the item, for restore() to set that one item aside. */
function readItemPart(id: string, text: string): StoredItem {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { item: text };
  }
  if (!isRecord(json) || !("item" in json || "clock" in json)) return { item: json };
  const clock: Clock = {};
  // Only this item's own entries: a damaged part cannot date another item's fields.
  if (isRecord(json.clock)) for (const [path, stamp] of Object.entries(json.clock)) if (path.startsWith(itemPath(id))) clock[path] = stamp as string;
  return "item" in json ? { item: json.item, clock } : { clock };
}

/**
 * Puts a save in parts back into the one envelope restore() reads, reading each listed item (and each of `alsoIds`)
 * with `readItem`. Any other text (an older one-envelope save, a newer format, damaged text) comes back unchanged,
 * for restore() to judge.
 */
export function assembleStored(main: string | null, readItem: (id: string) => string | null, alsoIds: Iterable<string> = []): string | null {
  if (main === null) return null;
  let parsed: StoredMain | null;
  try {
    parsed = asStoredMain(JSON.parse(main));
  } catch {
    return main;
  }
  if (parsed === null) return main;
  const { itemIds, data, rev: _rev, ...head } = parsed;
  const items: Record<string, unknown> = {};
  const clock: Record<string, unknown> = isRecord(data.clock) ? { ...data.clock } : {};
  for (const id of new Set([...itemIds, ...alsoIds])) {
    if (typeof id !== "string") continue;
    const text = readItem(id);
    if (text === null) continue;
    const part = readItemPart(id, text);
    if ("item" in part) items[id] = part.item;
    Object.assign(clock, part.clock);
  }
  const hasClock = "clock" in data || Object.keys(clock).length > 0;
  return JSON.stringify({ ...head, data: { ...data, items, ...(hasClock ? { clock } : {}) } });
}

/**
 * The item parts found in storage next to a main key that cannot be read, as one envelope restore() can read, so
 * they are kept with the damaged main key instead of being let go by the next save. Null when there are none.
 */
export function salvageItems(parts: ReadonlyMap<string, string>): string | null {
  if (parts.size === 0) return null;
  const { items: _none, ...data } = emptyProgress();
  const main: StoredMain = { version: CURRENT_VERSION, savedAt: "1970-01-01T00:00:00.000Z", itemIds: [...parts.keys()], data };
  return assembleStored(JSON.stringify(main), (id) => parts.get(id) ?? null);
}
