import { createContext, useContext, useMemo, useRef, useSyncExternalStore } from "react";
import type { IncomingProgress, ItemProgress, Progress } from "../../domain/progress/model.ts";
import { EMPTY_ITEM } from "../../domain/progress/model.ts";
import type { ItemId } from "../../domain/catalog/ids.ts";
import type {
  ChangeResult,
  DispatchOptions,
  KeptCopy,
  Persistence,
  Recovery,
  Repaired,
  SessionSnapshot,
  UnstampedAction,
} from "../../services/storage/progress-session.ts";

export type { ChangeResult, DispatchOptions, KeptCopy, Persistence, Recovery, Repaired, UnstampedAction };

/** What the UI calls; the rules live in services/storage/progress-session.ts. Stable for the app's lifetime. */
export type ProgressActions = {
  /** `{ typing: true }` for a keystroke in a text field: saved when the typist pauses, never lost (see the session). */
  dispatch: (action: UnstampedAction, options?: DispatchOptions) => void;
  /** The progress as it is now, for event handlers (reading it does not subscribe the component to changes). */
  read: () => Progress;
  dismissRecovery: () => void;
  dismissRepaired: () => void;
  /** Clears everything after keeping a copy; refuses (changing nothing) when the copy cannot be stored. */
  startOver: () => ChangeResult;
  /** Replaces progress wholesale (share link / backup import) after keeping a copy. */
  replace: (next: Progress) => ChangeResult;
  /** Merges other progress in, field by field the later write winning, after keeping a copy. */
  merge: (incoming: IncomingProgress) => ChangeResult;
  /** Copies kept in this browser, newest first (read from storage on each call). */
  keptCopies: () => KeptCopy[];
  /** Makes a readable copy the current progress; what it replaces is kept as a copy in turn. */
  restoreKeptCopy: (key: string) => ChangeResult;
  removeKeptCopy: (key: string) => void;
};

/** The whole session: re-renders its reader on every change, keystrokes included. */
export type ProgressContextValue = SessionSnapshot & ProgressActions;

/** What the provider puts in context: never changes, so a change re-renders only the components that read it. */
export type ProgressSource = ProgressActions & {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => SessionSnapshot;
};

export const ProgressContext = createContext<ProgressSource | null>(null);

function useSource(): ProgressSource {
  const source = useContext(ProgressContext);
  if (!source) throw new Error("useProgress must be used inside <ProgressProvider>");
  return source;
}

/**
 * Everything, re-rendering on every change (a keystroke in any note included): for pages and dialogs without text
 * fields of their own. The checklist and the parts around it read through the selectors below instead.
 */
export function useProgress(): ProgressContextValue {
  const source = useSource();
  const snapshot = useSyncExternalStore(source.subscribe, source.getSnapshot, source.getSnapshot);
  return useMemo(() => ({ ...source, ...snapshot }), [source, snapshot]);
}

export const useProgressActions = (): ProgressActions => useSource();

/**
 * One value derived from the session; the component re-renders only when `isEqual` says it changed. `select` may be
 * an inline function: it runs again on every change of the session, so it should be cheap.
 */
export function useSessionSelector<T>(select: (snapshot: SessionSnapshot) => T, isEqual: (a: T, b: T) => boolean = Object.is): T {
  const source = useSource();
  const last = useRef<{ snapshot: SessionSnapshot; select: (snapshot: SessionSnapshot) => T; value: T } | null>(null);
  const read = () => {
    const snapshot = source.getSnapshot();
    const before = last.current;
    if (before && before.snapshot === snapshot && before.select === select) return before.value;
    const selected = select(snapshot);
    const value = before && isEqual(before.value, selected) ? before.value : selected;
    last.current = { snapshot, select, value };
    return value;
  };
  return useSyncExternalStore(source.subscribe, read, read);
}

export const useProgressSelector = <T,>(select: (progress: Progress) => T, isEqual?: (a: T, b: T) => boolean): T =>
  useSessionSelector((snapshot) => select(snapshot.progress), isEqual);

/** One item's progress: the same object until that item changes (the reducer reuses untouched items). */
export function useItemProgress(id: ItemId): ItemProgress {
  const stored = useProgressSelector((progress) => progress.items[id]);
  return useMemo(() => stored ?? { ...EMPTY_ITEM, updatedAt: "" }, [stored]);
}
