import { MAX_SAVED_CHARS, restore } from "../../domain/progress/index.ts";
import type { Progress, RestoreResult } from "../../domain/progress/index.ts";
import { assembleStored, salvageItems, storedItemIds, storedParts } from "../../domain/progress/stored.ts";
import { createItemParts } from "./item-parts.ts";
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
  const parts = createItemParts(storage, key);
  // Names this tab's saves (StoredMain.rev): random, so two tabs never name a save alike.
  const tab = Math.random().toString(36).slice(2, 10);
  let saves = 0;
  /**
   * Texts load() found only in storage as it stands: the unreadable save, and the item parts next to a main key that
   * no longer lists them. The first save keeps them aside before it writes (and lets item keys go).
   */
  let unkept: string[] = [];
  /** The unreadable save's text: the user may let it go (discardUnreadable) when it could not be kept aside. */
  let unreadable: string | null = null;

  const save = (progress: Progress, now: Date): SaveResult => {
    saves += 1;
    const stored = storedParts(progress, now, `${tab}.${saves}`);
    // Writing it would succeed but make the next load unreadable.
    if (stored.chars > MAX_SAVED_CHARS) return { ok: false, reason: "too-large" };
    for (const text of [...unkept]) {
      const kept = keepAside(text, now);
      if (!kept.ok) return kept;
    }
    // Items first: another tab reads them when the main key that lists them changes.
    return parts.write(stored.items, () => storage.set(key, stored.main));
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
    if (result.ok) unkept = unkept.filter((text) => text !== raw);
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
      const main = storage.get(key);
      const found = parts.readAll();
      // Every part found, listed or not: a tab that had not heard of an item may have saved a main key without it, and
      // each part is a whole version of its item, so reading it in can only add what that tab did not know.
      const result = restore(assembleStored(main, parts.read, found.keys()));
      unreadable = result.kind === "unreadable" ? result.raw : null;
      unkept = unreadable === null ? [] : [unreadable];
      // A main key that cannot be read no longer lists its items: keep every item part found, readable, with it.
      const salvage = unreadable !== null && storedItemIds(main).length === 0 ? salvageItems(found) : null;
      if (salvage !== null) unkept.push(salvage);
      return result;
    },
    save,
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
      unkept = unkept.filter((text) => text !== unreadable);
    },
    subscribe(onExternal) {
      const target = windowOf(win);
      if (!target) return () => {};
      const onStorage = (event: StorageEvent) => {
        if (event.key === null) {
          // Another tab cleared all site storage.
          parts.forget();
          return onExternal(restore(null));
        }
        if (event.key.startsWith(parts.prefix)) return parts.onOtherTab(event.key.slice(parts.prefix.length), event.newValue);
        if (event.key !== key) return;
        const listed = parts.readListed(event.newValue);
        onExternal(restore(assembleStored(event.newValue, listed.asSaved)));
        // A part written over since: this tab merges storage as it is too, and writes back whatever that lacks.
        if (listed.overwritten) onExternal(restore(assembleStored(event.newValue, listed.now)));
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
