import { memo } from "react";
import { Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { BLOCKED_REASON_MAX_LENGTH } from "../../domain/progress/validation.ts";

const useStyles = makeStyles({
  field: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteRedBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}`,
  },
});

export const BLOCKED_PROMPT = "What blocks it, and who can unblock it?";

/** Asked as soon as an item is marked Blocked; saved as typed, printed on the executive summary. */
export const BlockedReason = memo(function BlockedReason({ title, value, onChange }: { title: string; value: string; onChange: (reason: string) => void }) {
  const styles = useStyles();
  const empty = value.trim() === "";
  return (
    <Field
      className={styles.field}
      label={BLOCKED_PROMPT}
      hint={empty ? "The summary and the printout name the blocker and who can unblock it: a sentence is enough." : undefined}
      validationState={empty ? "warning" : "none"}
      validationMessage={empty ? "No reason recorded yet." : undefined}
    >
      <Textarea
        value={value}
        maxLength={BLOCKED_REASON_MAX_LENGTH}
        resize="vertical"
        placeholder="e.g. Waiting for the reseller to link our Apple Business Manager; Lars (procurement) can chase it."
        onChange={(_, d) => onChange(d.value)}
        aria-label={`What blocks ${title}, and who can unblock it`}
        data-testid="blocked-reason"
      />
    </Field>
  );
});
