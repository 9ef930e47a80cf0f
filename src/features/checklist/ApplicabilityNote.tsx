import { useId } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { APPLICABILITY_LABELS, type Applicability } from "../../domain/rules/applicability.ts";
import type { Tone } from "../../components/badges/badge-tables.ts";
import { ToneBadge } from "../../components/badges/ToneBadge.tsx";

const LEVEL = {
  required: { label: APPLICABILITY_LABELS.required, tone: "progress" },
  optional: { label: APPLICABILITY_LABELS.optional, tone: "todo" },
  "not-needed": { label: APPLICABILITY_LABELS["not-needed"], tone: "neutral" },
} as const satisfies Record<Applicability["level"], { label: string; tone: Tone }>;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  reason: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  listLabel: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalXXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, fontSize: tokens.fontSizeBase200 },
});

/** `showLevel` is off where every item is always required (organization, strategy): only requirements are worth showing there. */
export function ApplicabilityNote({ applicability, showLevel }: { applicability: Applicability; showLevel: boolean }) {
  const styles = useStyles();
  const level = LEVEL[applicability.level];
  const labelId = useId();
  if (!showLevel && applicability.requirements.length === 0) return null;
  return (
    <div className={styles.root} data-applicability={applicability.level}>
      {showLevel && (
        <>
          <ToneBadge tone={level.tone} label={level.label} />
          <span className={styles.reason}>{applicability.reason}</span>
        </>
      )}
      {applicability.requirements.length > 0 && (
        <>
          <span id={labelId} className={styles.listLabel}>
            What your strategy requires:
          </span>
          <ul className={styles.list} aria-labelledby={labelId}>
          {applicability.requirements.map((requirement) => (
            <li key={requirement}>{requirement}</li>
          ))}
          </ul>
        </>
      )}
    </div>
  );
}
