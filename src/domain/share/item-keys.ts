import { isItemId, type ItemId, type PoliciesItemId, type SetupItemId } from "../catalog/ids.ts";

/**
 * Items added after the "s1" link format was frozen travel under a two-character key instead of their id, so the
 * Tenant set-up and Policies steps fit the 2,000-character budget (see placement.ts). Append-only: never change or
 * reuse a key. Older items keep their full id as key, so links stay readable by every s1 build; a build that does
 * not know a key skips it, exactly as it skips an unknown id.
 */
export const LINK_ITEM_KEYS = {
  "mdm-authority": "s0",
  "entra-device-registration": "s1",
  "corporate-identifiers": "s2",
  "mac-targeting": "s3",
  "ade-enrollment-profile": "s4",
  "company-portal": "s5",
  "pilot-mac": "s6",
  "compliance-policy": "p0",
  "conditional-access": "p1",
  "sso-policy": "p2",
  filevault: "p3",
  firewall: "p4",
  gatekeeper: "p5",
  "software-updates": "p6",
  defender: "p7",
  laps: "p8",
} as const satisfies Record<SetupItemId | PoliciesItemId, string>;

const BY_KEY = new Map<string, ItemId>(Object.entries(LINK_ITEM_KEYS).map(([id, key]) => [key, id as ItemId]));

export function linkKeyOfItem(id: ItemId): string {
  return (LINK_ITEM_KEYS as Partial<Record<ItemId, string>>)[id] ?? id;
}

/** The item a link key stands for, or null for a key this build does not know. */
export function itemOfLinkKey(key: string): ItemId | null {
  return BY_KEY.get(key) ?? (isItemId(key) ? key : null);
}
