import type { ChecklistStepId, ItemId } from "./ids.ts";
import type { CatalogItem } from "./types.ts";
import { ORGANIZATION_ITEMS } from "./items-organization.ts";
import { STRATEGY_ITEMS } from "./items-strategy.ts";
import { TENANT_ITEMS } from "./items-tenant.ts";
import { SETUP_ITEMS } from "./items-setup.ts";
import { POLICIES_ITEMS } from "./items-policies.ts";

// The whole checklist as data: one row per item, in STEP_ITEMS order. Facts and Learn links come from
// /work/shared/reference (anchors-and-admin-pain-points.md, graph-checks.md) and the Microsoft Learn pages cited
// there; change a fact only together with its source.

export { CATALOG_STEPS, catalogStep } from "./steps.ts";

export const CATALOG_ITEMS = [
  ...ORGANIZATION_ITEMS,
  ...STRATEGY_ITEMS,
  ...TENANT_ITEMS,
  ...SETUP_ITEMS,
  ...POLICIES_ITEMS,
] as const satisfies readonly CatalogItem[];

export function catalogItem(id: ItemId): CatalogItem {
  const item = CATALOG_ITEMS.find((candidate) => candidate.id === id);
  // Unreachable while the catalog covers every ItemId; the catalog test enforces that.
  if (!item) throw new Error(`No catalog item for id ${id}`);
  return item;
}

export function itemsOfStep(step: ChecklistStepId): readonly CatalogItem[] {
  return CATALOG_ITEMS.filter((item) => item.step === step);
}
