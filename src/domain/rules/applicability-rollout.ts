import type { PoliciesItemId, SetupItemId } from "../catalog/ids.ts";
import { minimumDeviceLimit } from "../strategy/requirements.ts";
import { rolloutChoices, type RolloutChoices } from "../strategy/rollout.ts";
import type { Decisions, PolicyArea, PssoMethod } from "../strategy/schema.ts";
import type { Applicability } from "./applicability-types.ts";
import { notNeeded, optional, required } from "./applicability-types.ts";

// Applicability of the Tenant set-up and Policies items: which apply, and what each must meet, per recorded decision.
// Facts: /work/shared/reference/rollout-plan.md §2 (order), §4 (decision mapping), §5 (pitfalls).

export const PSSO_METHOD_LABELS = {
  "secure-enclave": "Secure Enclave",
  password: "Password",
  "smart-card": "Smart card",
} as const satisfies Record<PssoMethod, string>;

export const NO_PASSWORD_IN_COMPLIANCE = "No password requirement in the compliance policy (it expires Platform SSO and LAPS passwords)";
export const ALLOW_ENTRA_JOIN = "Users allowed to join devices to Microsoft Entra";
export const DEFAULT_ADE_PROFILE = "Set as the default macOS enrollment profile";
export const COMPANY_PORTAL_REQUIRED_APP = "Deployed as a Required app to the Mac users";
export const COMPANY_PORTAL_PSSO_VERSION = "Company Portal 5.2404.0 or later";
export const FILEVAULT_AT_SETUP = "Force Enable in Setup Assistant, with Defer enabled";
export const ONE_SSO_POLICY = "Exactly one SSO policy reaches each Mac";
export const PSSO_USER_GROUPS = "Assigned to user groups, not device groups or All devices";
export const NOT_BOTH_UPDATE_TYPES = "Not both an enforce-latest and a targeted-version update policy";
export const NOT_ONLY_MDM_UPDATES = "Declarative device management, not only the retiring macOS update policy";

const AREA_NAMES = {
  filevault: "FileVault",
  firewall: "the firewall",
  gatekeeper: "Gatekeeper",
  "os-updates": "OS updates",
  "compliance-ca": "compliance and Conditional Access",
  defender: "Microsoft Defender for Endpoint",
  "local-admin-password": "the local admin password",
} as const satisfies Record<PolicyArea, string>;

const POLICIES_FIRST = "Decide the security policies in the strategy first.";

/** Required when the area was chosen, not needed when it was left out, optional until the policies are decided. */
function byArea(c: RolloutChoices, area: PolicyArea, reason: string, requirements: readonly string[] = []): Applicability {
  if (c.areas === null) return optional(POLICIES_FIRST, requirements);
  if (!c.areas.has(area)) return notNeeded(`You did not choose ${AREA_NAMES[area]} among the strategy's policies.`);
  return required(reason, requirements);
}

function entraDeviceRegistration(c: RolloutChoices, d: Decisions): Applicability {
  const limit = minimumDeviceLimit(d);
  const quota = limit === null ? [] : [`Maximum number of devices per user of at least ${limit}`];
  if (c.sso === "platform-sso") {
    return required("Platform SSO registers each Mac in Microsoft Entra ID, so users must be allowed to join devices.", [ALLOW_ENTRA_JOIN, ...quota]);
  }
  return required("Macs registered through Company Portal count against Entra's own device maximum per user.", quota);
}

const SERIALS_UPLOADED = "Serial numbers of corporate Macs uploaded";

