import { MAX_SAVED_CHARS, restore } from "../../domain/progress/index.ts";
import type { Progress, RestoreResult } from "../../domain/progress/index.ts";
import { assembleStored, storedItemIds, storedParts } from "../../domain/progress/stored.ts";
import type { SafeStorage } from "./safe-storage.ts";

export const DEFAULT_PROGRESS_KEY = "intune-mac-readiness:progress";

export type SaveResult = { ok: true } | { ok: false; reason: "unavailable" | "quota" | "too-large" };

export type RecoveredEntry = { key: string; savedAt: string };

/** Kept copies: the newest KEEP_NEWEST plus every copy from the last KEEP_DAYS days (the dialog states this rule). */
export const RETENTION = { keepNewest: 10, keepDays: 30 } as const;

/** Which kept copies the retention rule lets go (entries newest first). */
export function beyondRetention(entries: readonly RecoveredEntry[], now: Date): RecoveredEntry[] {
  const since = now.getTime() - RETENTION.keepDays * 86_400_000;
  return entries.filter((entry, index) => index >= RETENTION.keepNewest && !(Date.parse(entry.savedAt) >= since));
}

export type ProgressStore = {
  readonly key: string;
  /** False when nothing will outlast the tab (private mode, blocked site data, full storage). */
  readonly available: boolean;
  load(): RestoreResult;
  save(progress: Progress, now: Date): SaveResult;
  /**
   * Copies text under `${key}:recovered:${iso}` (unreadable saved data, or progress about to be replaced), then lets
   * go of copies beyond RETENTION; returns the key, or null if it could not be stored.
   */
  keepAside(raw: string, now: Date): string | null;
  /** keepAside, saying why a copy could not be stored: a full quota, or no storage at all. */
  keepCopy(raw: string, now: Date): { ok: true; key: string } | { ok: false; reason: "unavailable" | "quota" };
  /** Copies kept aside, newest first. */
  listRecovered(): RecoveredEntry[];
  readRecovered(key: string): string | null;
  removeRecovered(key: string): void;
  /** The user has downloaded (or given up) the unreadable text that could not be kept aside: saving may replace it. */
  discardUnreadable(): void;
  /** Calls back when another tab saves progress; returns the unsubscribe function. */
  subscribe(onExternal: (result: RestoreResult) => void): () => void;
  /**
   * Calls back when the page may be about to go away (`pagehide`, or the tab hidden: mobile browsers and a closing
   * tab may never send anything after that), so a deferred save can be written synchronously; returns the unsubscribe.
   */
  subscribeLeaving(onLeaving: () => void): () => void;
};

export type ProgressStoreOptions = { storage: SafeStorage; key?: string; win?: Window };

