import { catalogItem } from "../catalog/catalog.ts";
import { ITEM_IDS, STEP_ITEMS, VERIFIABLE_ITEM_IDS, isVerifiableItemId, type ChecklistStepId, type ItemId } from "../catalog/ids.ts";
import { itemProgress, type Progress } from "../progress/model.ts";
import type { VerificationRecord } from "../verification/types.ts";
import { applicabilityAll } from "./applicability.ts";
import { daysBetween, isOverdue, localDay } from "./overdue.ts";

/** What the first pilot Mac needs: the strategy (it decides the settings) and the tenant prerequisites. */
export const GATE_STEPS = ["strategy", "tenant"] as const satisfies readonly ChecklistStepId[];
/** Renewals this close (or already past) are shown on the executive summary. */
export const RENEWAL_WINDOW_DAYS = 90;
export const NEXT_ACTION_COUNT = 3;

export type Blocker = { id: ItemId; title: string; owner: string; kind: "blocked" | "not-ready"; reason: string };
export type OverdueItem = { id: ItemId; title: string; owner: string; dueDate: string; daysOverdue: number };
export type NextAction = {
  id: ItemId;
  title: string;
  owner: string;
  /** Why it comes first: the last real check failed, it is blocked, overdue, has a due date, or is simply open. */
  kind: "not-ready" | "blocked" | "overdue" | "due" | "open";
  dueDate: string;
  reason: string;
  /** Needed before the first pilot Mac can enroll. */
  gate: boolean;
};
export type RenewalDue = { item: ItemId; label: string; expiresAt: string; daysLeft: number };

export type Executive = {
  go: boolean;
  /** One sentence: can the first pilot Mac enroll, and if not, what stops it. */
  headline: string;
  /** Required strategy and tenant items that are not in place yet, in checklist order. */
  openGate: readonly ItemId[];
  /** Gate items in place and confirmed by a live or evidence-file check (demo results never count). */
  verified: number;
  gateTotal: number;
  blockers: readonly Blocker[];
  overdue: readonly OverdueItem[];
  nextActions: readonly NextAction[];
  renewals: readonly RenewalDue[];
};

const GATE_IDS: ReadonlySet<ItemId> = new Set(GATE_STEPS.flatMap((step) => STEP_ITEMS[step]));

/** The latest check of the real tenant: live or from an evidence file. Demo data says nothing about the tenant. */
function realRecord(progress: Progress, id: ItemId): VerificationRecord | undefined {
  if (!isVerifiableItemId(id)) return undefined;
  const record = progress.verification[id];
  return record && record.source !== "demo" ? record : undefined;
}

function list(titles: readonly string[]): string {
  if (titles.length <= 1) return titles.join("");
  return `${titles.slice(0, -1).join(", ")} and ${titles[titles.length - 1]}`;
}

const MAX_NAMED = 4;

function headline(go: boolean, open: readonly ItemId[], failing: ReadonlySet<ItemId>, gateTotal: number, verified: number): string {
  if (gateTotal === 0) return "Go: nothing your strategy requires stands between you and the first pilot Mac.";
  if (go) {
    const checked = verified === gateTotal ? "all verified against the tenant" : `${verified} of ${gateTotal} verified against the tenant`;
    return `Go: the first pilot Mac can enroll. Every prerequisite it needs is done (${checked}).`;
  }
  const named = open.slice(0, MAX_NAMED).map((id) => `${catalogItem(id).title}${failing.has(id) ? " (last check: not ready)" : ""}`);
  const more = open.length > MAX_NAMED ? [`${open.length - MAX_NAMED} more`] : [];
  const count = open.length === 1 ? "1 required prerequisite is" : `${open.length} required prerequisites are`;
  return `No-go: the first pilot Mac cannot enroll yet. ${count} not in place: ${list([...named, ...more])}.`;
}

export const SET_ASIDE_ACTION = "Marked not applicable, though your strategy requires it";

const RANK = { "not-ready": 0, blocked: 1, overdue: 2, due: 3, open: 4 } as const satisfies Record<NextAction["kind"], number>;

/**
 * The sponsor's view of the progress: a go/no-go for the first pilot Mac, what blocks it, what is late, what to do next
 * and which renewals are near. Pure: `now` decides "overdue" and "within 90 days".
 */
