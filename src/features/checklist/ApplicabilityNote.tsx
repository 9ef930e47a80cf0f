import { makeStyles, tokens } from "@fluentui/react-components";
import type { Applicability } from "../../domain/rules/applicability.ts";
import { ToneBadge } from "../../components/badges/ToneBadge.tsx";

const LEVEL = {
  required: { label: "Required for your strategy", tone: "progress" },
  optional: { label: "Optional", tone: "todo" },
  "not-needed": { label: "Not needed", tone: "neutral" },
} as const;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  reason: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, fontSize: tokens.fontSizeBase200 },
});

export function ApplicabilityNote({ applicability }: { applicability: Applicability }) {
  const styles = useStyles();
  const level = LEVEL[applicability.level];
  return (
    <div className={styles.root} data-applicability={applicability.level}>
      <ToneBadge tone={level.tone} label={level.label} />
      <span className={styles.reason}>{applicability.reason}</span>
      {applicability.requirements.length > 0 && (
        <ul className={styles.list} aria-label="What your strategy requires">
          {applicability.requirements.map((requirement) => (
            <li key={requirement}>{requirement}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
