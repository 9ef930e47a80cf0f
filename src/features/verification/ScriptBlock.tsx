import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownload16Regular, Copy16Regular } from "@fluentui/react-icons";
import { COLLECT_SCRIPT } from "./collect-script.ts";
import { copyText, downloadText } from "../../services/download/download.ts";
import { useNotify } from "../../components/toast/notify.tsx";

export const SCRIPT_FILE_NAME = "collect-evidence.ps1";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  code: {
    margin: 0,
    maxHeight: "16rem",
    overflow: "auto",
    padding: tokens.spacingHorizontalM,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

/** The read-only collection script, shown in full so it can be reviewed before it is run. */
export function ScriptBlock() {
  const styles = useStyles();
  const notify = useNotify();
  const copy = async () => {
    if (await copyText(COLLECT_SCRIPT)) notify("Script copied");
    else notify("Could not copy: download the script instead", { intent: "error" });
  };
  const download = () => {
    downloadText(SCRIPT_FILE_NAME, COLLECT_SCRIPT);
    notify(`Downloaded ${SCRIPT_FILE_NAME}`);
  };
  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Button icon={<ArrowDownload16Regular />} onClick={download}>
          Download {SCRIPT_FILE_NAME}
        </Button>
        <Button icon={<Copy16Regular />} onClick={() => void copy()}>
          Copy script
        </Button>
      </div>
      {/* Focusable so keyboard users can scroll it; labelled so the region announces what it holds. */}
      <pre className={styles.code} tabIndex={0} role="region" aria-label={`Script ${SCRIPT_FILE_NAME} (read-only)`}>
        <code>{COLLECT_SCRIPT}</code>
      </pre>
    </div>
  );
}