function corporateIdentifiers(c: RolloutChoices): Applicability {
  if (c.corporateOutsideAde === null) return optional("Decide the device strategy first: corporate Macs outside ADE need their serial numbers here.");
  if (!c.corporateOutsideAde) {
    return notNeeded(c.ade ? "Corporate Macs enroll through ADE, which marks them corporate." : "Only personal Macs are in scope.");
  }
  // The strategy's answer decides: "yes" is relied on by the platform restriction (personal Macs may be blocked), so
  // the upload is required even while purchases through Apple Business Manager are only planned; "no" leaves it optional.
  if (c.corporateIdentifiers === true) {
    return required("You chose to register these Macs' serial numbers: upload them before the Macs enroll, or Intune marks them personal.", [SERIALS_UPLOADED]);
  }
  if (c.corporateIdentifiers === false) {
    return optional("You chose not to register serial numbers: corporate Macs outside ADE enroll as personal, so personal macOS enrollment must stay allowed.");
  }
  if (c.adePlanned) return optional("Until purchases go through Apple Business Manager, corporate Macs enroll through Company Portal and count as personal without this.", [SERIALS_UPLOADED]);
  return required("Corporate Macs enroll through Company Portal and count as personal unless their serial numbers are registered.", [SERIALS_UPLOADED]);
}

function macTargeting(c: RolloutChoices): Applicability {
  const reason = "Every Mac policy needs a target that is ready when the Mac enrolls.";
  if (c.ade) return required(reason, ["A macOS filter on the enrollment profile name"]);
  return required(reason, ["A macOS assignment filter (or a group) for the Macs"]);
}

function adeProfile(c: RolloutChoices): Applicability {
  if (c.corporateOutsideAde === null) return optional("Decide the device strategy first: corporate Macs from Apple Business Manager need this profile.", [DEFAULT_ADE_PROFILE]);
  if (!c.ade && !c.adePlanned) return notNeeded("Macs don't enroll through Automated Device Enrollment.");
  const needs: string[] = [DEFAULT_ADE_PROFILE];
  if (c.adeEnrollment === "user-modern-auth") needs.push("Enroll with user affinity", "Setup Assistant with modern authentication");
  if (c.adeEnrollment === "user-legacy") needs.push("Enroll with user affinity", "Setup Assistant (legacy) authentication");
  if (c.adeEnrollment === "without-user") needs.push("Enroll without user affinity");
  if (c.fileVaultAtSetup) needs.push("Await final configuration turned on", "FileVault pane shown in Setup Assistant");
  if (c.laps) needs.push("Account settings: local admin account with password rotation (macOS LAPS)");
  if (c.adePlanned) return optional("Needed once purchases go through Apple Business Manager.", needs);
  return required("A Mac synced from Apple Business Manager without an assigned or default profile fails enrollment.", needs);
}

function companyPortal(c: RolloutChoices): Applicability {
  const needs: string[] = [];
  if (c.adeEnrollment === "user-modern-auth") needs.push(COMPANY_PORTAL_REQUIRED_APP);
  if (c.corporateOutsideAde || c.personalInScope) needs.push("Users download it from Microsoft to enroll (it is not in the App Store)");
  if (c.sso === "platform-sso") needs.push(COMPANY_PORTAL_PSSO_VERSION);
  return required("Company Portal registers Macs in Microsoft Entra ID and carries the Microsoft SSO extension.", needs);
}

function pilotMac(c: RolloutChoices): Applicability {
  const how = c.ade ? ["Enrolled through Automated Device Enrollment after an erase"] : ["Enrolled through Company Portal"];
  return required("Microsoft's end-to-end guide enrolls one test Mac before policies reach everyone.", how);
}

function compliancePolicy(c: RolloutChoices): Applicability {
  const needs: string[] = ["Assigned to the Mac users or devices"];
  if (c.sso === "platform-sso" || c.laps) needs.push(NO_PASSWORD_IN_COMPLIANCE);
  if (c.areas?.has("filevault")) needs.push("Require encryption of data storage");
  if (c.areas?.has("firewall")) needs.push("Require the firewall");
  return byArea(c, "compliance-ca", "Conditional Access can only block Macs that a compliance policy marks noncompliant.", needs);
}

