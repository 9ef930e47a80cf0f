import { STATUS_LABELS } from "../progress/labels.ts";
import { VERDICT_LABELS } from "../verification/labels.ts";
import { CATALOG_STEPS, catalogItem } from "../catalog/catalog.ts";
import { STEP_ITEMS, VERIFIABLE_ITEM_IDS, isVerifiableItemId, type ItemId, type VerifiableItemId } from "../catalog/ids.ts";
import { DECISION_KEYS } from "../progress/merge.ts";
import { itemProgress, type ItemStatus, type Progress } from "../progress/model.ts";
import { DECISION_ITEMS } from "../progress/reducer.ts";
import { APPLICABILITY_LABELS, applicabilityOf } from "../rules/applicability.ts";
import { completion } from "../rules/completion.ts";
import { inMarkdown } from "../share/placement.ts";
import { describeDecision } from "../strategy/describe.ts";
import type { DecisionValues } from "../strategy/schema.ts";
import { CONTRADICTION_TEXT, contradictedItems, itemContradictsDone } from "../verification/contradictions.ts";
import { STRATEGY_CHANGED_TEXT, importedText, shownReason, standingNotes, standingOf } from "../verification/standing.ts";
import { SET_ASIDE_TEXT, isSetAside, openItemCaveat, setAsideItems } from "../rules/set-aside.ts";
import { collectRenewals, demoRenewalCount } from "./ics.ts";
import { isOverdue } from "../rules/overdue.ts";
import { statusText } from "../rules/status-text.ts";
import { rolloutPlanSection } from "./markdown-plan.ts";
import { cell, escapeMarkdown, markdownLink, maskAddresses, table } from "./markdown-escape.ts";

export type MarkdownOptions = { now: Date; includeVerificationDetails: boolean };

/** Open work first by urgency, then in checklist order. */
const OPEN_ORDER: readonly ItemStatus[] = ["blocked", "in-progress", "todo"];

const day = (iso: string) => iso.slice(0, 10);

function verdictText(progress: Progress, id: VerifiableItemId, optIn: boolean, now: Date): string {
  const standing = standingOf(progress, id, now);
  if (!standing) return VERDICT_LABELS["not-checked"];
  const { record } = standing;
  const source = record.source === "live" ? "" : `, ${record.source === "demo" ? "demo data" : "evidence file"}`;
  const checked = `(checked ${day(record.checkedAt)}${source})`;
  // A verdict judged under another strategy is not repeated, not even its reason.
  if (standing.verdict === null) return `**${STRATEGY_CHANGED_TEXT}** ${checked}`;
  const shown = shownReason(standing);
  const reason = inMarkdown("verification.reason", optIn) ? (optIn ? shown : maskAddresses(shown)) : "";
  const warning = itemContradictsDone(progress, id) ? ` ⚠ ${CONTRADICTION_TEXT}` : "";
  const notes = standingNotes(standing, day);
  const noteText = notes.length > 0 ? ` ${escapeMarkdown(maskAddresses(notes.join(" ")))}` : "";
  return `**${VERDICT_LABELS[standing.verdict]}**${reason ? ` — ${escapeMarkdown(reason)}` : ""} ${checked}${warning}${noteText}`;
}

/** The status cell: "Not needed" for what the strategy rules out, the reason beside "Blocked", the set-aside warning. */
function statusCell(progress: Progress, id: ItemId): string {
  const item = itemProgress(progress, id);
  const applicability = applicabilityOf(id, progress.decisions);
  const text = statusText(item.status, applicability.level);
  if (isSetAside(item.status, applicability)) return `${text} ⚠ ${SET_ASIDE_TEXT}`;
  if (item.status === "blocked" && applicability.level !== "not-needed") return `${text}: ${cell(item.blockedReason?.trim() || "no reason recorded yet")}`;
  return text;
}

function stepSection(progress: Progress, step: (typeof CATALOG_STEPS)[number], optIn: boolean, now: Date): string[] {
  const today = now.toISOString().slice(0, 10);
  const tally = completion(progress).steps[step.id];
  const ids: readonly ItemId[] = STEP_ITEMS[step.id];
  const verified = ids.some(isVerifiableItemId);
  const header = ["Item", "Status", "Applicability", "Owner", "Due", "Notes", "Evidence", ...(verified ? ["Verification"] : [])];
  const rows = ids.map((id) => {
    const item = itemProgress(progress, id);
    const applicability = applicabilityOf(id, progress.decisions);
    return [
      escapeMarkdown(catalogItem(id).title),
      statusCell(progress, id),
      APPLICABILITY_LABELS[applicability.level],
      cell(item.owner),
      item.dueDate && isOverdue(item, applicability.level, today) ? `${cell(item.dueDate)} (overdue)` : cell(item.dueDate),
      cell(item.notes),
      item.evidenceUrl ? markdownLink("Evidence", item.evidenceUrl) : "–",
      ...(isVerifiableItemId(id) ? [verdictText(progress, id, optIn, now)] : []),
    ];
  });
  return [`## ${escapeMarkdown(step.title)} (${tally.done} of ${tally.total} done)`, "", ...table(header, rows), ""];
}

