import type { ReactNode } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled } from "@fluentui/react-icons";

export type FormActionsProps = {
  /** True from a successful save until the next edit: shows (and announces) the confirmation. */
  saved: boolean;
  submitLabel?: string;
  savedText?: string;
  disabled?: boolean;
  /** Quiet status text after the confirmation, e.g. "Saved 3 minutes ago". */
  children?: ReactNode;
};

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalL,
  },
  saved: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteGreenForeground1,
    fontSize: tokens.fontSizeBase300,
  },
  status: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase300 },
});

/** The Save row under a form. The live region is always rendered so screen readers notice when text appears in it. */
export function FormActions({ saved, submitLabel = "Save", savedText = "Saved", disabled, children }: FormActionsProps) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Button type="submit" appearance="primary" disabled={disabled}>
        {submitLabel}
      </Button>
      <span role="status" aria-live="polite" className={styles.saved}>
        {saved ? (
          <>
            <CheckmarkCircle16Filled aria-hidden="true" />
            {savedText}
          </>
        ) : null}
      </span>
      {children ? <span className={styles.status}>{children}</span> : null}
    </div>
  );
}
