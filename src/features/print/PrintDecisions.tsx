import type { DecisionKey } from "../../domain/catalog/types.ts";
import type { Progress } from "../../domain/progress/model.ts";
import { DECISION_TITLES, describeDecision } from "../../domain/strategy/describe.ts";
import type { DecisionValues } from "../../domain/strategy/schema.ts";
import { usePrintTableStyles } from "./PrintItemsTable.tsx";


export function PrintDecisions({ progress }: { progress: Progress }) {
  const styles = usePrintTableStyles();
  return (
    <section aria-labelledby="print-decisions">
      <h2 id="print-decisions">Recorded decisions</h2>
      <table className={styles.table}>
        <tbody>
          {(Object.keys(DECISION_TITLES) as DecisionKey[]).map((key) => {
            const decided = progress.decisions[key];
            const lines = decided ? describeDecision(key, decided.value as DecisionValues[typeof key]) : [];
            return (
              <tr key={key}>
                <th scope="row">{DECISION_TITLES[key]}</th>
                <td className={styles.wrap}>
                  {decided ? lines.map((line) => <div key={line.label}>{`${line.label}: ${line.value}`}</div>) : "Not decided yet"}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
