import { makeStyles, tokens } from "@fluentui/react-components";
import type { ItemStatus } from "../../domain/progress/model.ts";
import type { Applicability } from "../../domain/rules/applicability.ts";
import { StatusBadge } from "../../components/badges/StatusBadge.tsx";
import { ToneBadge } from "../../components/badges/ToneBadge.tsx";
import { formatDate } from "../../components/format/dates.ts";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" },
});

/** Status (so Done and Blocked read differently from To do without opening the dropdown) and the overdue flag. */
export function CardBadges({ status, dueDate, level, overdue }: { status: ItemStatus; dueDate: string; level: Applicability["level"]; overdue: boolean }) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      {level === "not-needed" && status !== "done" ? <ToneBadge tone="neutral" label="Not needed" /> : <StatusBadge status={status} />}
      {overdue && (
        <span data-overdue="">
          <ToneBadge tone="danger" label={`Overdue: was due ${formatDate(dueDate)}`} />
        </span>
      )}
    </div>
  );
}
