import { makeStyles, tokens } from "@fluentui/react-components";
import type { CatalogItem } from "../../domain/catalog/types.ts";
import { isVerifiableItemId } from "../../domain/catalog/ids.ts";
import { itemProgress, type Progress } from "../../domain/progress/model.ts";
import type { Applicability } from "../../domain/rules/applicability.ts";
import { VERDICT_LABELS } from "../../components/badges/badge-tables.ts";
import { formatDate, formatDateTime } from "../../components/format/dates.ts";
import { CONTRADICTION_TEXT, itemContradictsDone } from "../../domain/verification/contradictions.ts";
import { STRATEGY_CHANGED_TEXT, shownReason, standingNotes, standingOf } from "../../domain/verification/standing.ts";
import { isSetAside } from "../../domain/rules/set-aside.ts";
import { isOverdue, localDay } from "../../domain/rules/overdue.ts";
import { statusText } from "../../domain/rules/status-text.ts";

export const usePrintTableStyles = makeStyles({
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": { textAlign: "start", verticalAlign: "top", padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalSNudge}`, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
    "& thead th": { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  },
  small: { display: "block", fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2 },
  wrap: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  status: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  contradiction: { display: "block", fontWeight: tokens.fontWeightSemibold },
});

type Props = { items: readonly CatalogItem[]; progress: Progress; applicability: Record<string, Applicability>; withVerification: boolean; now: Date };

export function PrintItemsTable({ items, progress, applicability, withVerification, now }: Props) {
  const styles = usePrintTableStyles();
  const today = localDay(now);
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">Status</th>
          {withVerification && <th scope="col">Verification</th>}
          <th scope="col">Owner</th>
          <th scope="col">Due</th>
          <th scope="col">Notes and evidence</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const value = itemProgress(progress, item.id);
          const standing = isVerifiableItemId(item.id) ? standingOf(progress, item.id, now) : null;
          const level = applicability[item.id]?.level;
          return (
            <tr key={item.id} data-print-item={item.id}>
              <th scope="row">
                {item.title}
                {level && level !== "required" && <span className={styles.small}>{level === "optional" ? "Optional" : "Not needed for this strategy"}</span>}
              </th>
              <td className={styles.status} data-print-status="">
                {statusText(value.status, level)}
                {value.status === "blocked" && level !== "not-needed" && value.blockedReason?.trim() && (
                  <span className={`${styles.small} ${styles.wrap}`} data-blocked-reason="">
                    {value.blockedReason.trim()}
                  </span>
                )}
                {level && isSetAside(value.status, { level }) && (
                  <span className={styles.small} data-set-aside="">
                    Required: not counted
                  </span>
                )}
              </td>
              {withVerification && (
                <td>
                  {standing && isVerifiableItemId(item.id) ? (
                    <>
                      <span className={styles.status} data-print-verdict={standing.verdict ?? "strategy-changed"}>
                        {standing.verdict === null ? STRATEGY_CHANGED_TEXT : VERDICT_LABELS[standing.verdict]}
                        {standing.demo ? " (demo — not your tenant)" : ""}
                      </span>
                      {itemContradictsDone(progress, item.id) && (
                        <span className={styles.contradiction} data-contradiction="">
                          {CONTRADICTION_TEXT}
                        </span>
                      )}
                      {standing.verdict !== null && <span className={styles.small}>{shownReason(standing)}</span>}
                      {standingNotes(standing, formatDate).map((note) => (
                        <span key={note} className={styles.small}>
                          {note}
                        </span>
                      ))}
                      <span className={styles.small}>Checked {formatDateTime(standing.record.checkedAt)}</span>
                    </>
                  ) : (
                    "Not checked"
                  )}
                </td>
              )}
              <td className={styles.wrap}>{value.owner || "—"}</td>
              <td>
                {value.dueDate ? formatDate(value.dueDate) : "—"}
                {isOverdue(value, level, today) && (
                  <span className={styles.contradiction} data-overdue="">
                    Overdue
                  </span>
                )}
              </td>
              <td className={styles.wrap}>
                {value.notes}
                {value.evidenceUrl && <span className={styles.small}>Evidence: {value.evidenceUrl}</span>}
                {!value.notes && !value.evidenceUrl && "—"}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
