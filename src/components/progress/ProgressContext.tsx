import { createContext, useContext } from "react";
import type { Progress } from "../../domain/progress/model.ts";
import type { ProgressAction } from "../../domain/progress/reducer.ts";

export type Persistence = { kind: "saved" } | { kind: "memory-only"; reason: "unavailable" | "quota" | "too-large" };

export type Recovery = {
  reason: string;
  raw: string;
  /** Storage key the unreadable text was copied to, or null if it could not be kept aside. */
  keptAs: string | null;
};

/** A copy of earlier progress kept in this browser: unreadable saved data, or what an import or Start over replaced. */
export type KeptCopy =
  | { key: string; savedAt: string; readable: true; progress: Progress }
  | { key: string; savedAt: string; readable: false; raw: string; reason: string };

/** Actions without a timestamp: the provider stamps them, so components never build ISO strings themselves. */
export type UnstampedAction = ProgressAction extends infer A ? (A extends { at: string } ? Omit<A, "at"> : A) : never;

export type ProgressContextValue = {
  progress: Progress;
  dispatch: (action: UnstampedAction) => void;
  persistence: Persistence;
  recovery: Recovery | null;
  dismissRecovery: () => void;
  /** Clears everything; returns a function that undoes it. */
  startOver: () => () => void;
  /** Replaces progress wholesale (share link / backup import); returns an undo. */
  replace: (next: Progress) => () => void;
  /** Merges other progress in (newer wins per item, decisions by time); returns an undo. */
  merge: (incoming: Progress) => () => void;
  /** Copies kept in this browser, newest first (read from storage on each call). */
  keptCopies: () => KeptCopy[];
  /** Makes a readable copy the current progress; what it replaces is kept as a copy in turn. */
  restoreKeptCopy: (key: string) => boolean;
  removeKeptCopy: (key: string) => void;
};

export const ProgressContext = createContext<ProgressContextValue | null>(null);

export function useProgress(): ProgressContextValue {
  const value = useContext(ProgressContext);
  if (!value) throw new Error("useProgress must be used inside <ProgressProvider>");
  return value;
}
