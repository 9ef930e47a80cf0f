import type { Progress } from "./model.ts";
import { CURRENT_VERSION } from "./migrations.ts";
import { isRecord } from "../is-record.ts";
import { itemJsonEntries } from "./stringify.ts";

// In the browser, progress from format 4 on is saved in parts: each item under a key of its own, and everything else
// (decisions, verification, meta, the clock) under the main key with the list of item ids. Saving one edit then
// writes one item and the small main part, not every note in the checklist (bench: save one edit at 10×). A backup,
// a kept copy and everything restore() reads keep the whole progress in one envelope.

/** The main part of a save in parts: the envelope without `data.items`, listing the ids saved on their own. */
export type StoredMain = { version: number; savedAt: string; itemIds: string[]; data: Omit<Progress, "items"> };

export type StoredParts = {
  main: string;
  /** [item id, JSON of the item], in the order of `progress.items`. */
  items: [string, string][];
  /** The length of the same progress as one envelope: what the next load reads, so what MAX_SAVED_CHARS limits. */
  chars: number;
};

/** The text of each part, the items' JSON reused from the last save of the same item objects (stringify.ts). */
export function storedParts(progress: Progress, now: Date): StoredParts {
  const { items: _items, ...rest } = progress;
  const items = itemJsonEntries(progress.items);
  const main: StoredMain = { version: CURRENT_VERSION, savedAt: now.toISOString(), itemIds: items.map(([id]) => id), data: rest };
  const text = JSON.stringify(main);
  // The envelope restore() reads has `,"items":{"<id>":<item>,…}` in data in place of `"itemIds":["<id>",…],`.
  let chars = text.length - 2;
  for (const [, json] of items) chars += json.length + 1;
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

/**
 * Puts a save in parts back into the one envelope restore() reads, reading each listed item with `readItem`. Any
 * other text (an older one-envelope save, a newer format, damaged text) comes back unchanged, for restore() to judge.
 * An item whose own text is damaged goes in as that text, so restore() sets that one item aside and keeps the rest.
 */
export function assembleStored(main: string | null, readItem: (id: string) => string | null): string | null {
  if (main === null) return null;
  let parsed: StoredMain | null;
  try {
    parsed = asStoredMain(JSON.parse(main));
  } catch {
    return main;
  }
  if (parsed === null) return main;
  const { itemIds, data, ...head } = parsed;
  const items: Record<string, unknown> = {};
  for (const id of itemIds) {
    if (typeof id !== "string") continue;
    const text = readItem(id);
    if (text === null) continue;
    try {
      items[id] = JSON.parse(text);
    } catch {
      items[id] = text;
    }
  }
  return JSON.stringify({ ...head, data: { ...data, items } });
}
