import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { backupFile } from "../../domain/export/backup.ts";
import { useNotify } from "../../components/toast/notify.tsx";
import { downloadText } from "../../services/download/download.ts";
import { useImport } from "./ImportHost.tsx";

export function ImportBanners() {
  const { error, replaced, dismissError, dismissReplaced } = useImport();
  const notify = useNotify();
  return (
    <>
      {error && (
        <MessageBar intent="error" layout="multiline" data-testid="import-error">
          <MessageBarBody>
            <MessageBarTitle>The progress could not be opened</MessageBarTitle>
            {error} Your progress in this browser was not changed.
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="transparent" onClick={dismissError}>
              Dismiss
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {replaced && (
        <MessageBar intent="info" layout="multiline" data-testid="replaced-banner">
          <MessageBarBody>
            <MessageBarTitle>Progress {replaced.kind}</MessageBarTitle>
            {replaced.keptAs
              ? "A copy of your previous progress is kept in this browser (Export › Copies kept in this browser)."
              : "This browser does not store data for this site, so no copy could be kept: download your previous progress to keep it."}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              onClick={() => {
                const result = replaced.undo();
                if (!result.ok) return notify(result.message, { intent: "error" });
                dismissReplaced();
                notify("Previous progress restored.");
              }}
            >
              Restore previous progress
            </Button>
            <Button
              appearance="transparent"
              onClick={() => {
                const file = backupFile(replaced.previous, new Date());
                downloadText(file.filename, file.text, "application/json");
              }}
            >
              Download previous progress
            </Button>
            <Button appearance="transparent" onClick={dismissReplaced}>
              Dismiss
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
