import { Link, makeStyles, tokens } from "@fluentui/react-components";
import type { CatalogItem } from "../../domain/catalog/types.ts";
import { isVerifiableItemId } from "../../domain/catalog/ids.ts";
import { itemProgress, type Progress } from "../../domain/progress/model.ts";
import type { Applicability } from "../../domain/rules/applicability.ts";

import { StatusBadge, VerdictBadge } from "../../components/badges/StatusBadge.tsx";

const SHORT_LEVEL = { required: "Required", optional: "Optional", "not-needed": "Not needed" } as const satisfies Record<Applicability["level"], string>;
import { formatDate } from "../../components/format/dates.ts";
import { CONTRADICTION_TEXT, itemContradictsDone } from "../../domain/verification/contradictions.ts";
import { DEMO_TEXT, shownReason, standingOf } from "../../domain/verification/standing.ts";
import { StandingBadge, StandingNotes } from "../../components/verification/ResultStanding.tsx";
import { isSetAside } from "../../domain/rules/set-aside.ts";
import { isOverdue, localDay } from "../../domain/rules/overdue.ts";
import { ToneBadge } from "../../components/badges/ToneBadge.tsx";

const useStyles = makeStyles({
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase300,
    "& th, & td": {
      textAlign: "start",
      verticalAlign: "top",
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    "& th": { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
    "@media (max-width: 720px)": {
      "& thead": { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)" },
      "& tr": { display: "block", borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, padding: `${tokens.spacingVerticalS} 0` },
      "& td, & th[scope=row]": { display: "block", borderBottom: "none", padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}` },
      "& td[data-label]::before": { content: "attr(data-label) ': '", fontWeight: tokens.fontWeightSemibold },
    },
  },
  notes: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", maxWidth: "28ch" },
  reason: { display: "block", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  muted: { color: tokens.colorNeutralForeground3 },
  contradiction: { display: "block", fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
  setAside: { display: "block", fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteDarkOrangeForeground1 },
  demo: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteMarigoldForeground2 },
  overdue: { display: "block" },
  blockedReason: { display: "block", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, maxWidth: "24ch", overflowWrap: "anywhere" },
  caption: { textAlign: "start", captionSide: "top", color: tokens.colorNeutralForeground3, paddingBottom: tokens.spacingVerticalXS },
  demoStamp: { display: "block", fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteMarigoldForeground2 },
});

type Props = {
  caption: string;
  items: readonly CatalogItem[];
  progress: Progress;
  applicability: Record<string, Applicability>;
  showVerdict: boolean;
  now: Date;
};

export function SummaryTable({ caption, items, progress, applicability, showVerdict, now }: Props) {
  const styles = useStyles();
  const today = localDay(now);
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>
        {caption}
        {showVerdict && items.some((item) => isVerifiableItemId(item.id) && progress.verification[item.id]?.source === "demo") && (
          <span className={styles.demoStamp} data-testid="summary-demo">
            {" "}
            Demo results — not your tenant: the verification below comes from a fictitious sample tenant.
          </span>
        )}
      </caption>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">Status</th>
          <th scope="col">Applies</th>
          {showVerdict && <th scope="col">Verification</th>}
          <th scope="col">Owner</th>
          <th scope="col">Due</th>
          <th scope="col">Notes and evidence</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const value = itemProgress(progress, item.id);
          const standing = isVerifiableItemId(item.id) ? standingOf(progress, item.id, now) : null;
          const level = applicability[item.id];
          return (
            <tr
              key={item.id}
              data-item-id={item.id}
              data-status={value.status}
              data-verdict={isVerifiableItemId(item.id) ? (standing ? (standing.verdict ?? "strategy-changed") : "not-checked") : undefined}
            >
              <th scope="row">{item.title}</th>
              <td data-label="Status">
                {level?.level === "not-needed" && value.status !== "done" ? (
                  <ToneBadge tone="neutral" label="Not needed" />
                ) : (
                  <StatusBadge status={value.status} />
                )}
                {value.status === "blocked" && level?.level !== "not-needed" && (
                  <span className={styles.blockedReason} data-blocked-reason="">
                    {value.blockedReason?.trim() || "No reason recorded yet"}
                  </span>
                )}
                {level && isSetAside(value.status, level) && (
                  <span className={styles.setAside} data-set-aside="">
                    Your strategy requires it: not counted toward readiness.
                  </span>
                )}
              </td>
              <td data-label="Applies">{level ? SHORT_LEVEL[level.level] : ""}</td>
              {showVerdict && (
                <td data-label="Verification">
                  {standing && isVerifiableItemId(item.id) ? (
                    <>
                      <StandingBadge standing={standing} />
                      {standing.demo && <span className={styles.demo}> {DEMO_TEXT}</span>}
                      {itemContradictsDone(progress, item.id) && (
                        <span className={styles.contradiction} data-contradiction="">
                          {CONTRADICTION_TEXT}
                        </span>
                      )}
                      {standing.verdict !== null && <span className={styles.reason}>{shownReason(standing)}</span>}
                      <StandingNotes standing={standing} />
                    </>
                  ) : (
                    <VerdictBadge verdict="not-checked" />
                  )}
                </td>
              )}
              <td data-label="Owner">{value.owner || <span className={styles.muted}>—</span>}</td>
              <td data-label="Due">
                {value.dueDate ? formatDate(value.dueDate) : <span className={styles.muted}>—</span>}
                {isOverdue(value, level?.level, today) && (
                  <span className={styles.overdue} data-overdue="">
                    <ToneBadge tone="danger" label="Overdue" />
                  </span>
                )}
              </td>
              <td data-label="Notes" className={styles.notes}>
                {value.notes}
                {value.evidenceUrl && (
                  <>
                    {value.notes && <br />}
                    <Link href={value.evidenceUrl} target="_blank" rel="noopener noreferrer">
                      Evidence
                    </Link>
                  </>
                )}
                {!value.notes && !value.evidenceUrl && <span className={styles.muted}>—</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
