import { ITEM_IDS, POLICIES_ITEM_IDS, SETUP_ITEM_IDS } from "../catalog/ids.ts";
import type { ItemId, PoliciesItemId, SetupItemId } from "../catalog/ids.ts";
import type { Decisions } from "../strategy/schema.ts";
import { minimumDeviceLimit, strategyRequires } from "../strategy/requirements.ts";
import { notNeeded, optional, required, type Applicability, type ApplicabilityLevel } from "./applicability-types.ts";
import { rolloutApplicability } from "./applicability-rollout.ts";

export { APPLICABILITY_LEVELS, type Applicability, type ApplicabilityLevel } from "./applicability-types.ts";

export const APPLICABILITY_LABELS = {
  required: "Required for your strategy",
  optional: "Optional",
  "not-needed": "Not needed",
} as const satisfies Record<ApplicabilityLevel, string>;

// Figures from the reference notes (Platform SSO prerequisites, device limit range); keep them in one place.
export const MANAGED_APPLE_ID_REQUIREMENT = "Managed Apple Accounts are created in Apple Business Manager";
export const ADE_DEFAULT_PROFILE_REQUIREMENT = "A default macOS enrollment profile";
export const ALLOW_MACOS_REQUIREMENT = "Allow macOS enrollment";
export const ALLOW_PERSONAL_REQUIREMENT = "Allow personal macOS enrollment";
/**
 * Only for ADE-only fleets: Intune treats every Mac that does not enroll through ADE as personal unless its serial
 * number is registered as a corporate device identifier (Learn, corporate-identifiers-add).
 */
export const BLOCK_PERSONAL_REQUIREMENT = "Blocking personal macOS enrollment is recommended";
export const PERSONAL_UNTIL_IDENTIFIED_REQUIREMENT = "Allow personal macOS enrollment until corporate Macs' serial numbers are registered as corporate identifiers";
export const IDENTIFIED_REQUIREMENT = "Personal macOS enrollment may be blocked: serial numbers are registered as corporate identifiers";
/** The admin chose not to register serial numbers: corporate Macs outside ADE enroll as personal for good. */
export const PERSONAL_FOR_CORPORATE_REQUIREMENT = "Allow personal macOS enrollment: your corporate Macs outside ADE enroll as personal";
export const PLATFORM_SSO_REQUIREMENTS = [
  "macOS 13 Ventura or later",
  "Company Portal 5.2404.0 or later",
  "Users allowed to join devices to Microsoft Entra",
] as const;
export const ENTERPRISE_SSO_REQUIREMENT = "Company Portal installed on the Mac (it delivers the Enterprise SSO plug-in)";
export const INTUNE_MAX_DEVICE_LIMIT = 15;

const usesManagedAppleIds = (d: Decisions) => d.identities?.value.appleId === "managed";

/**
 * ADE and Apps and Books tokens both live in Apple Business Manager; Managed Apple Accounts need it too, so a token that is
 * otherwise not needed still points the admin at ABM instead of letting them skip it entirely.
 */
function withAbmForManagedIds(result: Applicability, d: Decisions): Applicability {
  if (!usesManagedAppleIds(d)) return result;
  if (result.level === "not-needed") {
    return { ...result, reason: `${result.reason} Apple Business Manager is still needed for Managed Apple Accounts.` };
  }
  return { ...result, requirements: [...result.requirements, MANAGED_APPLE_ID_REQUIREMENT] };
}

function adeToken(d: Decisions): Applicability {
  const devices = d.devices?.value;
  const profile = [ADE_DEFAULT_PROFILE_REQUIREMENT];
  if (!devices) {
    return optional("Decide the device strategy first: the token is needed for corporate Macs bought through Apple Business Manager.", profile);
  }
  if (devices.ownership === "personal") {
    return notNeeded("Only personal Macs are in scope, and Automated Device Enrollment is for corporate Macs.");
  }
  if (devices.abmPurchase === "no") {
    return notNeeded("Corporate Macs are not bought through Apple Business Manager, so they cannot enroll automatically.");
  }
  if (devices.abmPurchase === "planned") {
    return optional("Needed once purchases go through Apple Business Manager.", profile);
  }
  return required("Corporate Macs bought through Apple Business Manager enroll automatically only with this token.", profile);
}

function vppToken(d: Decisions): Applicability {
  const policies = d.policies?.value;
  if (!policies) {
    return optional("Decide the policies first: the token is needed to deploy App Store apps through Apps and Books.");
  }
  return strategyRequires(d).vpp
    ? required("App Store apps are deployed through Apps and Books, which needs a location token.")
    : notNeeded("App Store apps are not deployed through Apps and Books.");
}

