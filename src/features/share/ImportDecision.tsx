import { useProgress } from "../../components/progress/ProgressContext.tsx";
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
  // Results that arrive this way are labelled as imported, with who shared them and when, wherever they show.
  const stamped = markImported(incoming.progress, progress, { via: incoming.origin, by: incoming.sharedBy ?? undefined, at: incoming.sharedAt });
  const close = (message: string) => {
    onDone();
    announce(message);
  };
  return (
    <ImportDialog
      incoming={incoming}
      local={progress}
      onReplace={() => {
        onReplaced({ previous: progress, undo: replace(stamped) });
        close("Progress replaced.");
        notify("Progress replaced. You can restore the previous progress from the banner.");
      }}
      onMerge={() => {
        const undo = merge(stamped);
        close("Progress merged.");
        notify("Progress merged: the newer version of each item was kept.", { action: { label: "Undo", onClick: undo } });
      }}
      onCancel={() => {
        close("Import cancelled. Nothing changed.");
        notify("Nothing changed.", { intent: "info" });
      }}
    />
  );
}