function ssoPolicy(c: RolloutChoices): Applicability {
  if (c.sso === null) return optional("Decide the single sign-on model in the strategy first.", [ONE_SSO_POLICY]);
  if (c.sso === "enterprise-sso") {
    return required("You chose the Microsoft Enterprise SSO plug-in.", ["Extensible SSO of the Redirect type, without Platform SSO settings", ONE_SSO_POLICY]);
  }
  const method = c.pssoMethod ? [`Platform SSO with the ${PSSO_METHOD_LABELS[c.pssoMethod]} method`] : [];
  const groups = c.userAffinity === false ? [] : [PSSO_USER_GROUPS];
  return required("You chose Platform SSO.", [...method, ...groups, ONE_SSO_POLICY]);
}

function fileVault(c: RolloutChoices): Applicability {
  const needs = ["Personal recovery key escrowed to Intune", ...(c.fileVaultAtSetup ? [FILEVAULT_AT_SETUP] : [])];
  return byArea(c, "filevault", "You chose FileVault: the disk is encrypted and Intune keeps the recovery key.", needs);
}

function softwareUpdates(c: RolloutChoices): Applicability {
  const approach =
    c.updateApproach === "latest" ? ["Enforce the latest update after a delay"] : c.updateApproach === "targeted" ? ["A target macOS version by a date"] : [];
  return byArea(c, "os-updates", "You chose OS updates: declarative device management enforces them on macOS 14 and later.", [
    NOT_ONLY_MDM_UPDATES,
    ...approach,
    NOT_BOTH_UPDATE_TYPES,
  ]);
}

function laps(c: RolloutChoices): Applicability {
  if (c.areas === null || c.corporateOutsideAde === null) return optional("Decide the devices and the policies in the strategy first: macOS LAPS needs Automated Device Enrollment.");
  if (!c.areas.has("local-admin-password")) return notNeeded(`You did not choose ${AREA_NAMES["local-admin-password"]} among the strategy's policies.`);
  if (c.adePlanned) return optional("macOS LAPS works only with Automated Device Enrollment, once purchases go through Apple Business Manager.");
  if (!c.ade) return notNeeded("macOS LAPS works only with Automated Device Enrollment, which your Macs don't use; manage the admin password another way.");
  return required("You chose to manage the local admin password; with ADE, macOS LAPS does it.", [
    "Local admin account with rotation in the ADE profile's account settings",
    "A custom Intune role to view and rotate the password",
  ]);
}

type RolloutRule = (c: RolloutChoices, d: Decisions) => Applicability;

const ROLLOUT_RULES = {
  "mdm-authority": () => required("Macs enroll in Intune only when Intune is the MDM authority."),
  "entra-device-registration": entraDeviceRegistration,
  "corporate-identifiers": corporateIdentifiers,
  "mac-targeting": macTargeting,
  "ade-enrollment-profile": adeProfile,
  "company-portal": companyPortal,
  "pilot-mac": pilotMac,
  "compliance-policy": compliancePolicy,
  "conditional-access": (c) =>
    byArea(c, "compliance-ca", "You chose compliance and Conditional Access: only compliant Macs reach company data.", [
      "Grant access only to compliant devices",
      "macOS included in the device platforms",
    ]),
  "sso-policy": ssoPolicy,
  filevault: fileVault,
  firewall: (c) => byArea(c, "firewall", "You chose the firewall.", ["Firewall enabled"]),
  gatekeeper: (c) => byArea(c, "gatekeeper", "You chose Gatekeeper.", ["App Store and identified developers only", "Users cannot override it"]),
  "software-updates": softwareUpdates,
  defender: (c) => byArea(c, "defender", "You chose Microsoft Defender for Endpoint.", ["Defender connection turned on for macOS", "Onboarding package and system extension profiles assigned"]),
  laps,
} as const satisfies Record<SetupItemId | PoliciesItemId, RolloutRule>;

export function rolloutApplicability(id: SetupItemId | PoliciesItemId, decisions: Decisions): Applicability {
  return ROLLOUT_RULES[id](rolloutChoices(decisions), decisions);
}
