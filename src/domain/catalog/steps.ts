import type { ChecklistStepId } from "./ids.ts";
import type { CatalogStep } from "./types.ts";

// Kept apart from the item texts so the shell can show step intros without loading the whole catalog.
export const CATALOG_STEPS: readonly CatalogStep[] = [
  {
    id: "organization",
    title: "Organization",
    intro: "Get the approvals, goals, plan and funding in place so the Mac rollout has a mandate and an owner.",
  },
  {
    id: "strategy",
    title: "Mac management strategy",
    intro: "Decide which Macs, identities, sign-in model and security policies you will use, because they shape every tenant setting that follows.",
  },
  {
    id: "tenant",
    title: "Tenant prerequisites",
    intro: "Configure and verify the Intune, Microsoft Entra and Apple connections that must exist before the first Mac can enroll.",
  },
  {
    id: "setup",
    title: "Tenant set-up",
    intro: "Set up enrollment the way your strategy needs it, then enroll one pilot Mac before anything reaches the users.",
  },
  {
    id: "policies",
    title: "Policies",
    intro: "Secure the Macs with compliance, Conditional Access, single sign-on and the security policies you chose, then enroll the rest.",
  },
];

export function catalogStep(step: ChecklistStepId): CatalogStep {
  const found = CATALOG_STEPS.find((candidate) => candidate.id === step);
  if (!found) throw new Error(`No catalog step for id ${step}`);
  return found;
}
