import { CATALOG_ITEMS } from "../../domain/catalog/catalog.ts";
import { itemProgress, type Progress } from "../../domain/progress/model.ts";
import type { Applicability } from "../../domain/rules/applicability.ts";
import { STATUS_LABELS } from "../../components/badges/badge-tables.ts";
import { formatDate } from "../../components/format/dates.ts";
import { contradictedItems } from "../../domain/verification/contradictions.ts";
import { openItemCaveat, setAsideItems } from "../../domain/rules/set-aside.ts";
import { isOverdue, localDay } from "../../domain/rules/overdue.ts";

type Props = { progress: Progress; applicability: Record<string, Applicability>; now: Date };

export function OpenItems({ progress, applicability, now }: Props) {
  const today = localDay(now);
  // Done on paper but not ready in the tenant's last check: still open work for whoever signs.
  const contradicted = new Set<string>(contradictedItems(progress));
  // Required by the strategy but marked not applicable: out of the percentage, so it must be visible here.
  const setAside = new Set<string>(setAsideItems(progress));
  const open = CATALOG_ITEMS.filter((item) => {
    const status = itemProgress(progress, item.id).status;
    if (applicability[item.id]?.level === "not-needed") return false;
    return contradicted.has(item.id) || setAside.has(item.id) || (status !== "done" && status !== "not-applicable");
  });
  return (
    <section aria-labelledby="print-open" className="keep-together">
      <h2 id="print-open">Open items ({open.length})</h2>
      {open.length === 0 ? (
        <p>None: every applicable item is done.</p>
      ) : (
        <ul data-testid="open-items">
          {open.map((item) => {
            const value = itemProgress(progress, item.id);
            const overdue = isOverdue(value, applicability[item.id]?.level, today);
            const extra = [value.owner && `owner ${value.owner}`, value.dueDate && `${overdue ? "overdue, was due" : "due"} ${formatDate(value.dueDate)}`]
              .filter(Boolean)
              .join(", ");
            return (
              <li key={item.id}>
                {item.title} — {STATUS_LABELS[value.status]}
                {value.status === "blocked" && value.blockedReason?.trim() ? `: ${value.blockedReason.trim()}` : ""}
                {openItemCaveat(progress, item.id)}
                {extra ? ` (${extra})` : ""}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
