import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useProgress } from "../../components/progress/ProgressContext.tsx";
import { downloadText } from "../../services/download/download.ts";

const useStyles = makeStyles({ stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

export function StorageBanners() {
  const styles = useStyles();
  const { persistence, recovery, dismissRecovery } = useProgress();
  if (persistence.kind === "saved" && !recovery) return null;
  return (
    <div className={styles.stack}>
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
