import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useProgressActions, useSessionSelector } from "../../components/progress/ProgressContext.tsx";
import { downloadText } from "../../services/download/download.ts";
import { catalogItem } from "../../domain/catalog/catalog.ts";
import { isItemId } from "../../domain/catalog/ids.ts";
import type { RepairNote } from "../../domain/progress/repair.ts";

const useStyles = makeStyles({ stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

export function StorageBanners() {
  const styles = useStyles();
  const { dismissRecovery, dismissRepaired } = useProgressActions();
  const persistence = useSessionSelector((session) => session.persistence);
  const recovery = useSessionSelector((session) => session.recovery);
  const repaired = useSessionSelector((session) => session.repaired);
  if (persistence.kind === "saved" && !recovery && !repaired) return null;
  return (
    <div className={styles.stack}>
      {persistence.kind === "locked" && (
        <MessageBar intent="error" layout="multiline" data-testid="newer-format-banner">
          <MessageBarBody>
            <MessageBarTitle>This tab stopped saving</MessageBarTitle>
            {persistence.reason} So that it does not overwrite that progress, this tab no longer saves: changes made here are
            lost when it closes.{persistence.keptAs ? " A copy of that progress is also kept in this browser." : ""}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => window.location.reload()}>
              Reload
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {repaired && (
        <MessageBar intent="warning" layout="multiline" data-testid="repaired-banner">
          <MessageBarBody>
            <MessageBarTitle>Some saved entries could not be used as they were</MessageBarTitle>
            Everything else was loaded.{" "}
            {repaired.keptAs
              ? "The save as it was is kept under Export › Copies kept in this browser."
              : "The save as it was could not be copied aside; download a backup now."}
            <ul>
              {repaired.notes.map((note) => (
                <li key={note.path}>{describeNote(note)}</li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="transparent" onClick={dismissRepaired}>
              Dismiss
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {recovery && (
        <MessageBar intent="warning" layout="multiline" data-testid="recovery-banner">
          <MessageBarBody>
            <MessageBarTitle>Your saved progress could not be read</MessageBarTitle>
            {recovery.reason} The app started with an empty checklist.{" "}
            {recovery.keptAs
              ? "The unreadable data was kept aside in this browser; download it to keep a copy or to send it to us."
              : "The unreadable data could not be copied aside, so nothing will be saved over it until you download it or dismiss this message."}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => downloadText("intune-mac-readiness-unreadable-progress.txt", recovery.raw)}>Download the unreadable data</Button>
            <Button appearance="transparent" onClick={dismissRecovery}>
              Dismiss
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {persistence.kind === "memory-only" && (
        <MessageBar intent="error" layout="multiline" data-testid="storage-warning">
          <MessageBarBody>
            <MessageBarTitle>Progress is not being saved</MessageBarTitle>
            {persistence.reason === "quota"
              ? "This browser's storage is full. "
              : "This browser does not allow this site to store data (for example in private mode). "}
            Everything keeps working in this tab, but closing it loses your changes. Download a backup or share a link to keep them.
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

function describeNote({ path, problem, action }: RepairNote): string {
  const [section, key = ""] = path.split("/");
  const what = isItemId(key) ? catalogItem(key).title : section === "decisions" ? `Decision "${key}"` : section === "meta" ? "Organization details" : path;
  return `${what}: ${problem} ${action === "repaired" ? "Repaired: the invalid value was shortened or cleared." : "Set aside."}`;
}
