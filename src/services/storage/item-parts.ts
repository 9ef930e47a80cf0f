import { storedItemIds } from "../../domain/progress/stored.ts";
import type { SafeStorage, SetResult } from "./safe-storage.ts";

/**
 * The item keys of a save in parts (src/domain/progress/stored.ts) as one tab sees them: which text each key holds as
 * this tab last wrote or read it, so a save writes only the items that differ, and what to do when another tab
 * removes one.
 */
export function createItemParts(storage: SafeStorage, key: string) {
  const prefix = `${key}:item:`;
  const known = new Map<string, string>();
  /**
   * Parts other tabs wrote, as their storage events carried them, until the main key that lists them arrives: storage
   * may hold a later write by then (a tab that had not heard of it), and then only this text still has that edit.
   */
  const heard = new Map<string, string>();
  /** The item ids this tab's own save last listed in the main key, until another tab saves over it. */
  let listedByMe: ReadonlySet<string> | null = null;

  /** Lets go of the keys of items `listed` does not have; whether there were any. */
  const dropAllBut = (listed: ReadonlySet<string>) => {
    let dropped = false;
    for (const id of [...known.keys()]) {
      if (listed.has(id)) continue;
      storage.remove(`${prefix}${id}`);
      known.delete(id);
      dropped = true;
    }
    return dropped;
  };

  return {
    prefix,
    /** Reads every item key in storage (a load), leftovers of an interrupted save included. */
    readAll(): ReadonlyMap<string, string> {
      known.clear();
      listedByMe = null;
      for (const k of storage.keys()) {
        if (!k.startsWith(prefix)) continue;
        const text = storage.get(k);
        if (text !== null) known.set(k.slice(prefix.length), text);
      }
      return known;
    },
    /** What this tab knows an item key holds. */
    read: (id: string) => known.get(id) ?? null,
    /**
     * Takes in the items another tab's main key lists (that tab wrote them first): how that tab saved them, as heard,
     * and how storage holds them now, which differs (`overwritten`) when a tab wrote one since without having heard
     * of that save.
     */
    readListed(main: string | null): { asSaved: (id: string) => string | null; now: (id: string) => string | null; overwritten: boolean } {
      listedByMe = null;
      const asSaved = new Map<string, string>();
      let overwritten = false;
      for (const id of storedItemIds(main)) {
        const text = storage.get(`${prefix}${id}`);
        if (text === null) known.delete(id);
        else known.set(id, text);
        const saved = heard.get(id) ?? text;
        if (saved !== null) asSaved.set(id, saved);
        if (saved !== text) overwritten = true;
        heard.delete(id);
      }
      return { asSaved: (id) => asSaved.get(id) ?? null, now: (id) => known.get(id) ?? null, overwritten };
    },
    /**
     * Writes the items whose text differs (those that shrink first, to make room under a full quota); then
     * `writeMain`; then lets go of the items no longer listed. A save that fails part-way puts back what it wrote, so
     * storage never holds half of it, unlisted, where other tabs would not look.
     */
    write(items: readonly [string, string][], writeMain: () => SetResult): SetResult {
      const listed = new Set(items.map(([id]) => id));
      const changed: [string, string][] = [];
      for (const [id, text] of items) {
        // Same text, maybe another string: keep this one, so the next save compares by reference.
        if (known.get(id) === text) known.set(id, text);
        else changed.push([id, text]);
      }
      const growth = ([id, text]: [string, string]) => text.length - (known.get(id)?.length ?? 0);
      changed.sort((a, b) => growth(a) - growth(b));
      const before: [string, string | undefined][] = [];
      const undo = (result: SetResult) => {
        for (const [id, text] of before.reverse()) {
          if (text === undefined) {
            storage.remove(`${prefix}${id}`);
            known.delete(id);
          } else {
            storage.set(`${prefix}${id}`, text);
            known.set(id, text);
          }
        }
        return result;
      };
      for (const [id, text] of changed) {
        let written = storage.set(`${prefix}${id}`, text);
        // Leftovers of an interrupted save, or items this save no longer lists, make room under a full quota.
        if (!written.ok && written.reason === "quota" && dropAllBut(listed)) written = storage.set(`${prefix}${id}`, text);
        if (!written.ok) return undo(written);
        before.push([id, known.get(id)]);
        known.set(id, text);
      }
      const written = writeMain();
      if (!written.ok) return undo(written);
      // Items this save no longer has (Start over, Replace, a reset item), and leftovers of an interrupted save.
      dropAllBut(listed);
      listedByMe = listed;
      return { ok: true };
    },
    /**
     * An item key another tab wrote or removed. A write is taken in with that tab's main key, which follows: taking it
     * now would let a save of this tab in between write its older item over it.
     */
    onOtherTab(id: string, text: string | null) {
      if (text !== null) return void heard.set(id, text);
      heard.delete(id);
      const mine = known.get(id);
      known.delete(id);
      const itemKey = `${prefix}${id}`;
      // That tab let go of an item that the main key still lists as this tab saved it (its Start over, say, merged
      // here before its removals arrived): write it back, or the next load would miss it. Never over a newer write.
      const stillListed = listedByMe?.has(id) && storedItemIds(storage.get(key)).includes(id);
      if (mine !== undefined && stillListed && storage.get(itemKey) === null && storage.set(itemKey, mine).ok) known.set(id, mine);
    },
    /** Another tab cleared all site storage. */
    forget() {
      known.clear();
      heard.clear();
      listedByMe = null;
    },
  };
}
