import { useRef, useState, type DragEvent } from "react";
import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { DocumentArrowUp20Regular } from "@fluentui/react-icons";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hint: { color: tokens.colorNeutralForeground2 },
  input: { display: "none" },
});

type Props = { busy: boolean; onFiles: (files: readonly File[]) => void };

/** A real button opens the file picker (keyboard and screen readers); dropping a file on the zone does the same. */
export function EvidencePicker({ busy, onFiles }: Props) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    onFiles([...event.dataTransfer.files]);
  };
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid="evidence-drop-zone"
    >
      <Button appearance="primary" icon={<DocumentArrowUp20Regular />} disabled={busy} onClick={() => input.current?.click()}>
        Choose evidence file…
      </Button>
      <Text className={styles.hint}>or drop the JSON file here</Text>
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept=".json,application/json"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          // Cleared so picking the same file again still fires a change.
          event.currentTarget.value = "";
          onFiles(files);
        }}
        data-testid="evidence-file-input"
      />
    </div>
  );
}
