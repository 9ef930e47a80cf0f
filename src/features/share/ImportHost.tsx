import { Suspense, createContext, lazy, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import type { Progress } from "../../domain/progress/model.ts";
import type { ChangeResult } from "../../components/progress/ProgressContext.tsx";
import type { Incoming } from "./ImportDialog.tsx";

/** The last merge or replace, for the banner that offers to undo it or download what it changed. */
export type Replaced = { kind: "merged" | "replaced"; previous: Progress; keptAs: string | null; undo: () => ChangeResult };

type ImportState = {
  offer: (incoming: Incoming) => void;
  fail: (message: string) => void;
  error: string | null;
  replaced: Replaced | null;
  dismissError: () => void;
  dismissReplaced: () => void;
};
const ImportContext = createContext<ImportState | null>(null);

export function useImport(): ImportState {
  const value = useContext(ImportContext);
  if (!value) throw new Error("useImport must be used inside <ImportHost>");
  return value;
}

type Props = {
  initialFragment: string;
  subscribeFragment: (listener: (fragment: string) => void) => () => void;
  clearFragment: () => void;
  children: ReactNode;
};

/** Opens share links and backups: decode, preview, then Replace / Merge / Cancel. Local progress never changes before that choice. */
// The codec and the dialog load only when a link or backup actually arrives, keeping them out of the initial chunk.
const ImportDecision = lazy(() => import("./ImportDecision.tsx").then((m) => ({ default: m.ImportDecision })));
const loadCodec = () => import("../../domain/share/codec.ts");

export function ImportHost({ initialFragment, subscribeFragment, clearFragment, children }: Props) {
  const [incoming, setIncoming] = useState<Incoming | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [replaced, setReplaced] = useState<Replaced | null>(null);
  const openFragment = useCallback(
    (fragment: string) => {
      if (!/(^|&)share=/.test(fragment)) return;
      void loadCodec().then(async ({ decodeShare, readShareFragment }) => {
        const payload = readShareFragment(fragment);
        if (payload === null) return;
        const result = await decodeShare(payload);
        // The fragment goes once read: a reload must not offer the same link again, and it should not linger in history.
        clearFragment();
        if (result.ok) {
          setError(null);
          setIncoming({
            progress: result.progress,
            ...(result.mentioned ? { mentioned: result.mentioned } : {}),
            sharedBy: result.sharedBy,
            sharedAt: result.sharedAt,
            origin: "link",
          });
        } else setError(result.message);
      });
    },
    [clearFragment],
  );

  const opened = useRef(false);
  useEffect(() => {
    // StrictMode runs effects twice in development; the link must be offered once.
    if (opened.current) return;
    opened.current = true;
    openFragment(initialFragment);
  }, [initialFragment, openFragment]);
  useEffect(() => subscribeFragment(openFragment), [subscribeFragment, openFragment]);

  const offer = useCallback((next: Incoming) => {
    setError(null);
    setIncoming(next);
  }, []);
  const fail = useCallback((message: string) => setError(message), []);

  return (
    <ImportContext.Provider value={{ offer, fail, error, replaced, dismissError: () => setError(null), dismissReplaced: () => setReplaced(null) }}>
      {children}
      {incoming && (
        <Suspense fallback={null}>
          <ImportDecision incoming={incoming} onDone={() => setIncoming(null)} onReplaced={setReplaced} />
        </Suspense>
      )}
    </ImportContext.Provider>
  );
}
