import { useState, type ReactNode } from "react";
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { DemoScenarioId } from "../../domain/verification/demo.ts";
import { hasOwnResults } from "../../domain/verification/records.ts";
import { useProgressActions } from "../../components/progress/ProgressContext.tsx";
import { useNotify } from "../../components/toast/notify.tsx";
import { demoScenario } from "./results.ts";
import { useRunDemo } from "./useRecordResults.ts";

/**
 * Showing a demo replaces the results on screen. Results of the admin's own tenant are never replaced silently: the
 * admin is asked first, and the toast afterwards offers Undo.
 */
export function useDemoRequest(): { request: (id: DemoScenarioId) => void; dialog: ReactNode } {
  const { read, dispatch } = useProgressActions();
  const runDemo = useRunDemo();
  const notify = useNotify();
  const [pending, setPending] = useState<DemoScenarioId | null>(null);

  const request = (id: DemoScenarioId) => {
    if (hasOwnResults(read().verification)) setPending(id);
    else runDemo(id);
  };
  const confirm = () => {
    if (pending === null) return;
    setPending(null);
    const previous = runDemo(pending);
    notify("Your tenant's results were replaced by demo results.", {
      action: {
        label: "Undo",
        onClick: () => {
          dispatch({ type: "verification/clear" });
          dispatch({ type: "verification/record", records: previous });
        },
      },
    });
  };

  const dialog = (
    <Dialog open={pending !== null} modalType="alert" onOpenChange={(_, d) => !d.open && setPending(null)}>
      <DialogSurface aria-describedby="demo-replace-text">
        <DialogBody>
          <DialogTitle>Replace your tenant&apos;s results with a demo?</DialogTitle>
          <DialogContent id="demo-replace-text">
            The results on this page come from your own tenant. Showing “{demoScenario(pending ?? undefined)?.title ?? "the demo"}” replaces
            them with a fictitious tenant&apos;s results; you can undo it right afterwards, or check your tenant again later.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => setPending(null)}>
              Keep my results
            </Button>
            <Button onClick={confirm}>Replace with the demo</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
  return { request, dialog };
}
