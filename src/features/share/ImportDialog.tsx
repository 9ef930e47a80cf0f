import { useMemo } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { IncomingProgress, Progress } from "../../domain/progress/model.ts";
import { buildImportPreview, type ImportPreview } from "../../domain/share/preview.ts";
import type { Completion } from "../../domain/rules/completion.ts";
import { formatDateTime } from "../../components/format/dates.ts";
import { ImportChanges } from "./ImportChanges.tsx";

export type Incoming = {
  progress: Progress;
  /** What a link actually carries (fields it leaves out are not there); absent for backups, which carry all. */
  mentioned?: IncomingProgress;
  sharedBy: string | null;
  sharedAt: string;
  origin: "link" | "backup";
};

const useStyles = makeStyles({
  surface: { maxWidth: "min(760px, calc(100vw - 32px))" },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  compare: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(150px, 1fr))", gap: tokens.spacingHorizontalL },
  figure: { display: "flex", flexDirection: "column" },
  big: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  choices: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

type Props = {
  incoming: Incoming;
  local: Progress;
  /** A refusal from the last choice (the copy of the current progress could not be kept). */
  error: string | null;
  onReplace: (preview: ImportPreview) => void;
  onMerge: (preview: ImportPreview) => void;
  onCancel: () => void;
};

function Figure({ label, value }: { label: string; value: Completion }) {
  const styles = useStyles();
  return (
    <div className={styles.figure}>
      <Text size={200}>{label}</Text>
      <Text className={styles.big}>{value.overall.percent}% ready</Text>
      <Text size={200}>
        {value.overall.done} of {value.overall.total} items done
      </Text>
    </div>
  );
}

function summary(preview: ImportPreview, source: string): string {
  if (preview.localIsEmpty) return " This browser has no progress yet, so opening it loses nothing.";
  const n = preview.changes.length;
  if (n === 0) return " It holds nothing that differs from the progress in this browser.";
  const taken = preview.changes.filter((c) => c.winner === "incoming").length;
  return ` ${n} field${n === 1 ? "" : "s"} differ from this browser: a merge takes ${taken} from the ${source} and keeps ${n - taken} of yours.`;
}

export function ImportDialog({ incoming, local, error, onReplace, onMerge, onCancel }: Props) {
  const styles = useStyles();
  const preview = useMemo(() => buildImportPreview(local, incoming, new Date()), [local, incoming]);
  const source = incoming.origin === "link" ? "link" : "backup";
  const who = incoming.sharedBy ? ` by ${incoming.sharedBy}` : "";
  const hasLocal = !preview.localIsEmpty;
  return (
    <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface className={styles.surface} aria-describedby="import-summary">
        <DialogBody>
          <DialogTitle>Open progress from a {incoming.origin === "link" ? "shared link" : "backup file"}?</DialogTitle>
          <DialogContent className={styles.content}>
            <Text id="import-summary">
              {incoming.origin === "link" ? "Shared" : "Saved"}
              {who} on {formatDateTime(incoming.sharedAt)}. Nothing changes until you choose.
              {summary(preview, source)}
              {preview.clampedTimes > 0 &&
                ` ${preview.clampedTimes} time${preview.clampedTimes === 1 ? " was" : "s were"} later than now and count as now.`}
            </Text>
            <div className={styles.compare}>
              <Figure label={`In the ${source}`} value={preview.incomingCompletion} />
              {hasLocal && <Figure label="In this browser" value={preview.localCompletion} />}
              {hasLocal && <Figure label="After a merge" value={preview.mergedCompletion} />}
            </div>
            {hasLocal && <ImportChanges preview={preview} source={source} />}
            {hasLocal && (
              <ul className={styles.choices}>
                <li>
                  <strong>Merge</strong> keeps, field by field, whichever side was written later; anything the {source} does
                  not mention stays as it is.
                </li>
                <li>
                  <strong>Replace</strong> uses the {source} as it is and drops what only this browser has.
                </li>
                <li>Either way a copy of your current progress is kept first (Export › Copies kept in this browser).</li>
              </ul>
            )}
            {error && (
              <MessageBar intent="error" layout="multiline" data-testid="import-refused">
                <MessageBarBody>{error}</MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            {hasLocal ? (
              <>
                <Button appearance="primary" onClick={() => onMerge(preview)}>
                  Merge
                </Button>
                <Button onClick={() => onReplace(preview)}>Replace</Button>
              </>
            ) : (
              <Button appearance="primary" onClick={() => onReplace(preview)}>
                Open
              </Button>
            )}
            <Button onClick={onCancel}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
