import { useEffect, useState, type FormEventHandler, type ReactNode } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Warning16Filled } from "@fluentui/react-icons";
import { FormActions } from "../../components/FormActions.tsx";
import type { DecisionFormState } from "./useDecisionForm.ts";
import { savedAgo } from "./savedAgo.ts";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL, maxWidth: "720px" },
  notice: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}`,
  },
  noticeIcon: { color: tokens.colorPaletteYellowForeground1, flexShrink: 0 },
});

/** The clock for "Saved 3 minutes ago": ticks once a minute, and only while a decision is shown. */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

export type DecisionFrameProps = {
  /** Accessible name of the form, e.g. "Device strategy". */
  label: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  state: DecisionFormState;
  decidedAt: string | undefined;
  onLoadSaved: () => void;
  children: ReactNode;
};

/** What every decision form shares: the conflict notice, the Save row and the saved-when status. */
export function DecisionFrame({ label, onSubmit, state, decidedAt, onLoadSaved, children }: DecisionFrameProps) {
  const styles = useStyles();
  const now = useNow(decidedAt !== undefined);
  const status = [state.saved ? null : savedAgo(decidedAt, now), state.dirty ? "Unsaved changes" : null]
    .filter(Boolean)
    .join(" · ");
  return (
    // noValidate: the browser's own number checks would block submit before the schema's messages can show.
    <form aria-label={label} className={styles.form} onSubmit={onSubmit} noValidate>
      {/* Not a Fluent MessageBar: it needs ResizeObserver, which test DOMs lack. The live wrapper always exists. */}
      <div aria-live="polite">
        {state.conflict ? (
          <div className={styles.notice}>
            <Warning16Filled aria-hidden="true" className={styles.noticeIcon} />
            <span>Changed elsewhere — Save keeps your version.</span>
            <Button size="small" onClick={onLoadSaved}>
              Discard my changes
            </Button>
          </div>
        ) : null}
      </div>
      {children}
      <FormActions saved={state.saved} savedText="Decision saved">
        {status}
      </FormActions>
    </form>
  );
}
