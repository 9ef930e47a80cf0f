// Which Graph reads and which delegated scopes each verifiable step needs. Least privilege, asked for incrementally:
// the prerequisite check keeps its own set, and the scopes only the rollout steps need are requested when the admin
// verifies one of those steps (graph-metadata-check.md H-a … H-f, rollout-plan.md §3).
import { REQUIRED_SCOPES, type RequiredScope } from "./consent.ts";
import { ALL_REQUESTS, GRAPH_REQUESTS, ENROLLMENT_PROFILES_REQUEST, type GraphRequestSpec, type RequestId } from "./requests.ts";

export type VerifiedStep = "tenant" | "setup" | "policies";

/**
 * The reads each step's checks use. The set-up step re-reads the enrollment restrictions (Entra's device quota is
 * compared with Intune's device limit) and the ADE tokens (their enrollment profiles follow); the policies step
 * re-reads the ADE tokens for LAPS and for who a Platform SSO policy must reach.
 */
export const STEP_REQUESTS = {
  tenant: GRAPH_REQUESTS.map((r) => r.id),
  setup: ["organization", "deviceRegistrationPolicy", "enrollmentConfigurations", "assignmentFilters", "depSettings", "mobileApps", "managedDevices"],
  policies: ["compliancePolicies", "conditionalAccessPolicies", "configurationPolicies", "deviceConfigurations", "mtdConnectors", "mobileApps", "depSettings"],
} as const satisfies Record<VerifiedStep, readonly RequestId[]>;

/** Why the rollout steps need each scope; the prerequisite scopes keep their words in consent.ts. */
const ROLLOUT_SCOPE_REASONS: readonly RequiredScope[] = [
  { scope: "DeviceManagementConfiguration.Read.All", why: "Read compliance policies, settings catalog and device configuration profiles, and assignment filters: FileVault, firewall, Gatekeeper, updates, single sign-on and Mac targeting.", adminConsent: true },
  { scope: "DeviceManagementApps.Read.All", why: "Read the Intune app list to find Company Portal and Microsoft Defender and how they are assigned.", adminConsent: true },
  { scope: "DeviceManagementManagedDevices.Read.All", why: "See whether a pilot Mac has enrolled: operating system, enrollment type and ownership only (no device names, users or serial numbers are requested).", adminConsent: true },
];

const EXTRA_WHY: Record<string, string> = {
  "Policy.Read.All": "Also reads Entra's device registration settings and the Conditional Access policies (already consented for the prerequisite check, so no new consent).",
  "DeviceManagementServiceConfig.Read.All": "Also reads the tenant's MDM authority, the ADE enrollment profiles and the Defender connector (already consented for the prerequisite check).",
};

export function requestsForSteps(steps: readonly VerifiedStep[]): readonly GraphRequestSpec[] {
  const ids = new Set<RequestId>(steps.flatMap((s) => STEP_REQUESTS[s]));
  return ALL_REQUESTS.filter((r) => ids.has(r.id));
}

/** Whether the steps' reads include the ADE tokens, so the enrollment-profile follow-up round is due. */
export function needsEnrollmentProfiles(steps: readonly VerifiedStep[]): boolean {
  return requestsForSteps(steps).some((r) => r.id === "depSettings");
}

/** Scopes to request for these steps (sign-in's User.Read included), in a stable order. */
export function scopesForSteps(steps: readonly VerifiedStep[]): readonly string[] {
  const scopes = requestsForSteps(steps).map((r) => r.scope);
  if (needsEnrollmentProfiles(steps)) scopes.push(ENROLLMENT_PROFILES_REQUEST.scope);
  return [...new Set(["User.Read", ...scopes])];
}

/** The scope table for these steps: what each scope is for. Known prerequisite scopes keep their words. */
export function scopeTableForSteps(steps: readonly VerifiedStep[]): readonly RequiredScope[] {
  const known = [...REQUIRED_SCOPES, ...ROLLOUT_SCOPE_REASONS];
  const onlyTenant = steps.every((s) => s === "tenant");
  return scopesForSteps(steps).map((scope) => {
    const entry = known.find((k) => k.scope === scope) ?? { scope, why: "Read-only access these checks need.", adminConsent: true };
    const extra = onlyTenant ? undefined : EXTRA_WHY[scope];
    return extra ? { ...entry, why: `${entry.why} ${extra}` } : entry;
  });
}

/** Scopes the rollout steps add on top of the prerequisite check's: what a second admin consent must grant. */
export function scopesAddedBy(steps: readonly VerifiedStep[]): readonly string[] {
  const base = new Set(scopesForSteps(["tenant"]));
  return scopesForSteps(steps).filter((s) => !base.has(s));
}
