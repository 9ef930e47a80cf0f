import type { ChecklistStepId, ItemId } from "./ids.ts";
import type { CatalogItem, CatalogStep } from "./types.ts";
import { ORGANIZATION_ITEMS } from "./items-organization.ts";
import { STRATEGY_ITEMS } from "./items-strategy.ts";
import { TENANT_ITEMS } from "./items-tenant.ts";

// The whole checklist as data: one row per item, in STEP_ITEMS order. Facts and Learn links come from
// /work/shared/reference (anchors-and-admin-pain-points.md, graph-checks.md) and the Microsoft Learn pages cited
// there; change a fact only together with its source.

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
];

export const CATALOG_ITEMS = [...ORGANIZATION_ITEMS, ...STRATEGY_ITEMS, ...TENANT_ITEMS] as const satisfies readonly CatalogItem[];

export function catalogItem(id: ItemId): CatalogItem {
  const item = CATALOG_ITEMS.find((candidate) => candidate.id === id);
  // Unreachable while the catalog covers every ItemId; the catalog test enforces that.
  if (!item) throw new Error(`No catalog item for id ${id}`);
  return item;
}

export function itemsOfStep(step: ChecklistStepId): readonly CatalogItem[] {
  return CATALOG_ITEMS.filter((item) => item.step === step);
}

export function catalogStep(step: ChecklistStepId): CatalogStep {
  const found = CATALOG_STEPS.find((candidate) => candidate.id === step);
  if (!found) throw new Error(`No catalog step for id ${step}`);
  return found;
}
