import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowSwap20Regular } from "@fluentui/react-icons";

const useStyles = makeStyles({
  note: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    maxWidth: "720px",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
  icon: { flexShrink: 0, color: tokens.colorBrandForeground1, marginTop: "2px" },
});

/** "What this decision changed": the sentence derived from the checklist before and after the save. */
export function TailoringNote({ text }: { text: string | undefined }) {
  const styles = useStyles();
  if (!text) return null;
  return (
    <div className={styles.note} data-testid="tailoring-note">
      <ArrowSwap20Regular aria-hidden className={styles.icon} />
      <Text>
        <strong>What this decision changed:</strong> {text}
      </Text>
    </div>
  );
}
