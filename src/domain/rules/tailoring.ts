import { catalogItem } from "../catalog/catalog.ts";
import { ITEM_IDS, stepOfItem, type ChecklistStepId, type ItemId } from "../catalog/ids.ts";
import type { Decisions } from "../strategy/schema.ts";
import { minimumDeviceLimit } from "../strategy/requirements.ts";
import { applicabilityAll, type ApplicabilityLevel } from "./applicability.ts";

/** Names as an admin says them in a sentence; items without one use their catalog title. */
const SHORT_NAMES: Partial<Record<ItemId, string>> = {
  "mdm-user-scope": "MDM user scope",
  "intune-admin-role": "Intune Administrator role",
  "intune-license": "Intune licenses",
  "enrollment-device-limit": "device limit",
  "enrollment-platform-restrictions": "platform restriction",
  "apns-certificate": "APNs certificate",
  "ade-token": "ADE token",
  "vpp-token": "Apps and Books token",
  "strategy-identities": "Apple ID decision",
  "strategy-accounts-sso": "single sign-on decision",
  "mdm-authority": "MDM authority",
  "entra-device-registration": "Entra device settings",
  "corporate-identifiers": "corporate identifiers",
  "mac-targeting": "Mac filter",
  "ade-enrollment-profile": "ADE enrollment profile",
  "company-portal": "Company Portal",
  "pilot-mac": "pilot Mac",
  "compliance-policy": "compliance policy",
  "conditional-access": "Conditional Access",
  "sso-policy": "SSO policy",
  filevault: "FileVault",
  firewall: "firewall",
  gatekeeper: "Gatekeeper",
  "software-updates": "macOS updates",
  defender: "Defender for Endpoint",
  laps: "macOS LAPS",
};

// Tenant set-up and Policies items say when they start or stop applying; their requirement lists are shown on their
// cards, and repeating every one of them here would drown the prerequisites' changes.
const DETAILED_STEPS: ReadonlySet<ChecklistStepId> = new Set(["organization", "strategy", "tenant"]);

export const shortName = (id: ItemId) => SHORT_NAMES[id] ?? catalogItem(id).title;

function list(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

const LEVEL_PHRASES = {
  "not-needed": "no longer needed",
  required: "now required",
  optional: "now optional",
} as const satisfies Record<ApplicabilityLevel, string>;

export const NOTHING_CHANGED = "Nothing else in the checklist changes.";

/**
 * One sentence saying what saving a decision changed in the checklist, e.g. "ADE token and Apps and Books token no
 * longer needed; device limit at least 2; single sign-on decision now needs Users allowed to join devices to Microsoft
 * Entra." Derived from the applicability before and after, so it can never disagree with the cards or the counts.
 */
export function describeTailoring(before: Decisions, after: Decisions): string {
  const was = applicabilityAll(before);
  const now = applicabilityAll(after);
  const byLevel: Record<ApplicabilityLevel, string[]> = { "not-needed": [], required: [], optional: [] };
  const requirementChanges: string[] = [];

  for (const id of ITEM_IDS) {
    const a = was[id];
    const b = now[id];
    if (a.level !== b.level) byLevel[b.level].push(shortName(id));
    // The device limit is said as a number below; a not-needed item's requirements are gone with it.
    if (id === "enrollment-device-limit" || b.level === "not-needed" || !DETAILED_STEPS.has(stepOfItem(id))) continue;
    const added = b.requirements.filter((r) => !a.requirements.includes(r));
    const removed = a.level === "not-needed" ? [] : a.requirements.filter((r) => !b.requirements.includes(r));
    if (added.length > 0) requirementChanges.push(`${shortName(id)} now needs ${list(added)}`);
    if (removed.length > 0) requirementChanges.push(`${shortName(id)} no longer needs ${list(removed)}`);
  }

  const parts = (["not-needed", "required", "optional"] as const)
    .filter((level) => byLevel[level].length > 0)
    .map((level) => `${list(byLevel[level])} ${LEVEL_PHRASES[level]}`);
  const limitBefore = minimumDeviceLimit(before);
  const limitAfter = minimumDeviceLimit(after);
  if (limitAfter !== null && limitAfter !== limitBefore) parts.push(`device limit at least ${limitAfter}`);
  parts.push(...requirementChanges);

  if (parts.length === 0) return NOTHING_CHANGED;
  const sentence = parts.join("; ");
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