export function executiveSummary(progress: Progress, now: Date): Executive {
  const today = localDay(now);
  const applicability = applicabilityAll(progress.decisions);
  const gate = ITEM_IDS.filter((id) => GATE_IDS.has(id) && applicability[id].level === "required");
  const failing = new Set<ItemId>(gate.filter((id) => realRecord(progress, id)?.verdict === "not-ready"));
  const inPlace = (id: ItemId) => !failing.has(id) && (itemProgress(progress, id).status === "done" || realRecord(progress, id)?.verdict === "ready");
  const openGate = gate.filter((id) => !inPlace(id));
  const verified = gate.filter((id) => inPlace(id) && ["ready", "advisory"].includes(realRecord(progress, id)?.verdict ?? "")).length;
  const go = openGate.length === 0;

  const applicable = ITEM_IDS.filter((id) => applicability[id].level !== "not-needed");
  const owner = (id: ItemId) => itemProgress(progress, id).owner;
  const title = (id: ItemId) => catalogItem(id).title;

  const blockers: Blocker[] = [];
  for (const id of applicable) {
    const value = itemProgress(progress, id);
    if (value.status === "blocked") {
      blockers.push({ id, title: title(id), owner: value.owner, kind: "blocked", reason: value.blockedReason?.trim() ?? "" });
    } else if (failing.has(id)) {
      blockers.push({ id, title: title(id), owner: value.owner, kind: "not-ready", reason: realRecord(progress, id)?.reason ?? "" });
    }
  }

  const overdue: OverdueItem[] = applicable
    .filter((id) => isOverdue(itemProgress(progress, id), applicability[id].level, today))
    .map((id) => {
      const dueDate = itemProgress(progress, id).dueDate;
      return { id, title: title(id), owner: owner(id), dueDate, daysOverdue: daysBetween(dueDate, today) };
    })
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));

  const candidates: NextAction[] = applicable.flatMap((id) => {
    const value = itemProgress(progress, id);
    // A required gate item marked not applicable still stops the first Mac (the headline names it), so it is work too.
    const open = (value.status !== "done" && value.status !== "not-applicable") || openGate.includes(id);
    if (!open) return [];
    const kind: NextAction["kind"] = failing.has(id)
      ? "not-ready"
      : value.status === "blocked"
        ? "blocked"
        : isOverdue(value, applicability[id].level, today)
          ? "overdue"
          : value.dueDate
            ? "due"
            : "open";
    const reason =
      kind === "not-ready"
        ? (realRecord(progress, id)?.reason ?? "")
        : kind === "blocked"
          ? (value.blockedReason?.trim() ?? "")
          : value.status === "not-applicable"
            ? SET_ASIDE_ACTION
            : "";
    return [{ id, title: title(id), owner: value.owner, kind, dueDate: value.dueDate, reason, gate: gate.includes(id) }];
  });
  const order = (a: NextAction, b: NextAction) =>
    Number(b.gate) - Number(a.gate) ||
    RANK[a.kind] - RANK[b.kind] ||
    (a.dueDate && b.dueDate ? (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0) : 0) ||
    ITEM_IDS.indexOf(a.id) - ITEM_IDS.indexOf(b.id);
  const nextActions = [...candidates].sort(order).slice(0, NEXT_ACTION_COUNT);

  const renewals: RenewalDue[] = VERIFIABLE_ITEM_IDS.flatMap((item) =>
    (realRecord(progress, item)?.renewals ?? []).map((renewal) => ({
      item,
      label: renewal.label,
      expiresAt: renewal.expiresAt,
      daysLeft: Math.floor((Date.parse(renewal.expiresAt) - now.getTime()) / 86_400_000),
    })),
  )
    .filter((renewal) => Number.isFinite(renewal.daysLeft) && renewal.daysLeft <= RENEWAL_WINDOW_DAYS)
    .sort((a, b) => Date.parse(a.expiresAt) - Date.parse(b.expiresAt));

  return {
    go,
    headline: headline(go, openGate, failing, gate.length, verified),
    openGate,
    verified,
    gateTotal: gate.length,
    blockers,
    overdue,
    nextActions,
    renewals,
  };
}
