import { makeStyles, tokens } from "@fluentui/react-components";
import { catalogStep } from "../../domain/catalog/steps.ts";
import type { Progress } from "../../domain/progress/model.ts";
import { rolloutPlan } from "../../domain/plan/rollout-plan.ts";
import { localDay } from "../../domain/plan/today.ts";
import { STATUS_LABELS } from "../../components/badges/badge-tables.ts";
import { formatDate } from "../../components/format/dates.ts";
import { usePrintTableStyles } from "./PrintItemsTable.tsx";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  phaseRow: { "& th": { backgroundColor: tokens.colorNeutralBackground2, fontWeight: tokens.fontWeightSemibold } },
  due: { whiteSpace: "nowrap" },
  goal: { display: "block", fontWeight: tokens.fontWeightRegular, fontSize: tokens.fontSizeBase100 },
});

/** The printed rollout plan: one table, phase by phase, so a sponsor sees who does what by when in the right order. */
export function PrintRolloutPlan({ progress, now }: { progress: Progress; now: Date }) {
  const styles = useStyles();
  const table = usePrintTableStyles();
  const plan = rolloutPlan(progress, localDay(now));
  return (
    <section className={styles.section} aria-labelledby="print-plan" data-testid="print-plan">
      <h2 id="print-plan">Rollout plan</h2>
      <p>Applicable items in the order Microsoft recommends: set up, pilot one Mac, secure, enroll the rest, maintain.</p>
      <table className={table.table}>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Step</th>
            <th scope="col">Owner</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        {plan.map((phase, index) => (
          <tbody key={phase.id} data-print-phase={phase.id}>
            <tr className={styles.phaseRow}>
              <th scope="colgroup" colSpan={5}>
                {index + 1}. {phase.title}
                {phase.rows.length > 0 ? ` — ${phase.done} of ${phase.rows.length} done` : ""}
                <span className={styles.goal}>{phase.goal}</span>
              </th>
            </tr>
            {phase.rows.map((row) => (
              <tr key={row.id} data-print-plan-item={row.id}>
                <th scope="row">
                  {row.title}
                  {row.level === "optional" && <span className={table.small}>Optional</span>}
                </th>
                <td>{catalogStep(row.step).title}</td>
                <td className={table.wrap}>{row.owner || "—"}</td>
                <td className={styles.due}>
                  {row.dueDate ? formatDate(row.dueDate) : "—"}
                  {row.overdue && <span className={table.small}>Overdue</span>}
                </td>
                <td className={table.status}>{STATUS_LABELS[row.status]}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}
