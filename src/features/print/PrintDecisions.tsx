import type { DecisionKey } from "../../domain/catalog/types.ts";
import type { Progress } from "../../domain/progress/model.ts";
import { describeDecision } from "../../domain/strategy/describe.ts";
import type { DecisionValues } from "../../domain/strategy/schema.ts";
import { usePrintTableStyles } from "./PrintItemsTable.tsx";

const TITLES = {
  devices: "Devices",
  identities: "Identities",
  accountsSso: "Accounts and single sign-on",
  policies: "Policies and security",
} as const satisfies Record<DecisionKey, string>;

export function PrintDecisions({ progress }: { progress: Progress }) {
  const styles = usePrintTableStyles();
  return (
    <section aria-labelledby="print-decisions">
      <h2 id="print-decisions">Recorded decisions</h2>
      <table className={styles.table}>
        <tbody>
          {(Object.keys(TITLES) as DecisionKey[]).map((key) => {
            const decided = progress.decisions[key];
            const lines = decided ? describeDecision(key, decided.value as DecisionValues[typeof key]) : [];
            return (
              <tr key={key}>
                <th scope="row">{TITLES[key]}</th>
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
