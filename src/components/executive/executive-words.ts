import type { Executive, NextAction } from "../../domain/rules/executive.ts";
import { NEXT_ACTION_COUNT, RENEWAL_WINDOW_DAYS } from "../../domain/rules/executive.ts";
import { formatDate, formatDaysOverdue, formatRelative } from "../format/dates.ts";

export type ExecutiveRow = { key: string; itemId: string; title: string; details: readonly string[] };
export type ExecutivePart = { id: "blockers" | "overdue" | "next" | "renewals"; title: string; empty: string; rows: readonly ExecutiveRow[] };

const ownerText = (owner: string) => (owner ? `Owner: ${owner}` : "No owner yet");

function actionDetail(action: NextAction, now: Date): string {
  switch (action.kind) {
    case "not-ready":
      return `Last check of the tenant: not ready${action.reason ? ` — ${action.reason}` : ""}`;
    case "blocked":
      return `Blocked: ${action.reason || "no reason recorded yet"}`;
    case "overdue":
      return `Overdue: was due ${formatDate(action.dueDate)}`;
    case "due":
      return `Due ${formatDate(action.dueDate)} (${formatRelative(action.dueDate, now)})`;
    case "open":
      return action.reason || (action.gate ? "Needed before the first Mac can enroll" : "Open");
  }
}

/** The executive block in words, in the browser's locale; shared by the summary and the printout. */
export function executiveWords(executive: Executive, now: Date): { parts: readonly ExecutivePart[] } {
  return {
    parts: [
      {
        id: "blockers",
        title: `Blockers (${executive.blockers.length})`,
        empty: "Nothing is blocked.",
        rows: executive.blockers.map((b) => ({
          key: b.id,
          itemId: b.id,
          title: b.title,
          details: [
            b.kind === "blocked" ? `Blocked: ${b.reason || "no reason recorded yet"}` : `Last check of the tenant: not ready${b.reason ? ` — ${b.reason}` : ""}`,
            ownerText(b.owner),
          ],
        })),
      },
      {
        id: "overdue",
        title: `Overdue (${executive.overdue.length})`,
        empty: "Nothing is overdue.",
        rows: executive.overdue.map((o) => ({
          key: o.id,
          itemId: o.id,
          title: o.title,
          details: [`Was due ${formatDate(o.dueDate)} (${formatDaysOverdue(o.daysOverdue)})`, ownerText(o.owner)],
        })),
      },
      {
        id: "next",
        title: `Next ${NEXT_ACTION_COUNT} actions`,
        empty: "Nothing left to do.",
        rows: executive.nextActions.map((a) => ({ key: a.id, itemId: a.id, title: a.title, details: [actionDetail(a, now), ownerText(a.owner)] })),
      },
      {
        id: "renewals",
        title: `Renewals in the next ${RENEWAL_WINDOW_DAYS} days (${executive.renewals.length})`,
        empty: "None known. Renewal dates come from live or evidence-file checks, never from demo data.",
        rows: executive.renewals.map((r) => ({
          key: `${r.item}-${r.label}-${r.expiresAt}`,
          itemId: r.item,
          title: r.label,
          details: [r.daysLeft < 0 ? `Expired ${formatDate(r.expiresAt)}` : `Expires ${formatDate(r.expiresAt)} (${formatRelative(r.expiresAt, now)})`],
        })),
      },
    ],
  };
}
