import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Progress } from "../../domain/progress/model.ts";
import { buildImportPreview } from "../../domain/share/preview.ts";
import { formatDateTime } from "../../components/format/dates.ts";
import { ImportChanges } from "./ImportChanges.tsx";

export type Incoming = { progress: Progress; sharedBy: string | null; sharedAt: string; origin: "link" | "backup" };

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  compare: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(180px, 1fr))", gap: tokens.spacingHorizontalL },
  figure: { display: "flex", flexDirection: "column" },
  big: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

type Props = { incoming: Incoming; local: Progress; onReplace: () => void; onMerge: () => void; onCancel: () => void };

export function ImportDialog({ incoming, local, onReplace, onMerge, onCancel }: Props) {
  const styles = useStyles();
  const preview = buildImportPreview(local, incoming.progress);
  const source = incoming.origin === "link" ? "shared link" : "backup file";
  const who = incoming.sharedBy ? ` by ${incoming.sharedBy}` : "";
  const changes = preview.changedItems.length + preview.changedDecisions.length + preview.changedVerification.length;
  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface aria-describedby="import-summary">
        <DialogBody>
          <DialogTitle>Open progress from a {source}?</DialogTitle>
          <DialogContent className={styles.content}>
            <Text id="import-summary">
              {incoming.origin === "link" ? "Shared" : "Saved"}
              {who} on {formatDateTime(incoming.sharedAt)}. Nothing changes until you choose.
              {preview.localIsEmpty
                ? " This browser has no progress yet, so replacing loses nothing."
                : ` ${changes} difference${changes === 1 ? "" : "s"} from the progress in this browser.`}
            </Text>
            <div className={styles.compare}>
              <div className={styles.figure}>
                <Text size={200}>In the {source}</Text>
                <Text className={styles.big}>{preview.incomingCompletion.overall.percent}% ready</Text>
                <Text size={200}>
                  {preview.incomingCompletion.overall.done} of {preview.incomingCompletion.overall.total} items done
                </Text>
              </div>
              <div className={styles.figure}>
                <Text size={200}>In this browser</Text>
                <Text className={styles.big}>{preview.localCompletion.overall.percent}% ready</Text>
                <Text size={200}>
                  {preview.localCompletion.overall.done} of {preview.localCompletion.overall.total} items done
                </Text>
              </div>
            </div>
            {!preview.localIsEmpty && <ImportChanges preview={preview} />}
            <Text size={200}>
              <strong>Replace</strong> uses the {source} as it is (you can restore your current progress afterwards).{" "}
              <strong>Merge</strong> keeps the newer version of each item and decision.
            </Text>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onReplace}>
              Replace
            </Button>
            {!preview.localIsEmpty && <Button onClick={onMerge}>Merge</Button>}
            <Button onClick={onCancel}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
