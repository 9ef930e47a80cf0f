import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowSyncRegular, DeleteRegular } from "@fluentui/react-icons";
import { VERDICTS } from "../../domain/verification/types.ts";
import { STALE_AFTER_DAYS } from "../../domain/verification/records.ts";
import { VerdictBadge } from "../../components/badges/StatusBadge.tsx";
import { ToneBadge } from "../../components/badges/ToneBadge.tsx";
import { STRATEGY_CHANGED_TEXT } from "../../domain/verification/standing.ts";
import { formatDateTime } from "../../components/format/dates.ts";
import { SOURCE_LABELS, checkedText, type ResultsOverview as Overview } from "./results.ts";
import { useClearResults } from "./useRecordResults.ts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  header: { display: "flex", flexWrap: "wrap", alignItems: "baseline", justifyContent: "space-between", gap: tokens.spacingHorizontalM },
  when: { color: tokens.colorNeutralForeground2 },
  counts: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  count: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusCircular,
  },
  number: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  empty: { color: tokens.colorNeutralForeground2 },
});

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

type Props = { summary: Overview | null; now: Date; onRecheck: () => void };

/** Counts per verdict, where and when the results came from, and what to do when they are old. */
export function ResultsOverview({ summary, now, onRecheck }: Props) {
  const styles = useStyles();
  const clear = useClearResults();
  if (!summary) {
    return <Text className={styles.empty}>No results yet. Pick one of the three ways below: check live, import an evidence file, or try a sample tenant.</Text>;
  }
  const { latest } = summary;
  return (
    <div className={styles.root} data-testid="results-overview">
      <div className={styles.header}>
        <Text className={styles.when}>
          {sentence(checkedText(latest, now))} · {formatDateTime(latest.checkedAt)}
        </Text>
        <Button appearance="subtle" icon={<DeleteRegular />} onClick={() => clear("Results cleared")}>
          Clear results
        </Button>
      </div>
      <ul className={styles.counts} aria-label="Results per verdict">
        {VERDICTS.filter((v) => summary.counts[v] > 0).map((v) => (
          <li key={v} className={styles.count} data-verdict-count={v}>
            <span className={styles.number}>{summary.counts[v]}</span>
            <VerdictBadge verdict={v} />
          </li>
        ))}
        {summary.strategyChanged > 0 && (
          <li className={styles.count} data-verdict-count="strategy-changed">
            <span className={styles.number}>{summary.strategyChanged}</span>
            <ToneBadge tone="progress" label={STRATEGY_CHANGED_TEXT} />
          </li>
        )}
      </ul>
      {summary.sources.length > 1 && (
        <Text className={styles.when}>These results come from different checks ({summary.sources.map((s) => SOURCE_LABELS[s]).join(", ")}).</Text>
      )}
      {summary.stale && (
        <MessageBar intent="warning" layout="multiline" data-testid="stale-warning">
          <MessageBarBody>
            <MessageBarTitle>Results older than {STALE_AFTER_DAYS} days</MessageBarTitle>
            Certificates and tokens expire and stop syncing on their own. Check again before you rely on these results.
          </MessageBarBody>
          <MessageBarActions>
            <Button icon={<ArrowSyncRegular />} onClick={onRecheck}>
              Re-check
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
