import { useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
import type { ProgressStore } from "../services/storage/progress-store.ts";
import { createProgressSession } from "../services/storage/progress-session.ts";
import { ProgressContext, type ProgressContextValue } from "../components/progress/ProgressContext.tsx";

/** Wires the framework-free progress session (services/storage/progress-session.ts) into React; no rules live here. */
export function ProgressProvider({ store, children }: { store: ProgressStore; children: ReactNode }) {
  const [session] = useState(() => createProgressSession(store));
  // The build prerenders the landing page in Node: the server snapshot is the same first read.
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);
  useEffect(() => session.connect(), [session]);

  const value = useMemo<ProgressContextValue>(
    () => ({
      ...snapshot,
      dispatch: session.dispatch,
      dismissRecovery: session.dismissRecovery,
      dismissRepaired: session.dismissRepaired,
      startOver: session.startOver,
      replace: session.replace,
      merge: session.merge,
      keptCopies: session.keptCopies,
      restoreKeptCopy: session.restoreKeptCopy,
      removeKeptCopy: session.removeKeptCopy,
    }),
    [snapshot, session],
  );
  return <ProgressContext.Provider value={value}>{children}</ProgressContext.Provider>;
}
