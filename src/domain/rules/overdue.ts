import type { ItemProgress } from "../progress/model.ts";
import type { Applicability } from "./applicability.ts";

const DAY_MS = 86_400_000;

/** The calendar day of `now` where the admin is ("YYYY-MM-DD"): due dates are calendar dates, not instants. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from calendar day `from` to `to` (both "YYYY-MM-DD"); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * Past its due date and still open. Finished items (done, or marked not applicable) and items the strategy does not
 * need are never overdue: nobody has to act on them. Due today is not overdue yet.
 */
export function isOverdue(value: Pick<ItemProgress, "status" | "dueDate">, level: Applicability["level"] | undefined, today: string): boolean {
  if (value.dueDate === "" || level === "not-needed") return false;
  if (value.status === "done" || value.status === "not-applicable") return false;
  return value.dueDate < today;
}
