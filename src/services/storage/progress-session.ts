import { hasContent } from "../../domain/progress/model.ts";
import type { IncomingProgress, Progress } from "../../domain/progress/model.ts";
import { serialize, type RepairNote, type RestoreResult } from "../../domain/progress/restore.ts";
import { progressReducer, type ProgressAction } from "../../domain/progress/reducer.ts";
import { mergeProgress } from "../../domain/progress/merge.ts";
import { jsonEqual } from "../../domain/progress/equal.ts";
import type { ProgressStore } from "./progress-store.ts";
import { readKeptCopies, readKeptCopy, type KeptCopy } from "./kept-copies.ts";

export type { KeptCopy };

export type Persistence =
  | { kind: "saved" }
  | { kind: "memory-only"; reason: "unavailable" | "quota" | "too-large" }
  /** Another tab (a newer build) saved in a format this build cannot read: this tab stops writing. */
  | { kind: "locked"; reason: string; keptAs: string | null };

export type Recovery = {
  reason: string;
  raw: string;
  /** Storage key the unreadable text was copied to, or null if it could not be kept aside. */
  keptAs: string | null;
};

/** Records that were invalid when the save was read, and where the save as it was is kept. */
export type Repaired = { notes: readonly RepairNote[]; keptAs: string | null };

export type SessionSnapshot = {
  progress: Progress;
  persistence: Persistence;
  recovery: Recovery | null;
  repaired: Repaired | null;
};

/** Merge, Replace, Start over and restoring a copy keep a copy first, or refuse and change nothing. */
export type ChangeResult = { ok: true; keptAs: string | null; undo: () => ChangeResult } | { ok: false; message: string };

export const COPY_REFUSED =
  "Nothing was changed: this browser's storage is full, so a copy of your current progress could not be kept first. Download a backup (Export › Download backup) or delete copies you no longer need (Export › Copies kept in this browser), then try again.";

/** Actions without a timestamp: the session stamps them, so components never build ISO strings themselves. */
export type UnstampedAction = ProgressAction extends infer A ? (A extends { at: string } ? Omit<A, "at"> : A) : never;

export type ProgressSession = ReturnType<typeof createProgressSession>;

/**
 * The progress store, outside React: every rule about saving, other tabs, copies, merges and undo lives here, and the
 * UI reads it through `useSyncExternalStore(subscribe, getSnapshot)`.
 */
/** Typing is written once the typist pauses for this long, and at least this often during a long burst. */
export const TYPING_SAVE = { delayMs: 400, maxWaitMs: 2_000 } as const;

export type DispatchOptions = {
  /**
   * A keystroke in a text field: the progress changes at once, the write to storage follows when the typist pauses
   * (TYPING_SAVE), and at once when the page is hidden or closed, another tab saves, or a Merge/Replace/Start over runs.
   */
  typing?: boolean;
};

const SAVED: Persistence = { kind: "saved" };

/**
 * The progress store, outside React: every rule about saving, other tabs, copies, merges and undo lives here, and the
 * UI reads it through `useSyncExternalStore(subscribe, getSnapshot)`.
 */
