// These ids are a public contract: share links, exports, automation and the summary's data attributes use them.
export const STEP_ITEMS = {
  organization: ["security-approval", "project-goals", "project-plan", "budget-sponsors"],
  strategy: ["strategy-devices", "strategy-identities", "strategy-accounts-sso", "strategy-policies"],
  tenant: [
    "mdm-user-scope",
    "intune-admin-role",
    "intune-license",
    "enrollment-device-limit",
    "enrollment-platform-restrictions",
    "apns-certificate",
    "ade-token",
    "vpp-token",
  ],
} as const;

export type ChecklistStepId = keyof typeof STEP_ITEMS;
export type OrganizationItemId = (typeof STEP_ITEMS.organization)[number];
export type StrategyItemId = (typeof STEP_ITEMS.strategy)[number];
export type TenantItemId = (typeof STEP_ITEMS.tenant)[number];
export type ItemId = OrganizationItemId | StrategyItemId | TenantItemId;

export const CHECKLIST_STEP_IDS = ["organization", "strategy", "tenant"] as const satisfies readonly ChecklistStepId[];
export const ITEM_IDS: readonly ItemId[] = CHECKLIST_STEP_IDS.flatMap((step) => STEP_ITEMS[step]);
export const TENANT_ITEM_IDS: readonly TenantItemId[] = STEP_ITEMS.tenant;

export function isItemId(value: unknown): value is ItemId {
  return typeof value === "string" && (ITEM_IDS as readonly string[]).includes(value);
}

export function isTenantItemId(value: unknown): value is TenantItemId {
  return typeof value === "string" && (TENANT_ITEM_IDS as readonly string[]).includes(value);
}

export function stepOfItem(id: ItemId): ChecklistStepId {
  const step = CHECKLIST_STEP_IDS.find((s) => (STEP_ITEMS[s] as readonly string[]).includes(id));
  if (!step) throw new Error(`Unknown item id ${id}`);
  return step;
}
