import { createContext, useContext } from "react";
import type { IncomingProgress, Progress } from "../../domain/progress/model.ts";
import type {
  ChangeResult,
  KeptCopy,
  Persistence,
  Recovery,
  Repaired,
  UnstampedAction,
} from "../../services/storage/progress-session.ts";

export type { ChangeResult, KeptCopy, Persistence, Recovery, Repaired, UnstampedAction };

/** What the UI reads and calls; the rules live in services/storage/progress-session.ts. */
export type ProgressContextValue = {
  progress: Progress;
  dispatch: (action: UnstampedAction) => void;
  persistence: Persistence;
  recovery: Recovery | null;
  dismissRecovery: () => void;
  /** Records that were invalid when the save was read (repaired or set aside). */
  repaired: Repaired | null;
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

export const ProgressContext = createContext<ProgressContextValue | null>(null);

export function useProgress(): ProgressContextValue {
  const value = useContext(ProgressContext);
  if (!value) throw new Error("useProgress must be used inside <ProgressProvider>");
  return value;
}
