import type { PoliciesItemId, SetupItemId } from "../../catalog/ids.ts";
import type { Rule } from "../rules/types.ts";
import { compliancePolicy, conditionalAccess, defender, laps } from "./policies-access.ts";
import { filevault, firewall, gatekeeper, softwareUpdates } from "./policies-security.ts";
import { ssoPolicy } from "./policies-sso.ts";
import { adeEnrollmentProfile, companyPortal, corporateIdentifiers, pilotMac } from "./setup-enrollment.ts";
import { entraDeviceRegistration, macTargeting, mdmAuthority } from "./setup-tenant.ts";

/** One rule per item of the Tenant set-up and Policies steps (rollout-plan.md §3). */
export const ROLLOUT_RULES: Record<SetupItemId | PoliciesItemId, Rule> = {
  "mdm-authority": mdmAuthority,
  "entra-device-registration": entraDeviceRegistration,
  "corporate-identifiers": corporateIdentifiers,
  "mac-targeting": macTargeting,
  "ade-enrollment-profile": adeEnrollmentProfile,
  "company-portal": companyPortal,
  "pilot-mac": pilotMac,
  "compliance-policy": compliancePolicy,
  "conditional-access": conditionalAccess,
  "sso-policy": ssoPolicy,
  filevault,
  firewall,
  gatekeeper,
  "software-updates": softwareUpdates,
  defender,
  laps,
};
