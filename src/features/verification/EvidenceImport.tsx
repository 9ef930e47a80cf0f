import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { EvidenceConsent } from "./EvidenceConsent.tsx";
import { EvidencePicker } from "./EvidencePicker.tsx";
import { SCRIPT_FILE_NAME, ScriptBlock } from "./ScriptBlock.tsx";
import { useEvidenceImport } from "./useEvidenceImport.ts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  second: { marginTop: tokens.spacingVerticalM },
  text: { margin: 0 },
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  command: {
    fontFamily: tokens.fontFamilyMonospace,
    backgroundColor: tokens.colorNeutralBackground3,
    paddingInline: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
    overflowWrap: "anywhere",
  },
});

/** The offline way: run a read-only PowerShell script, then import the JSON file it writes. */
export function EvidenceImport() {
  const styles = useStyles();
  const { problem, busy, importFiles, dismiss } = useEvidenceImport();
  const command = (text: string) => <code className={styles.command}>{text}</code>;
  return (
    <div className={styles.root}>
      <h3 className={styles.heading}>1. Collect the evidence with PowerShell</h3>
      <p className={styles.text}>
        No app registration of your own: the script signs in with the Microsoft Graph PowerShell module, sends only GET requests and
        writes the answers to a JSON file on your computer. Review it below before you run it.
      </p>
      <EvidenceConsent />
      <ol className={styles.steps}>
        <li>Install PowerShell 7 ({command("pwsh")}) on Windows, macOS or Linux.</li>
        <li>Run {command("Install-Module Microsoft.Graph.Authentication -Scope CurrentUser")} once.</li>
        <li>
          Download the script, then run {command(`pwsh ./${SCRIPT_FILE_NAME}`)} (or {command(`./${SCRIPT_FILE_NAME}`)} inside pwsh) and
          sign in as an Intune admin (after the consent above). Add {command("-TenantId contoso.onmicrosoft.com")} to pick a tenant, or {command("-UseDeviceCode")}{" "}
          over SSH.
        </li>
        <li>It writes {command("intune-mac-evidence.json")}. Import that file below.</li>
      </ol>
      <ScriptBlock />
      <h3 className={`${styles.heading} ${styles.second}`}>2. Import the evidence file</h3>
      <EvidencePicker busy={busy} onFiles={(files) => void importFiles(files)} />
      {problem && (
        <MessageBar intent="error" layout="multiline" data-testid="evidence-error">
          <MessageBarBody>
            <MessageBarTitle>{problem.fileName ? `Could not import ${problem.fileName}` : "Could not import"}</MessageBarTitle>
            {problem.message} Your results were not changed.
          </MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" aria-label="Dismiss" icon={<DismissRegular />} onClick={dismiss} />} />
        </MessageBar>
      )}
    </div>
  );
}
