import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { emptyProgress, hasContent, type Progress } from "../domain/progress/model.ts";
import { restore, serialize } from "../domain/progress/restore.ts";
import { progressReducer, type ProgressAction } from "../domain/progress/reducer.ts";
import { mergeProgress } from "../domain/progress/merge.ts";
import type { ProgressStore } from "../services/storage/progress-store.ts";
import {
  ProgressContext,
  type Persistence,
  type ProgressContextValue,
  type KeptCopy,
  type Recovery,
  type UnstampedAction,
} from "../components/progress/ProgressContext.tsx";

type Boot = { progress: Progress; recovery: Recovery | null };

function boot(store: ProgressStore, now: Date): Boot {
  const loaded = store.load();
  if (loaded.kind !== "unreadable") return { progress: loaded.progress, recovery: null };
  // Copy the unreadable text aside before anything can overwrite the main key.
  const keptAs = store.keepAside(loaded.raw, now);
  return { progress: loaded.progress, recovery: { reason: loaded.reason, raw: loaded.raw, keptAs } };
}

const sameProgress = (a: Progress, b: Progress) => JSON.stringify(a) === JSON.stringify(b);

export function ProgressProvider({ store, children }: { store: ProgressStore; children: ReactNode }) {
  const [initial] = useState(() => boot(store, new Date()));
  const [progress, setProgress] = useState<Progress>(initial.progress);
  const [recovery, setRecovery] = useState<Recovery | null>(initial.recovery);
  const [persistence, setPersistence] = useState<Persistence>({ kind: "saved" });
  const progressRef = useRef(progress);

  const commit = useCallback(
    (next: Progress, { persist }: { persist: boolean }) => {
      if (next === progressRef.current) return;
      progressRef.current = next;
      setProgress(next);
      // The store refuses to overwrite unreadable data it could not copy aside; that shows as "not being saved".
      if (!persist) return;
      const result = store.save(next, new Date());
      setPersistence(result.ok ? { kind: "saved" } : { kind: "memory-only", reason: result.reason });
    },
    [store],
  );

  const dispatch = useCallback(
    (action: UnstampedAction) => {
      const stamped = ("at" in action ? action : { ...action, at: new Date().toISOString() }) as ProgressAction;
      commit(progressReducer(progressRef.current, stamped), { persist: true });
    },
    [commit],
  );

  useEffect(
    () =>
      store.subscribe((external) => {
        if (external.kind === "unreadable") return;
        // Another tab saved: keep the newer version of every item so neither tab's edit is lost.
        const merged = mergeProgress(progressRef.current, external.progress);
        commit(merged, { persist: !sameProgress(merged, external.progress) });
      }),
    [store, commit],
  );

  // Progress that is about to be replaced wholesale is kept aside first, so closing the tab cannot lose it.
  const keepCopy = useCallback(
    (previous: Progress): string | null => (hasContent(previous) ? store.keepAside(serialize(previous, new Date()), new Date()) : null),
    [store],
  );

  // Replacing everything (start over, import, undo) starts a new run, so other tabs' older copies do not merge back.
  const replaceAll = useCallback(
    (next: Progress) => {
      const previous = progressRef.current;
      commit(progressReducer(previous, { type: "replace", progress: next, at: new Date().toISOString() }), { persist: true });
      return () => commit(progressReducer(progressRef.current, { type: "replace", progress: previous, at: new Date().toISOString() }), { persist: true });
    },
    [commit],
  );

  /** Replaces after keeping a copy; undoing also drops that copy, which would only duplicate the restored progress. */
  const replaceKeepingCopy = useCallback(
    (next: Progress) => {
      const kept = keepCopy(progressRef.current);
      const undo = replaceAll(next);
      const replacedWith = progressRef.current;
      return () => {
        // Edits made since the replace would be thrown away by the undo: they are kept as a copy first.
        const changedSince = progressRef.current !== replacedWith;
        if (changedSince) keepCopy(progressRef.current);
        undo();
        if (kept) store.removeRecovered(kept);
      };
    },
    [keepCopy, replaceAll, store],
  );

  const merge = useCallback(
    (incoming: Progress) => {
      const previous = progressRef.current;
      commit(mergeProgress(previous, incoming), { persist: true });
      return () => replaceAll(previous);
    },
    [commit, replaceAll],
  );

  const value = useMemo<ProgressContextValue>(
    () => ({
      progress,
      dispatch,
      persistence,
      recovery,
      dismissRecovery: () => {
        store.discardUnreadable();
        setRecovery(null);
      },
      startOver: () => replaceKeepingCopy(emptyProgress()),
      replace: replaceKeepingCopy,
      merge,
      keptCopies: () => keptCopies(store),
      restoreKeptCopy: (key) => {
        const copy = readCopy(store, key);
        if (!copy?.readable) return false;
        // The progress it replaces must be kept first; if storage refuses, nothing changes.
        if (hasContent(progressRef.current) && keepCopy(progressRef.current) === null) return false;
        replaceAll(copy.progress);
        store.removeRecovered(key);
        return true;
      },
      removeKeptCopy: (key) => store.removeRecovered(key),
    }),
    [progress, dispatch, persistence, recovery, replaceAll, replaceKeepingCopy, merge, store, keepCopy],
  );

  return <ProgressContext.Provider value={value}>{children}</ProgressContext.Provider>;
}

function keptCopies(store: ProgressStore): KeptCopy[] {
  return store.listRecovered().flatMap(({ key, savedAt }) => readCopy(store, key, savedAt) ?? []);
}

function readCopy(store: ProgressStore, key: string, savedAt = ""): KeptCopy | null {
  const raw = store.readRecovered(key);
  if (raw === null) return null;
  const read = restore(raw);
  if (read.kind === "restored") return { key, savedAt, readable: true, progress: read.progress };
  return { key, savedAt, readable: false, raw, reason: read.kind === "unreadable" ? read.reason : "It is empty." };
}
