import { useState } from "react";
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { backupFile } from "../../domain/export/backup.ts";
import { completion } from "../../domain/rules/completion.ts";
import { useProgressActions, type KeptCopy } from "../../components/progress/ProgressContext.tsx";
import { useNotify } from "../../components/toast/notify.tsx";
import { useAnnounce } from "../../components/announcer/Announcer.tsx";
import { formatDateTime } from "../../components/format/dates.ts";
import { downloadText } from "../../services/download/download.ts";
import { RETENTION } from "../../services/storage/progress-store.ts";

const useStyles = makeStyles({
  intro: { margin: `0 0 ${tokens.spacingVerticalM}` },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  copy: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  what: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

function describe(copy: KeptCopy): string {
  if (!copy.readable) return `Unreadable saved data (${copy.raw.length.toLocaleString("en-US")} characters). ${copy.reason}`;
  const { done, total } = completion(copy.progress).overall;
  const who = copy.progress.meta.organization || copy.progress.meta.tenantName;
  return `${who ? `${who} · ` : ""}${done} of ${total} applicable items done`;
}

function download(copy: KeptCopy) {
  if (!copy.readable) return downloadText("intune-mac-readiness-unreadable-progress.txt", copy.raw);
  const file = backupFile(copy.progress, new Date(copy.savedAt));
  downloadText(file.filename, file.text, "application/json");
}

/** Progress a merge, import or Start over replaced, and saved data that could not be read: kept in this browser until deleted. */
export function KeptCopiesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const styles = useStyles();
  const { keptCopies, restoreKeptCopy, removeKeptCopy } = useProgressActions();
  const notify = useNotify();
  const announce = useAnnounce();
  const [, setRevision] = useState(0);
  const [confirming, setConfirming] = useState<string | null>(null);
  const copies = open ? keptCopies() : [];
  const refresh = () => setRevision((n) => n + 1);

  const restoreCopy = (copy: KeptCopy) => {
    const result = restoreKeptCopy(copy.key);
    if (!result.ok) {
      notify(result.message, { intent: "error" });
      return;
    }
    onClose();
    notify("Copy restored. The progress it replaced is kept as a copy in turn.");
  };
  const deleteCopy = (copy: KeptCopy) => {
    if (confirming !== copy.key) return setConfirming(copy.key);
    removeKeptCopy(copy.key);
    setConfirming(null);
    announce("Copy deleted.");
    refresh();
  };

  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface aria-describedby="kept-copies-intro retention-rule">
        <DialogBody>
          <DialogTitle>Copies kept in this browser</DialogTitle>
          <DialogContent>
            <Text as="p" block id="kept-copies-intro" className={styles.intro}>
              Before a merge, an import or Start over changes your progress, a copy is kept here; saved data that could not be
              read is kept here too.
            </Text>
            <Text as="p" block id="retention-rule" className={styles.intro} data-testid="retention-rule">
              <strong>What is kept:</strong> the {RETENTION.keepNewest} newest copies, plus every copy from the last{" "}
              {RETENTION.keepDays} days. Older copies beyond that are deleted when a new one is kept. Nothing leaves this
              browser.
            </Text>
            {copies.length === 0 ? (
              <Text as="p" block data-testid="kept-copies-empty">
                No copies are kept in this browser.
              </Text>
            ) : (
              <ul className={styles.list} data-testid="kept-copies">
                {copies.map((copy, index) => (
                  <CopyRow
                    key={copy.key}
                    copy={copy}
                    // Two copies can be kept within the same minute: the number tells their buttons apart.
                    name={`copy ${index + 1} (kept ${formatDateTime(copy.savedAt)})`}
                    confirming={confirming === copy.key}
                    onRestore={() => restoreCopy(copy)}
                    onDelete={() => deleteCopy(copy)}
                  />
                ))}
              </ul>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>Close</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

type RowProps = { copy: KeptCopy; name: string; confirming: boolean; onRestore: () => void; onDelete: () => void };

/** One kept copy; every button's accessible name says which copy it acts on. */
function CopyRow({ copy, name, confirming, onRestore, onDelete }: RowProps) {
  const styles = useStyles();
  return (
    <li className={styles.copy} aria-label={name.charAt(0).toUpperCase() + name.slice(1)}>
      <Text weight="semibold">Kept {formatDateTime(copy.savedAt)}</Text>
      <Text className={styles.what}>{describe(copy)}</Text>
      <div className={styles.actions}>
        {copy.readable && (
          <Button size="small" appearance="primary" aria-label={`Restore ${name}`} onClick={onRestore}>
            Restore this copy
          </Button>
        )}
        <Button size="small" aria-label={`Download ${name}`} onClick={() => download(copy)}>
          Download
        </Button>
        <Button size="small" appearance="subtle" aria-label={confirming ? `Delete ${name} for good?` : `Delete ${name}`} onClick={onDelete}>
          {confirming ? "Delete for good?" : "Delete"}
        </Button>
      </div>
    </li>
  );
}