function decisionsSection(progress: Progress): string[] {
  const lines = ["## Decisions", ""];
  for (const key of DECISION_KEYS) {
    const decided = progress.decisions[key];
    lines.push(`### ${escapeMarkdown(catalogItem(DECISION_ITEMS[key]).title)}`, "");
    if (!decided) {
      lines.push("Not decided yet.", "");
      continue;
    }
    for (const line of describeDecision(key, decided.value as DecisionValues[typeof key])) {
      lines.push(`- ${escapeMarkdown(line.label)}: ${escapeMarkdown(line.value)}`);
    }
    lines.push("", `_Decided ${day(decided.decidedAt)}_`, "");
  }
  return lines;
}

function openItemsSection(progress: Progress, today: string): string[] {
  const counted = completion(progress).counted;
  const open = counted.filter((id) => itemProgress(progress, id).status !== "done");
  const sorted = [...open].sort(
    (a, b) => OPEN_ORDER.indexOf(itemProgress(progress, a).status) - OPEN_ORDER.indexOf(itemProgress(progress, b).status),
  );
  // Done on paper, not in the tenant: still open work.
  const contradicted = contradictedItems(progress).filter((id) => counted.includes(id));
  // Out of the percentage, though the strategy requires them.
  const setAside = setAsideItems(progress);
  const lines = [...sorted, ...contradicted, ...setAside].map((id) => {
    const item = itemProgress(progress, id);
    const facts = [
      `${STATUS_LABELS[item.status]}${openItemCaveat(progress, id)}`,
      item.owner ? `owner: ${escapeMarkdown(item.owner)}` : "no owner",
      ...(item.dueDate ? [`due ${item.dueDate}${isOverdue(item, applicabilityOf(id, progress.decisions).level, today) ? " (overdue)" : ""}`] : []),
    ];
    return `- **${escapeMarkdown(catalogItem(id).title)}** — ${facts.join(" · ")}`;
  });
  return ["## Open items", "", ...(lines.length > 0 ? lines : ["Nothing open: every applicable item is done."]), ""];
}

function renewalsSection(progress: Progress, today: string, optIn: boolean): string[] {
  const renewals = collectRenewals(progress);
  const demo = demoRenewalCount(progress);
  const leftOut = demo > 0 ? [`_Renewal dates of the demo tenant are left out: it is not your tenant._`, ""] : [];
  if (renewals.length === 0) return demo > 0 ? ["## Renewal dates", "", ...leftOut] : [];
  const labelled = inMarkdown("verification.renewals", optIn);
  const lines = renewals.map((renewal) => {
    // Labels may name an Apple ID; without the opt-in the item's title stands in for it.
    const name = labelled || !renewal.item ? renewal.label : catalogItem(renewal.item).title;
    const date = day(renewal.expiresAt);
    const from = renewal.imported ? ` (${escapeMarkdown(importedText(renewal.imported, day).replace(/^I/, "i"))})` : "";
    return `- ${escapeMarkdown(name)}: ${date < today ? `expired ${date}` : `expires ${date}`}${from}`;
  });
  return ["## Renewal dates", "", ...lines, "", ...leftOut];
}

function detailsSection(progress: Progress, optIn: boolean): string[] {
  if (!inMarkdown("verification.details", optIn)) return [];
  const lines: string[] = [];
  for (const id of VERIFIABLE_ITEM_IDS) {
    const details = progress.verification[id]?.details ?? [];
    if (details.length === 0) continue;
    lines.push(`### ${escapeMarkdown(catalogItem(id).title)}`, "", ...details.map((d) => `- ${escapeMarkdown(d)}`), "");
  }
  return lines.length > 0 ? ["## Verification details", "", ...lines] : [];
}

/** A stamp above everything when demo results are shown: they must never pass for the tenant's own. */
function demoStamp(progress: Progress): string[] {
  const demo = VERIFIABLE_ITEM_IDS.some((id) => progress.verification[id]?.source === "demo");
  return demo ? ["> **Demo results — not your tenant.** Verification marked “demo data” comes from a fictitious sample tenant.", ""] : [];
}

/** A summary to paste into a ticket or wiki (GitHub and Azure DevOps flavoured Markdown). All user text is escaped. */
export function toMarkdown(progress: Progress, options: MarkdownOptions): string {
  const optIn = options.includeVerificationDetails;
  const today = options.now.toISOString().slice(0, 10);
  const { organization, tenantName, preparedBy } = progress.meta;
  const overall = completion(progress).overall;
  const facts = [
    `Generated ${today}`,
    ...(tenantName && inMarkdown("meta.tenantName", optIn) ? [`Tenant: ${escapeMarkdown(tenantName)}`] : []),
    ...(preparedBy ? [`Prepared by: ${escapeMarkdown(preparedBy)}`] : []),
  ];
  const lines = [
    `# Intune Mac readiness${organization ? `: ${escapeMarkdown(organization)}` : ""}`,
    "",
    facts.join(" · "),
    "",
    `**Overall readiness: ${overall.percent}%** (${overall.done} of ${overall.total} applicable items done)`,
    "",
    ...demoStamp(progress),
    ...rolloutPlanSection(progress, today),
    ...CATALOG_STEPS.flatMap((step) => stepSection(progress, step, optIn, options.now)),
    ...decisionsSection(progress),
    ...openItemsSection(progress, today),
    ...renewalsSection(progress, today, optIn),
    ...detailsSection(progress, optIn),
    `_Made with Intune Mac Readiness. Verification details ${optIn ? "included" : "left out"}._`,
  ];
  return `${lines.join("\n")}\n`;
}
