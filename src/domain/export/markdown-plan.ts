import { catalogStep } from "../catalog/steps.ts";
import { STATUS_LABELS } from "../progress/labels.ts";
import type { Progress } from "../progress/model.ts";
import { rolloutPlan } from "../plan/rollout-plan.ts";
import { cell, escapeMarkdown, table } from "./markdown-escape.ts";

/** The rollout plan as Markdown: one numbered heading per phase, a table of its items (today is yyyy-mm-dd). */
export function rolloutPlanSection(progress: Progress, today: string): string[] {
  const lines = ["## Rollout plan", "", "Applicable items in the order Microsoft recommends: set up, pilot one Mac, secure, enroll the rest, maintain.", ""];
  rolloutPlan(progress, today).forEach((phase, index) => {
    const tally = phase.rows.length > 0 ? ` (${phase.done} of ${phase.rows.length} done)` : "";
    lines.push(`### ${index + 1}. ${escapeMarkdown(phase.title)}${tally}`, "", escapeMarkdown(phase.goal), "");
    if (phase.rows.length === 0) return;
    const rows = phase.rows.map((row) => [
      escapeMarkdown(row.title) + (row.level === "optional" ? " (optional)" : ""),
      escapeMarkdown(catalogStep(row.step).title),
      cell(row.owner),
      row.dueDate ? `${row.dueDate}${row.overdue ? " (overdue)" : ""}` : "–",
      STATUS_LABELS[row.status],
    ]);
    lines.push(...table(["Item", "Step", "Owner", "Due", "Status"], rows), "");
  });
  return lines;
}
