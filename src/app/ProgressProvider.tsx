import { useEffect, useState, type ReactNode } from "react";
import type { ProgressStore } from "../services/storage/progress-store.ts";
import { createProgressSession } from "../services/storage/progress-session.ts";
import { ProgressContext, type ProgressSource } from "../components/progress/ProgressContext.tsx";

/**
 * Wires the framework-free progress session (services/storage/progress-session.ts) into React; no rules live here.
 * The context value never changes: components subscribe to the part they show (components/progress), so a keystroke
 * in one note re-renders that card, not the page.
 */
export function ProgressProvider({ store, children }: { store: ProgressStore; children: ReactNode }) {
  const [source] = useState(() => sourceOf(createProgressSession(store)));
  useEffect(() => source.connect(), [source]);
  return <ProgressContext.Provider value={source}>{children}</ProgressContext.Provider>;
}

function sourceOf(session: ReturnType<typeof createProgressSession>): ProgressSource & { connect: () => () => void } {
  return {
    subscribe: session.subscribe,
    getSnapshot: session.getSnapshot,
    connect: session.connect,
    read: () => session.getSnapshot().progress,
    dispatch: session.dispatch,
    dismissRecovery: session.dismissRecovery,
    dismissRepaired: session.dismissRepaired,
    startOver: session.startOver,
    replace: session.replace,
    merge: session.merge,
    keptCopies: session.keptCopies,
    restoreKeptCopy: session.restoreKeptCopy,
    removeKeptCopy: session.removeKeptCopy,
  };
}