export function createProgressStore({ storage, key = DEFAULT_PROGRESS_KEY, win }: ProgressStoreOptions): ProgressStore {
  const recoveredPrefix = `${key}:recovered:`;
  const itemPrefix = `${key}:item:`;
  /** Unreadable text found by load() that is still only in the main key: the first save must not destroy it. */
  let unkept: string | null = null;
  /** Item id → the text its key holds, as this tab last wrote or saw it: a save writes only the items that differ. */
  const known = new Map<string, string>();
  /** The item ids this tab's own save last listed in the main key, until another tab saves over it. */
  let listedByMe: ReadonlySet<string> | null = null;

  const readItemKeys = () => {
    known.clear();
    for (const k of storage.keys()) {
      if (!k.startsWith(itemPrefix)) continue;
      const text = storage.get(k);
      if (text !== null) known.set(k.slice(itemPrefix.length), text);
    }
  };

  /** Items first, then the main key that lists them (another tab reads the items when the main key changes). */
  const writeParts = (progress: Progress, now: Date): SaveResult => {
    const parts = storedParts(progress, now);
    // Writing it would succeed but make the next load unreadable.
    if (parts.chars > MAX_SAVED_CHARS) return { ok: false, reason: "too-large" };
    if (unkept !== null) {
      const kept = keepAside(unkept, now);
      if (!kept.ok) return kept;
    }
    for (const [id, text] of parts.items) {
      if (known.get(id) === text) continue;
      const written = storage.set(`${itemPrefix}${id}`, text);
      if (!written.ok) return written;
      known.set(id, text);
    }
    const written = storage.set(key, parts.main);
    if (!written.ok) return written;
    const listed = new Set(parts.items.map(([id]) => id));
    // Items this save no longer has (Start over, Replace, a reset item), and leftovers of an interrupted save.
    for (const id of [...known.keys()]) {
      if (listed.has(id)) continue;
      storage.remove(`${itemPrefix}${id}`);
      known.delete(id);
    }
    listedByMe = listed;
    return { ok: true };
  };

  /**
   * An item key another tab wrote or removed. A write is taken in with that tab's main key, which follows: taking it
   * now would let a save of this tab in between write its older item over it.
   */
  const onItemKey = (id: string, text: string | null) => {
    if (text !== null) return;
    const mine = known.get(id);
    known.delete(id);
    // That tab let go of an item the main key still lists as this tab saved it (its Start over, say, merged here
    // before its removals arrived): write it back, or the next load would find the item missing.
    if (mine !== undefined && listedByMe?.has(id) && storage.set(`${itemPrefix}${id}`, mine).ok) known.set(id, mine);
  };

  const listRecovered = (): RecoveredEntry[] =>
    storage
      .keys()
      .filter((k) => k.startsWith(recoveredPrefix))
      .map((k) => ({ key: k, savedAt: k.slice(recoveredPrefix.length).split("#")[0] ?? "" }))
      .sort((a, b) => (a.savedAt === b.savedAt ? b.key.localeCompare(a.key) : b.savedAt.localeCompare(a.savedAt)));

  const keepAside = (raw: string, now: Date) => {
    const existing = listRecovered().find((entry) => storage.get(entry.key) === raw);
    let result: { ok: true; key: string } | { ok: false; reason: "unavailable" | "quota" };
    if (existing) {
      result = { ok: true, key: existing.key };
    } else {
      const base = `${recoveredPrefix}${now.toISOString()}`;
      let target = base;
      for (let n = 2; storage.get(target) !== null; n++) target = `${base}#${n}`;
      const written = storage.set(target, raw);
      result = written.ok ? { ok: true, key: target } : written;
    }
    if (result.ok && raw === unkept) unkept = null;
    return result;
  };

  /** Keeps the copy, then lets go of copies beyond the retention rule (never the one just kept). */
  const keepCopy = (raw: string, now: Date) => {
    const result = keepAside(raw, now);
    if (result.ok) for (const old of beyondRetention(listRecovered(), now)) if (old.key !== result.key) storage.remove(old.key);
    return result;
  };

  return {
    key,
    available: storage.available,
    load() {
      readItemKeys();
      listedByMe = null;
      const result = restore(assembleStored(storage.get(key), (id) => known.get(id) ?? null));
      unkept = result.kind === "unreadable" ? result.raw : null;
      return result;
    },
    save: writeParts,
    keepAside(raw, now) {
      const result = keepCopy(raw, now);
      return result.ok ? result.key : null;
    },
    keepCopy,
    listRecovered,
    readRecovered: (recoveredKey) => (recoveredKey.startsWith(recoveredPrefix) ? storage.get(recoveredKey) : null),
    removeRecovered(recoveredKey) {
      if (recoveredKey.startsWith(recoveredPrefix)) storage.remove(recoveredKey);
    },
    discardUnreadable() {
      unkept = null;
    },
    subscribe(onExternal) {
      const target = windowOf(win);
      if (!target) return () => {};
      const onStorage = (event: StorageEvent) => {
        if (event.key === null) {
          // Another tab cleared all site storage.
          known.clear();
          listedByMe = null;
          return onExternal(restore(null));
        }
        if (event.key.startsWith(itemPrefix)) return onItemKey(event.key.slice(itemPrefix.length), event.newValue);
        if (event.key !== key) return;
        listedByMe = null;
        // That tab wrote the items before the main key, so this tab's storage holds them by now.
        for (const id of storedItemIds(event.newValue)) {
          const text = storage.get(`${itemPrefix}${id}`);
          if (text === null) known.delete(id);
          else known.set(id, text);
        }
        onExternal(restore(assembleStored(event.newValue, (id) => known.get(id) ?? null)));
      };
      target.addEventListener("storage", onStorage);
      return () => target.removeEventListener("storage", onStorage);
    },
    subscribeLeaving(onLeaving) {
      const target = windowOf(win);
      if (!target) return () => {};
      // visibilitychange is fired at the document and bubbles to the window.
      const onVisibility = () => {
        if (target.document?.visibilityState === "hidden") onLeaving();
      };
      target.addEventListener("pagehide", onLeaving);
      target.addEventListener("visibilitychange", onVisibility);
      return () => {
        target.removeEventListener("pagehide", onLeaving);
        target.removeEventListener("visibilitychange", onVisibility);
      };
    },
  };
}

const windowOf = (win: Window | undefined) => win ?? (typeof window === "undefined" ? undefined : window);
