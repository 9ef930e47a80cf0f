import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Edit16Regular, Print20Regular } from "@fluentui/react-icons";
import { CATALOG_STEPS, itemsOfStep } from "../../domain/catalog/catalog.ts";
import type { DecisionKey } from "../../domain/catalog/types.ts";
import { applicabilityAll } from "../../domain/rules/applicability.ts";
import { completion } from "../../domain/rules/completion.ts";
import { DECISION_TITLES, describeDecision } from "../../domain/strategy/describe.ts";
import type { DecisionValues } from "../../domain/strategy/schema.ts";
import { useProgress } from "../../components/progress/ProgressContext.tsx";
import { formatDateTime } from "../../components/format/dates.ts";
import { SummaryTable } from "./SummaryTable.tsx";
import { RolloutPlanSection } from "./RolloutPlanSection.tsx";
import { contradictedItems } from "../../domain/verification/contradictions.ts";
import { setAsideItems } from "../../domain/rules/set-aside.ts";
import { isVerifiableStep } from "../../domain/catalog/ids.ts";
import { executiveSummary } from "../../domain/rules/executive.ts";
import { ExecutiveBlock } from "../../components/executive/ExecutiveBlock.tsx";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  sectionHead: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  decisions: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(260px, 1fr))", gap: tokens.spacingHorizontalXL, rowGap: tokens.spacingVerticalL },
  // Long labels ("Bought through Apple Business Manager") wrap rather than squeeze the answers to a letter per line.
  dl: { margin: 0, display: "grid", gridTemplateColumns: "fit-content(50%) minmax(0, 1fr)", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS },
  dt: { color: tokens.colorNeutralForeground2 },
  dd: { margin: 0, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3 },
  pair: { display: "contents" },
  contradiction: { margin: 0, fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
  setAside: { margin: 0, fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteDarkOrangeForeground1 },
});


const DECISION_KEYS = Object.keys(DECISION_TITLES) as DecisionKey[];

type Props = { onEdit: (path: string) => void; stepPath: (step: string) => string; onPrint: () => void };

export function SummaryPage({ onEdit, stepPath, onPrint }: Props) {
  const styles = useStyles();
  const { progress } = useProgress();
  const applicability = applicabilityAll(progress.decisions);
  const done = completion(progress);
  const contradicted = contradictedItems(progress).length;
  const setAside = setAsideItems(progress).length;
  const now = new Date();
  return (
    <div className={styles.stack}>
      <ExecutiveBlock executive={executiveSummary(progress, now)} now={now} variant="screen" />
      <Text as="p">
        <strong data-testid="summary-overall">
          {done.overall.percent}% ready — {done.overall.done} of {done.overall.total} applicable items done.
        </strong>{" "}
        {progress.updatedAt ? `Last change ${formatDateTime(progress.updatedAt)}.` : "Nothing recorded yet."}
      </Text>
      {contradicted > 0 && (
        <Text as="p" className={styles.contradiction} data-testid="summary-contradictions">
          {contradicted === 1 ? "1 item is" : `${contradicted} items are`} marked done, but the last check of your tenant found{" "}
          {contradicted === 1 ? "it" : "them"} not ready: see Tenant prerequisites below.
        </Text>
      )}
      {setAside > 0 && (
        <Text as="p" className={styles.setAside} data-testid="summary-set-aside">
          {setAside === 1 ? "1 item your strategy requires is" : `${setAside} items your strategy requires are`} marked not applicable
          and left out of the readiness figure.
        </Text>
      )}
      <div>
        <Button appearance="primary" icon={<Print20Regular />} onClick={onPrint}>
          Print / Save as PDF for sign-off
        </Button>
      </div>
      <RolloutPlanSection progress={progress} onEdit={onEdit} stepPath={stepPath} />
      {CATALOG_STEPS.map((step) => (
        <section key={step.id} className={styles.section} aria-labelledby={`summary-${step.id}`}>
          <div className={styles.sectionHead}>
            <h2 id={`summary-${step.id}`} className={styles.h2}>
              {step.title}
            </h2>
            <Button appearance="subtle" icon={<Edit16Regular />} onClick={() => onEdit(stepPath(step.id))} aria-label={`Edit ${step.title}`}>
              Edit
            </Button>
          </div>
          <SummaryTable
            caption={`${done.steps[step.id].done} of ${done.steps[step.id].total} applicable items done`}
            items={itemsOfStep(step.id)}
            progress={progress}
            applicability={applicability}
            now={now}
            showVerdict={isVerifiableStep(step.id)}
          />
        </section>
      ))}
      <section className={styles.section} aria-labelledby="summary-decisions">
        <h2 id="summary-decisions" className={styles.h2}>
          Recorded decisions
        </h2>
        <div className={styles.decisions}>
          {DECISION_KEYS.map((key) => (
            <DecisionBlock key={key} decisionKey={key} />
          ))}
        </div>
      </section>
    </div>
  );
}

function DecisionBlock({ decisionKey }: { decisionKey: DecisionKey }) {
  const styles = useStyles();
  const { progress } = useProgress();
  const decided = progress.decisions[decisionKey];
  return (
    <div data-decision={decisionKey}>
      <h3 className={styles.h3}>{DECISION_TITLES[decisionKey]}</h3>
      {decided ? (
        <dl className={styles.dl}>
          {describeDecision(decisionKey, decided.value as DecisionValues[typeof decisionKey]).map((line) => (
            <div key={line.label} className={styles.pair}>
              <dt className={styles.dt}>{line.label}</dt>
              <dd className={styles.dd}>{line.value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <Text className={styles.muted}>Not decided yet.</Text>
      )}
    </div>
  );
}
