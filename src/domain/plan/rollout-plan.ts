import { catalogItem } from "../catalog/catalog.ts";
import type { ChecklistStepId, ItemId } from "../catalog/ids.ts";
import { stepOfItem } from "../catalog/ids.ts";
import { itemProgress, type ItemStatus, type Progress } from "../progress/model.ts";
import { applicabilityOf, type ApplicabilityLevel } from "../rules/applicability.ts";
import { completion } from "../rules/completion.ts";

// The rollout plan: every applicable item in the order Microsoft recommends doing it, not in the order of the wizard's
// steps. Sources: the end-to-end guide "Get started with macOS endpoints" (set up → enroll a test Mac → secure →
// enroll the rest → support) and the deployment guide for macOS; see /work/shared/reference/rollout-plan.md §2.
// Platform SSO and macOS LAPS move into "set up": Microsoft says to create the SSO policy before Macs enroll, and LAPS
// is part of the ADE enrollment profile, which applies only when a Mac is set up from scratch.

export const PLAN_PHASE_IDS = ["prepare", "set-up", "pilot", "secure", "enroll", "maintain"] as const;
export type PlanPhaseId = (typeof PLAN_PHASE_IDS)[number];

export const PLAN_PHASES = {
  prepare: { title: "Prepare and decide", goal: "Mandate, owners and the strategy every later setting depends on." },
  "set-up": { title: "Set up the tenant", goal: "Everything a Mac needs before the first one enrolls." },
  pilot: { title: "Enroll a pilot Mac", goal: "One test Mac proves the set-up before anything reaches users." },
  secure: { title: "Secure the Macs", goal: "Compliance, Conditional Access and the security policies you chose." },
  enroll: {
    title: "Enroll the rest",
    goal: "Once the pilot Mac is compliant, assign the enrollment profile to every Mac user, or tell users to enroll through Company Portal, group by group.",
  },
  maintain: {
    title: "Maintain",
    goal: "Renew the Apple push certificate and the Apple tokens every year with the same Apple ID, and watch ADE sync.",
  },
} as const satisfies Record<PlanPhaseId, { title: string; goal: string }>;

/** Each item's phase, in the order the plan lists them. Every ItemId appears exactly once (a test checks it). */
export const PLAN_ORDER = {
  prepare: [
    "security-approval",
    "project-goals",
    "project-plan",
    "budget-sponsors",
    "strategy-devices",
    "strategy-identities",
    "strategy-accounts-sso",
    "strategy-policies",
  ],
  "set-up": [
    "mdm-authority",
    "intune-admin-role",
    "intune-license",
    "mdm-user-scope",
    "apns-certificate",
    "enrollment-platform-restrictions",
    "enrollment-device-limit",
    "entra-device-registration",
    "ade-token",
    "vpp-token",
    "mac-targeting",
    "corporate-identifiers",
    "ade-enrollment-profile",
    "laps",
    "sso-policy",
    "company-portal",
  ],
  pilot: ["pilot-mac"],
  secure: ["compliance-policy", "conditional-access", "filevault", "firewall", "gatekeeper", "software-updates", "defender"],
  enroll: [],
  maintain: [],
} as const satisfies Record<PlanPhaseId, readonly ItemId[]>;

export type PlanRow = {
  id: ItemId;
  title: string;
  /** The wizard step where the item is edited. */
  step: ChecklistStepId;
  status: ItemStatus;
  level: ApplicabilityLevel;
  owner: string;
  /** yyyy-mm-dd or "". */
  dueDate: string;
  /** Due before today and not done. */
  overdue: boolean;
};

export type PlanPhase = { id: PlanPhaseId; title: string; goal: string; rows: readonly PlanRow[]; done: number };

/**
 * The plan for this progress: the items that count towards readiness (the same set as the percentage: not-needed and
 * not-applicable items drop out), grouped into Microsoft's phases. `today` is yyyy-mm-dd in the reader's calendar.
 */
export function rolloutPlan(progress: Progress, today: string): readonly PlanPhase[] {
  const counted = new Set<ItemId>(completion(progress).counted);
  return PLAN_PHASE_IDS.map((id) => {
    const rows = (PLAN_ORDER[id] as readonly ItemId[]).filter((item) => counted.has(item)).map((item) => row(progress, item, today));
    return { id, ...PLAN_PHASES[id], rows, done: rows.filter((r) => r.status === "done").length };
  });
}

function row(progress: Progress, id: ItemId, today: string): PlanRow {
  const value = itemProgress(progress, id);
  return {
    id,
    title: catalogItem(id).title,
    step: stepOfItem(id),
    status: value.status,
    level: applicabilityOf(id, progress.decisions).level,
    owner: value.owner,
    dueDate: value.dueDate,
    overdue: value.status !== "done" && value.dueDate !== "" && value.dueDate < today,
  };
}

/** The phase that holds the first item not done yet: where the team stands. Null when every phase is done. */
export function currentPhase(plan: readonly PlanPhase[]): PlanPhaseId | null {
  return plan.find((phase) => phase.rows.some((r) => r.status !== "done"))?.id ?? null;
}
