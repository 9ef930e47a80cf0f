import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { catalogStep } from "../../domain/catalog/steps.ts";
import type { Progress } from "../../domain/progress/model.ts";
import { currentPhase, rolloutPlan, type PlanPhase } from "../../domain/plan/rollout-plan.ts";
import { localDay } from "../../domain/plan/today.ts";
import { StatusBadge } from "../../components/badges/StatusBadge.tsx";
import { formatDate } from "../../components/format/dates.ts";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  intro: { color: tokens.colorNeutralForeground2 },
  phases: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  phase: {
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  current: { borderLeftColor: tokens.colorBrandStroke1 },
  phaseHead: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: tokens.spacingHorizontalM },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  tally: { color: tokens.colorNeutralForeground3 },
  goal: { color: tokens.colorNeutralForeground2 },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    // Fixed widths line the columns of all phases up, so the plan reads as one table.
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase300,
    "& th, & td": {
      textAlign: "start",
      verticalAlign: "top",
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    "& thead th": { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
    "& th[scope=row]": { fontWeight: tokens.fontWeightRegular },
    "& col.item": { width: "46%" },
    "& col.owner": { width: "22%" },
    "& col.due": { width: "14%" },
    "& col.status": { width: "18%" },
    "@media (max-width: 720px)": {
      "& colgroup": { display: "none" },
      "& thead": { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)" },
      "& tr": { display: "block", borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, padding: `${tokens.spacingVerticalXS} 0` },
      "& td, & th[scope=row]": { display: "block", borderBottom: "none", padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}` },
      "& td[data-label]::before": { content: "attr(data-label) ': '", fontWeight: tokens.fontWeightSemibold },
    },
  },
  step: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  muted: { color: tokens.colorNeutralForeground3 },
  overdue: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
});

type Props = { progress: Progress; onEdit: (path: string) => void; stepPath: (step: string) => string; now?: Date };

/** The summary's rollout plan: applicable items in Microsoft's recommended order, with owners and due dates. */
export function RolloutPlanSection({ progress, onEdit, stepPath, now = new Date() }: Props) {
  const styles = useStyles();
  const plan = rolloutPlan(progress, localDay(now));
  const current = currentPhase(plan);
  return (
    <section className={styles.section} aria-labelledby="summary-plan" data-testid="rollout-plan">
      <h2 id="summary-plan" className={styles.h2}>
        Rollout plan
      </h2>
      <Text as="p" className={styles.intro}>
        The items that apply to your strategy, in the order Microsoft recommends: set up, pilot one Mac, secure, enroll the rest,
        maintain.
      </Text>
      <ol className={styles.phases}>
        {plan.map((phase, index) => (
          <li key={phase.id} className={phase.id === current ? `${styles.phase} ${styles.current}` : styles.phase} data-plan-phase={phase.id}>
            <div className={styles.phaseHead}>
              <h3 className={styles.h3}>
                {index + 1}. {phase.title}
              </h3>
              {phase.rows.length > 0 && (
                <span className={styles.tally}>
                  {phase.done} of {phase.rows.length} done{phase.id === current ? " · you are here" : ""}
                </span>
              )}
            </div>
            <Text className={styles.goal}>{phase.goal}</Text>
            {phase.rows.length > 0 && <PhaseTable phase={phase} onEdit={onEdit} stepPath={stepPath} />}
          </li>
        ))}
      </ol>
    </section>
  );
}

function PhaseTable({ phase, onEdit, stepPath }: { phase: PlanPhase; onEdit: (path: string) => void; stepPath: (step: string) => string }) {
  const styles = useStyles();
  return (
    <table className={styles.table} aria-label={phase.title}>
      <colgroup>
        <col className="item" />
        <col className="owner" />
        <col className="due" />
        <col className="status" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">Owner</th>
          <th scope="col">Due</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {phase.rows.map((row) => (
          <tr key={row.id} data-plan-item={row.id} data-status={row.status}>
            <th scope="row">
              {row.title}
              <span className={styles.step}>
                <Link as="button" onClick={() => onEdit(stepPath(row.step))} aria-label={`${catalogStep(row.step).title}: edit ${row.title}`}>
                  {catalogStep(row.step).title}
                </Link>
                {row.level === "optional" ? " · optional" : ""}
              </span>
            </th>
            <td data-label="Owner">{row.owner || <span className={styles.muted}>No owner</span>}</td>
            <td data-label="Due">
              {row.dueDate ? <span className={row.overdue ? styles.overdue : undefined}>{formatDate(row.dueDate)}{row.overdue ? " (overdue)" : ""}</span> : <span className={styles.muted}>–</span>}
            </td>
            <td data-label="Status">
              <StatusBadge status={row.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
