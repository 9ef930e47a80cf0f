import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { STRATEGY_CHANGED_TEXT, standingNotes, type Standing } from "../../domain/verification/standing.ts";
import { VerdictBadge } from "../badges/StatusBadge.tsx";
import { ToneBadge } from "../badges/ToneBadge.tsx";
import { formatDate } from "../format/dates.ts";

const useStyles = makeStyles({
  notes: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  note: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteMarigoldForeground2 },
});

/** The verdict a saved result may still show, or "Strategy changed since this check — check again" in its place. */
export function StandingBadge({ standing }: { standing: Standing }) {
  return standing.verdict === null ? (
    <span data-strategy-changed="">
      <ToneBadge tone="progress" label={STRATEGY_CHANGED_TEXT} />
    </span>
  ) : (
    <VerdictBadge verdict={standing.verdict} />
  );
}

/** Demo, imported and "last check failed" labels, in the same words on the cards and the summary. */
export function StandingNotes({ standing }: { standing: Standing }) {
  const styles = useStyles();
  const notes = standingNotes(standing, formatDate);
  if (notes.length === 0) return null;
  return (
    <span className={styles.notes} data-standing-notes="">
      {notes.map((note) => (
        <Text key={note} className={styles.note}>
          {note}
        </Text>
      ))}
    </span>
  );
}
