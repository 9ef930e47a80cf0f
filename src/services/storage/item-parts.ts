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
    /** Takes in the items another tab's main key lists, as storage holds them now (that tab wrote them first). */
    readListed(main: string | null) {
      listedByMe = null;
      for (const id of storedItemIds(main)) {
        const text = storage.get(`${prefix}${id}`);
        if (text === null) known.delete(id);
        else known.set(id, text);
      }
    },
    /** Writes the items whose text differs; then `writeMain`; then lets go of the items no longer listed. */
    write(items: readonly [string, string][], writeMain: () => SetResult): SetResult {
      const listed = new Set(items.map(([id]) => id));
      for (const [id, text] of items) {
        if (known.get(id) === text) continue;
        let written = storage.set(`${prefix}${id}`, text);
        // A Replace near a full quota: the items it no longer has make room (a copy was kept before it began).
        if (!written.ok && written.reason === "quota" && dropAllBut(listed)) written = storage.set(`${prefix}${id}`, text);
        if (!written.ok) return written;
        known.set(id, text);
      }
      const written = writeMain();
      if (!written.ok) return written;
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
      if (text !== null) return;
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
      listedByMe = null;
    },
  };
}