function platformRestrictions(d: Decisions): Applicability {
  const reason = "Every Mac enrollment is checked against it: macOS must be allowed.";
  const devices = d.devices?.value;
  if (!devices) return required(reason, [ALLOW_MACOS_REQUIREMENT]);
  const requires = strategyRequires(d);
  if (requires.personalEnrollment) return required(reason, [ALLOW_MACOS_REQUIREMENT, ALLOW_PERSONAL_REQUIREMENT]);
  if (requires.ade) return required(reason, [ALLOW_MACOS_REQUIREMENT, BLOCK_PERSONAL_REQUIREMENT]);
  const personal = requires.corporateIdentifiers
    ? IDENTIFIED_REQUIREMENT
    : devices.corporateIdentifiers === false ? PERSONAL_FOR_CORPORATE_REQUIREMENT : PERSONAL_UNTIL_IDENTIFIED_REQUIREMENT;
  return required(reason, [ALLOW_MACOS_REQUIREMENT, personal]);
}

function deviceLimit(d: Decisions): Applicability {
  const limit = minimumDeviceLimit(d);
  if (limit === null) {
    return required("A user who reaches the limit cannot enroll another Mac; decide the devices per user to get a number.");
  }
  const requirements = [
    `Device limit of at least ${limit}`,
    `Microsoft Entra "Maximum number of devices per user" of at least ${limit}`,
  ];
  if (limit > INTUNE_MAX_DEVICE_LIMIT) {
    return required(
      `Users enroll up to ${limit} devices, but Intune's device limit goes up to ${INTUNE_MAX_DEVICE_LIMIT}: reduce the devices per user.`,
      requirements,
    );
  }
  return required(`Users enroll up to ${limit} devices each, and a user at the limit cannot enroll another.`, requirements);
}

function accountsSso(d: Decisions): Applicability {
  const reason = "The sign-in model decides which configuration profiles and app versions the Macs need.";
  const sso = d.accountsSso?.value.sso;
  if (sso === "platform-sso") return required(reason, PLATFORM_SSO_REQUIREMENTS);
  if (sso === "enterprise-sso") return required(reason, [ENTERPRISE_SSO_REQUIREMENT]);
  return required(reason);
}

function identities(d: Decisions): Applicability {
  const reason = "How users sign in to Apple services decides whether Apple Business Manager is needed.";
  return required(reason, usesManagedAppleIds(d) ? [MANAGED_APPLE_ID_REQUIREMENT] : []);
}

const organization = () => required("Every Mac rollout needs it, whatever the strategy.");
const strategy = () => required("The strategy decides which tenant settings are required.");

const RULES = {
  "security-approval": organization,
  "project-goals": organization,
  "project-plan": organization,
  "budget-sponsors": organization,
  "strategy-devices": strategy,
  "strategy-identities": identities,
  "strategy-accounts-sso": accountsSso,
  "strategy-policies": strategy,
  "mdm-user-scope": () =>
    required("It is on the macOS prerequisite list; it mainly governs Windows automatic enrollment, so review it rather than expect it to block Macs."),
  "intune-admin-role": () => required("Someone needs the Intune Administrator role to change enrollment settings."),
  "intune-license": () => required("Every user who enrolls a Mac needs an Intune Plan 1 license."),
  "enrollment-device-limit": deviceLimit,
  "enrollment-platform-restrictions": platformRestrictions,
  "apns-certificate": () => required("Every kind of Mac management in Intune needs it."),
  "ade-token": (d) => withAbmForManagedIds(adeToken(d), d),
  "vpp-token": (d) => withAbmForManagedIds(vppToken(d), d),
} as const satisfies Record<Exclude<ItemId, RolloutItemId>, (d: Decisions) => Applicability>;

type RolloutItemId = SetupItemId | PoliciesItemId;
const ROLLOUT_IDS: readonly string[] = [...SETUP_ITEM_IDS, ...POLICIES_ITEM_IDS];
const isRolloutItem = (id: ItemId): id is RolloutItemId => ROLLOUT_IDS.includes(id);

export function applicabilityOf(id: ItemId, decisions: Decisions): Applicability {
  return isRolloutItem(id) ? rolloutApplicability(id, decisions) : RULES[id](decisions);
}

export function applicabilityAll(decisions: Decisions): Record<ItemId, Applicability> {
  const all = {} as Record<ItemId, Applicability>;
  for (const id of ITEM_IDS) all[id] = applicabilityOf(id, decisions);
  return all;
}
