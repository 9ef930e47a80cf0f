// These ids are a public contract: share links, exports, automation and the summary's data attributes use them.
//
// Which items are verifiable: every item of the `tenant`, `setup` and `policies` steps (VERIFIABLE_ITEM_IDS). Their
// verification records, verdict-engine results and share-link verification entries are keyed by VerifiableItemId.
// A verifiable item without a verdict rule yet shows "not-checked"; items Graph cannot show say so in their rule.
// Organization and strategy items are never verified against the tenant: a person ticks them or a form records them.
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
  setup: [
    "mdm-authority",
    "entra-device-registration",
    "corporate-identifiers",
    "mac-targeting",
    "ade-enrollment-profile",
    "company-portal",
    "pilot-mac",
  ],
  policies: [
    "compliance-policy",
    "conditional-access",
    "sso-policy",
    "filevault",
    "firewall",
    "gatekeeper",
    "software-updates",
    "defender",
    "laps",
  ],
} as const;

export type ChecklistStepId = keyof typeof STEP_ITEMS;
export type OrganizationItemId = (typeof STEP_ITEMS.organization)[number];
export type StrategyItemId = (typeof STEP_ITEMS.strategy)[number];
export type TenantItemId = (typeof STEP_ITEMS.tenant)[number];
export type SetupItemId = (typeof STEP_ITEMS.setup)[number];
export type PoliciesItemId = (typeof STEP_ITEMS.policies)[number];
/** Items whose state can be read from the tenant through Microsoft Graph (see the note at the top). */
export type VerifiableItemId = TenantItemId | SetupItemId | PoliciesItemId;
export type ItemId = OrganizationItemId | StrategyItemId | VerifiableItemId;

export const CHECKLIST_STEP_IDS = [
  "organization",
  "strategy",
  "tenant",
  "setup",
  "policies",
] as const satisfies readonly ChecklistStepId[];
export const VERIFIABLE_STEP_IDS = ["tenant", "setup", "policies"] as const satisfies readonly ChecklistStepId[];
export type VerifiableStepId = (typeof VERIFIABLE_STEP_IDS)[number];

export const ITEM_IDS: readonly ItemId[] = CHECKLIST_STEP_IDS.flatMap((step) => STEP_ITEMS[step]);
export const TENANT_ITEM_IDS: readonly TenantItemId[] = STEP_ITEMS.tenant;
export const SETUP_ITEM_IDS: readonly SetupItemId[] = STEP_ITEMS.setup;
export const POLICIES_ITEM_IDS: readonly PoliciesItemId[] = STEP_ITEMS.policies;
/** Tenant items first, in checklist order: the verdict engine and every verification list keep this order. */
export const VERIFIABLE_ITEM_IDS: readonly VerifiableItemId[] = VERIFIABLE_STEP_IDS.flatMap((step) => STEP_ITEMS[step]);

export function isItemId(value: unknown): value is ItemId {
  return typeof value === "string" && (ITEM_IDS as readonly string[]).includes(value);
}

export function isTenantItemId(value: unknown): value is TenantItemId {
  return typeof value === "string" && (TENANT_ITEM_IDS as readonly string[]).includes(value);
}

export function isVerifiableItemId(value: unknown): value is VerifiableItemId {
  return typeof value === "string" && (VERIFIABLE_ITEM_IDS as readonly string[]).includes(value);
}

export function isVerifiableStep(step: ChecklistStepId): step is VerifiableStepId {
  return (VERIFIABLE_STEP_IDS as readonly string[]).includes(step);
}

export function stepOfItem(id: ItemId): ChecklistStepId {
  const step = CHECKLIST_STEP_IDS.find((s) => (STEP_ITEMS[s] as readonly string[]).includes(id));
  if (!step) throw new Error(`Unknown item id ${id}`);
  return step;
}
