import { useMemo, useState } from "react";
import { useProgress, type ChangeResult } from "../../components/progress/ProgressContext.tsx";
import { useNotify } from "../../components/toast/notify.tsx";
import { useAnnounce } from "../../components/announcer/Announcer.tsx";
import { markImported } from "../../domain/verification/records.ts";
import { ImportDialog, type Incoming } from "./ImportDialog.tsx";
import type { Replaced } from "./ImportHost.tsx";

type Props = { incoming: Incoming; onDone: () => void; onReplaced: (replaced: Replaced) => void };

/** The user's choice on an incoming link or backup, with feedback; local progress changes only here. */
export function ImportDecision({ incoming, onDone, onReplaced }: Props) {
  const { progress, replace, merge } = useProgress();
  const notify = useNotify();
  const announce = useAnnounce();
  const [error, setError] = useState<string | null>(null);
  // Results that arrive this way are labelled as imported, with who shared them and when, wherever they show; the
  // preview and the merge both work on the labelled copy.
  const stamped = useMemo(
    () => ({
      ...incoming,
      progress: markImported(incoming.progress, progress, { via: incoming.origin, by: incoming.sharedBy ?? undefined, at: incoming.sharedAt }),
    }),
    [incoming, progress],
  );
  const finish = (kind: Replaced["kind"], result: ChangeResult, hadProgress: boolean) => {
    if (!result.ok) {
      setError(result.message);
      announce(result.message);
      return;
    }
    onDone();
    const word = kind === "merged" ? "merged" : "opened";
    announce(`Progress ${word}.`);
    if (!hadProgress) return notify(`Progress ${word}.`);
    onReplaced({ kind, previous: progress, keptAs: result.keptAs, undo: result.undo });
    notify(`Progress ${kind}. Your previous progress is kept as a copy; the banner can bring it back.`);
  };
  return (
    <ImportDialog
      incoming={stamped}
      local={progress}
      error={error}
      onReplace={(preview) => finish("replaced", replace(preview.replacement), !preview.localIsEmpty)}
      onMerge={(preview) => finish("merged", merge(preview.incomingForMerge), !preview.localIsEmpty)}
      onCancel={() => {
        onDone();
        announce("Import cancelled. Nothing changed.");
        notify("Nothing changed.", { intent: "info" });
      }}
    />
  );
}