export function createProgressSession(store: ProgressStore, clock: () => Date = () => new Date(), typingSave = TYPING_SAVE) {
  const listeners = new Set<() => void>();
  let snapshot: SessionSnapshot = boot(store, clock());
  const set = (patch: Partial<SessionSnapshot>) => {
    snapshot = { ...snapshot, ...patch };
    for (const listener of listeners) listener();
  };

  /** A typed change not yet written to storage: when the burst started, and the timer that writes it. */
  let unsaved: { since: number; timer: ReturnType<typeof setTimeout> } | null = null;
  const settle = () => {
    if (unsaved) clearTimeout(unsaved.timer);
    unsaved = null;
  };
  const saveNow = (progress: Progress): Persistence => {
    settle();
    const result = store.save(progress, clock());
    return result.ok ? SAVED : { kind: "memory-only", reason: result.reason };
  };
  /** Writes a pending typed change now (synchronously: also from `pagehide`). */
  const flush = () => {
    if (!unsaved) return;
    if (snapshot.persistence.kind === "locked") return settle();
    const persistence = saveNow(snapshot.progress);
    if (!jsonEqual(persistence, snapshot.persistence)) set({ persistence });
  };
  const saveSoon = () => {
    const now = Date.now();
    const since = unsaved?.since ?? now;
    if (unsaved) clearTimeout(unsaved.timer);
    const wait = Math.max(0, Math.min(typingSave.delayMs, since + typingSave.maxWaitMs - now));
    unsaved = { since, timer: setTimeout(flush, wait) };
  };

  /** `save`: "now", "soon" (typing), or "stored" when storage already holds `next` (another tab wrote it). */
  const commit = (next: Progress, save: "now" | "soon" | "stored" = "now") => {
    if (next === snapshot.progress) return;
    if (snapshot.persistence.kind === "locked") return set({ progress: next });
    if (save === "stored") {
      settle();
      return set({ progress: next });
    }
    if (save === "soon") {
      set({ progress: next });
      return saveSoon();
    }
    set({ progress: next, persistence: saveNow(next) });
  };

  const at = () => clock().toISOString();
  /**
   * Dismissing a load banner lets the save it reported on go (it is kept aside when it could be): write what this tab
   * shows over it, or the same banner comes back on the next load when nothing was edited in between.
   */
  const saveOver = (): Partial<SessionSnapshot> => {
    if (snapshot.persistence.kind === "locked") return {};
    const result = store.save(snapshot.progress, clock());
    return { persistence: result.ok ? { kind: "saved" } : { kind: "memory-only", reason: result.reason } };
  };
  const keepCopy = (progress: Progress): { ok: true; keptAs: string | null } | { ok: false } => {
    if (!hasContent(progress)) return { ok: true, keptAs: null };
    const kept = store.keepCopy(serialize(progress, clock()), clock());
    if (kept.ok) return { ok: true, keptAs: kept.key };
    // Without any storage nothing outlasts the tab anyway (the banner says so); a full quota stops the action.
    return kept.reason === "quota" ? { ok: false } : { ok: true, keptAs: null };
  };

  /** Keeps the current progress, applies `change`, and returns an undo that brings the kept progress back. */
  const change = (apply: (current: Progress) => Progress): ChangeResult => {
    flush();
    const previous = snapshot.progress;
    const kept = keepCopy(previous);
    if (!kept.ok) return { ok: false, message: COPY_REFUSED };
    commit(apply(previous));
    const changedTo = snapshot.progress;
    // Edits made since are not thrown away silently: then the undo is itself a change that keeps a copy first.
    const undo = (): ChangeResult =>
      snapshot.progress === changedTo
        ? plainUndo()
        : change((current) => progressReducer(current, { type: "replace", progress: previous, at: at() }));
    const plainUndo = (): ChangeResult => {
      commit(progressReducer(snapshot.progress, { type: "replace", progress: previous, at: at() }));
      // The copy would only duplicate the progress just brought back, once that is saved: under a full quota the
      // copy may be all that is left of it.
      if (kept.keptAs === null || snapshot.persistence.kind !== "saved") return { ok: true, keptAs: kept.keptAs, undo };
      store.removeRecovered(kept.keptAs);
      return { ok: true, keptAs: null, undo };
    };
    return { ok: true, keptAs: kept.keptAs, undo };
  };

  const onExternal = (external: RestoreResult) => {
    if (external.kind === "unreadable") {
      if (external.problem !== "newer-version" || snapshot.persistence.kind === "locked") return;
      const keptAs = store.keepAside(external.raw, clock());
      // This build cannot write over the newer format: a typed change not yet saved stays in this tab only.
      settle();
      return set({ persistence: { kind: "locked", reason: external.reason, keptAs } });
    }
    if (snapshot.persistence.kind === "locked") return;
    // Another tab saved: field by field the later write wins, so neither tab's edit is lost (a typed change not yet
    // saved is in snapshot.progress, so it is in the merge); save back at once if the merge holds something that tab's
    // save lacks.
    const merged = mergeProgress(snapshot.progress, external.progress);
    const storedAlready = jsonEqual(merged, external.progress);
    // This tab already holds everything, and more than that save: commit() would see no change and write nothing.
    if (merged === snapshot.progress && !storedAlready) return set({ persistence: saveNow(merged) });
    commit(merged, storedAlready ? "stored" : "now");
  };

  return {
    getSnapshot: () => snapshot,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Starts listening to other tabs' saves and to the page going away; returns the function that stops it. */
    connect() {
      const stopExternal = store.subscribe(onExternal);
      const stopLeaving = store.subscribeLeaving(flush);
      return () => {
        stopExternal();
        stopLeaving();
        flush();
      };
    },
    dispatch(action: UnstampedAction, options: DispatchOptions = {}) {
      const stamped = ("at" in action ? action : { ...action, at: at() }) as ProgressAction;
      commit(progressReducer(snapshot.progress, stamped), options.typing ? "soon" : "now");
    },
    /** Writes a typed change that is still waiting for the typist to pause. */
    flush,
    /** Merges a link's or backup's progress in (`merged` is what the preview showed; recomputed if things moved). */
    merge: (incoming: IncomingProgress) => change((current) => mergeProgress(current, incoming)),
    replace: (next: Progress) => change((current) => progressReducer(current, { type: "replace", progress: next, at: at() })),
    startOver: () => change((current) => progressReducer(current, { type: "start-over", at: at() })),
    keptCopies: (): KeptCopy[] => readKeptCopies(store),
    restoreKeptCopy(key: string): ChangeResult {
      const copy = readKeptCopy(store, key);
      if (!copy?.readable) return { ok: false, message: "This copy cannot be read, so it cannot be restored. Download it instead." };
      const result = change((current) => progressReducer(current, { type: "replace", progress: copy.progress, at: at() }));
      if (result.ok && snapshot.persistence.kind === "saved") store.removeRecovered(key);
      return result;
    },
    removeKeptCopy: (key: string) => store.removeRecovered(key),
    dismissRecovery() {
      store.discardUnreadable();
      set({ recovery: null, ...saveOver() });
    },
    dismissRepaired: () => set({ repaired: null, ...saveOver() }),
  };
}

function boot(store: ProgressStore, now: Date): SessionSnapshot {
  const loaded = store.load();
  const base: SessionSnapshot = { progress: loaded.progress, persistence: { kind: "saved" }, recovery: null, repaired: null };
  if (loaded.kind === "restored") {
    if (loaded.repaired.length === 0) return base;
    // The save as it was is kept before the first write replaces it with the repaired progress.
    return { ...base, repaired: { notes: loaded.repaired, keptAs: store.keepAside(loaded.raw, now) } };
  }
  if (loaded.kind !== "unreadable") return base;
  // Copy the unreadable text aside before anything can overwrite the main key.
  const keptAs = store.keepAside(loaded.raw, now);
  if (loaded.problem === "newer-version") return { ...base, persistence: { kind: "locked", reason: loaded.reason, keptAs } };
  return { ...base, recovery: { reason: loaded.reason, raw: loaded.raw, keptAs } };
}
