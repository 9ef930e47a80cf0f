import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { decodeShare, readShareFragment } from "../../domain/share/codec.ts";
import type { Progress } from "../../domain/progress/model.ts";
import { useProgress } from "../../components/progress/ProgressContext.tsx";
import { useNotify } from "../../components/toast/notify.tsx";
import { useAnnounce } from "../../components/announcer/Announcer.tsx";
import { ImportDialog, type Incoming } from "./ImportDialog.tsx";

type Replaced = { previous: Progress; undo: () => void };

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
export function ImportHost({ initialFragment, subscribeFragment, clearFragment, children }: Props) {
  const { progress, replace, merge } = useProgress();
  const notify = useNotify();
  const announce = useAnnounce();
  const [incoming, setIncoming] = useState<Incoming | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [replaced, setReplaced] = useState<Replaced | null>(null);
  const openFragment = useCallback(
    (fragment: string) => {
      const payload = readShareFragment(fragment);
      if (payload === null) return;
      decodeShare(payload).then((result) => {
        // The fragment goes once read: a reload must not offer the same link again, and it should not linger in history.
        clearFragment();
        if (result.ok) {
          setError(null);
          setIncoming({ progress: result.progress, sharedBy: result.sharedBy, sharedAt: result.sharedAt, origin: "link" });
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

  const close = (message: string) => {
    setIncoming(null);
    announce(message);
  };

  return (
    <ImportContext.Provider value={{ offer, fail, error, replaced, dismissError: () => setError(null), dismissReplaced: () => setReplaced(null) }}>
      {children}
      {incoming && (
        <ImportDialog
          incoming={incoming}
          local={progress}
          onReplace={() => {
            const previous = progress;
            setReplaced({ previous, undo: replace(incoming.progress) });
            close("Progress replaced.");
            notify("Progress replaced. You can restore the previous progress from the banner.");
          }}
          onMerge={() => {
            const undo = merge(incoming.progress);
            close("Progress merged.");
            notify("Progress merged: the newer version of each item was kept.", { action: { label: "Undo", onClick: undo } });
          }}
          onCancel={() => {
            close("Import cancelled. Nothing changed.");
            notify("Nothing changed.", { intent: "info" });
          }}
        />
      )}
    </ImportContext.Provider>
  );
}
