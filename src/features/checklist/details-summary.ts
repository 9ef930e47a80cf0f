import type { ItemProgress } from "../../domain/progress/model.ts";
import { formatDate } from "../../components/format/dates.ts";

export function detailsSummary(value: ItemProgress): string {
  const parts = [
    value.owner ? `Owner: ${value.owner}` : "No owner yet",
    value.dueDate ? `due ${formatDate(value.dueDate)}` : null,
    value.notes ? "notes" : null,
    value.evidenceUrl ? "evidence link" : null,
  ].filter(Boolean);
  return parts.join(" · ");
}
