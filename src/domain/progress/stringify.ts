import type { Progress } from "./model.ts";

// The reducer reuses every item it did not touch, so the JSON of an unchanged item can be reused too: a save then
// stringifies the item just edited instead of every note in the checklist (bench: save one edit at 10×). A WeakMap,
// so items no longer in any progress are let go. The output is byte for byte JSON.stringify's.
const itemJson = new WeakMap<object, string>();

/** JSON.stringify(item), computed once per item object (also for each item's part of a save, stored.ts). */
export function jsonOfItem(item: object): string {
  let text = itemJson.get(item);
  if (text === undefined) {
    text = JSON.stringify(item);
    itemJson.set(item, text);
  }
  return text;
}

function jsonOfItems(items: Progress["items"]): string {
  const parts: string[] = [];
  for (const [id, item] of Object.entries(items)) if (item !== undefined) parts.push(`${JSON.stringify(id)}:${jsonOfItem(item)}`);
  return `{${parts.join(",")}}`;
}

/** JSON.stringify(progress), with the items' JSON taken from the cache. */
export function progressJson(progress: Progress): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(progress)) {
    const json = key === "items" ? jsonOfItems(progress.items) : (JSON.stringify(value) as string | undefined);
    // JSON.stringify leaves out properties whose value has no JSON (undefined, functions).
    if (json !== undefined) parts.push(`${JSON.stringify(key)}:${json}`);
  }
  return `{${parts.join(",")}}`;
}
