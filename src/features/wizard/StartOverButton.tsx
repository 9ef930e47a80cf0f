import { useState } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from "@fluentui/react-components";
import { ArrowReset20Regular } from "@fluentui/react-icons";
import { useProgressActions } from "../../components/progress/ProgressContext.tsx";
import { useNotify } from "../../components/toast/notify.tsx";
import { useAnnounce } from "../../components/announcer/Announcer.tsx";

export function StartOverButton() {
  const [open, setOpen] = useState(false);
  const { startOver } = useProgressActions();
  const notify = useNotify();
  const announce = useAnnounce();
  const confirm = () => {
    const result = startOver();
    setOpen(false);
    if (!result.ok) {
      announce(result.message);
      notify(result.message, { intent: "error" });
      return;
    }
    announce("Progress cleared. Use Undo in the notification to bring it back.");
    notify("Progress cleared.", {
      intent: "info",
      action: {
        label: "Undo",
        onClick: () => {
          const undone = result.undo();
          announce(undone.ok ? "Progress restored." : undone.message);
        },
      },
    });
  };
  return (
    <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button appearance="subtle" icon={<ArrowReset20Regular />}>
          Start over
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Start over?</DialogTitle>
          <DialogContent>
            This clears every status, owner, note, decision and verification result in this browser. A copy is kept first
            under Export › Copies kept in this browser (if the browser cannot store it, nothing is cleared), and you can undo
            it right after, from the notification.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={confirm}>
              Clear progress
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button>Cancel</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
