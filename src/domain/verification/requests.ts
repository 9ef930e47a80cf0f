import type { VerifiableItemId } from "../catalog/ids.ts";

export type GraphVersion = "v1.0" | "beta";

export type RequestId =
  | "mdmPolicy"
  | "memberOf"
  | "roleAssignments"
  | "roleEligibility"
  | "subscribedSkus"
  | "enrollmentConfigurations"
  | "apnsCertificate"
  | "depSettings"
  | "vppTokens"
  | RolloutRequestId;

/** Reads of the Tenant set-up and Policies steps (rollout-plan.md §3); asked for only when those steps are verified. */
export type RolloutRequestId =
  | "organization"
  | "deviceRegistrationPolicy"
  | "assignmentFilters"
  | "mobileApps"
  | "managedDevices"
  | "compliancePolicies"
  | "conditionalAccessPolicies"
  | "configurationPolicies"
  | "deviceConfigurations"
  | "mtdConnectors";

export type GraphRequestSpec = {
  id: RequestId;
  method: "GET";
  version: GraphVersion;
  /** Path relative to the version root, without query string. */
  path: string;
  /**
   * Query string sent live (never part of the matching key). `$select` keeps secrets out of evidence files: the VPP
   * token list would otherwise carry each token's `token` string.
   */
  query: string;
  /** The same resource exists in the other version too; evidence from either is accepted. */
  alsoIn: GraphVersion | null;
  /** Delegated scope that lets a signed-in admin read it. */
  scope: string;
  items: readonly VerifiableItemId[];
};

/** The first round: one v1.0 and one beta `$batch`, sent in parallel. */
export const GRAPH_REQUESTS = [
  { id: "mdmPolicy", method: "GET", version: "beta", path: "/policies/mobileDeviceManagementPolicies/0000000a-0000-0000-c000-000000000000", query: "$expand=includedGroups", alsoIn: null, scope: "Policy.Read.All", items: ["mdm-user-scope"] },
  { id: "memberOf", method: "GET", version: "v1.0", path: "/me/memberOf", query: "$select=id,displayName,roleTemplateId", alsoIn: null, scope: "User.Read", items: ["intune-admin-role"] },
  { id: "roleAssignments", method: "GET", version: "v1.0", path: "/roleManagement/directory/roleAssignmentScheduleInstances/filterByCurrentUser(on='principal')", query: "", alsoIn: null, scope: "RoleAssignmentSchedule.Read.Directory", items: ["intune-admin-role"] },
  { id: "roleEligibility", method: "GET", version: "v1.0", path: "/roleManagement/directory/roleEligibilityScheduleInstances/filterByCurrentUser(on='principal')", query: "", alsoIn: null, scope: "RoleEligibilitySchedule.Read.Directory", items: ["intune-admin-role"] },
  { id: "subscribedSkus", method: "GET", version: "v1.0", path: "/subscribedSkus", query: "$select=skuId,skuPartNumber,capabilityStatus,consumedUnits,prepaidUnits,servicePlans,appliesTo", alsoIn: null, scope: "LicenseAssignment.Read.All", items: ["intune-license"] },
  { id: "enrollmentConfigurations", method: "GET", version: "beta", path: "/deviceManagement/deviceEnrollmentConfigurations", query: "$expand=assignments", alsoIn: "v1.0", scope: "DeviceManagementServiceConfig.Read.All", items: ["enrollment-device-limit", "enrollment-platform-restrictions"] },
  { id: "apnsCertificate", method: "GET", version: "v1.0", path: "/deviceManagement/applePushNotificationCertificate", query: "$select=appleIdentifier,topicIdentifier,expirationDateTime,lastModifiedDateTime,certificateSerialNumber,certificateUploadStatus,certificateUploadFailureReason", alsoIn: "beta", scope: "DeviceManagementServiceConfig.Read.All", items: ["apns-certificate"] },
  { id: "depSettings", method: "GET", version: "beta", path: "/deviceManagement/depOnboardingSettings", query: "", alsoIn: null, scope: "DeviceManagementServiceConfig.Read.All", items: ["ade-token"] },
  // beta: only beta has the token's own name (`displayName`, the admin center's "Token name") and `locationName`.
  { id: "vppTokens", method: "GET", version: "beta", path: "/deviceAppManagement/vppTokens", query: "$select=id,displayName,locationName,organizationName,appleId,vppTokenAccountType,expirationDateTime,lastSyncDateTime,lastSyncStatus,state,countryOrRegion,automaticallyUpdateApps", alsoIn: "v1.0", scope: "DeviceManagementServiceConfig.Read.All", items: ["vpp-token"] },
] as const satisfies readonly GraphRequestSpec[];

/**
 * The reads of the two rollout steps, one row per resource (the evidence key is method + path; the query is only what
 * is sent). Queries are percent-encoded where they hold spaces, so a request line stays one token. Why each query is
 * what it is (Microsoft page, or [Inferred] where no page documents it) is in the README's evidence-format table.
 */
export const ROLLOUT_REQUESTS = [
  { id: "organization", method: "GET", version: "v1.0", path: "/organization", query: "$select=id,mobileDeviceManagementAuthority", alsoIn: "beta", scope: "DeviceManagementServiceConfig.Read.All", items: ["mdm-authority"] },
  { id: "deviceRegistrationPolicy", method: "GET", version: "v1.0", path: "/policies/deviceRegistrationPolicy", query: "", alsoIn: "beta", scope: "Policy.Read.All", items: ["entra-device-registration"] },
  { id: "assignmentFilters", method: "GET", version: "beta", path: "/deviceManagement/assignmentFilters", query: "$select=id,displayName,platform,rule,assignmentFilterManagementType", alsoIn: null, scope: "DeviceManagementConfiguration.Read.All", items: ["mac-targeting"] },
  { id: "mobileApps", method: "GET", version: "beta", path: "/deviceAppManagement/mobileApps", query: "$expand=assignments", alsoIn: null, scope: "DeviceManagementApps.Read.All", items: ["company-portal", "defender"] },
  { id: "managedDevices", method: "GET", version: "v1.0", path: "/deviceManagement/managedDevices", query: "$filter=operatingSystem%20eq%20'macOS'&$select=id,operatingSystem,osVersion,managedDeviceOwnerType,deviceEnrollmentType,enrolledDateTime,lastSyncDateTime,complianceState,isSupervised,isEncrypted", alsoIn: "beta", scope: "DeviceManagementManagedDevices.Read.All", items: ["pilot-mac", "corporate-identifiers"] },
  { id: "compliancePolicies", method: "GET", version: "v1.0", path: "/deviceManagement/deviceCompliancePolicies", query: "$expand=assignments", alsoIn: "beta", scope: "DeviceManagementConfiguration.Read.All", items: ["compliance-policy", "filevault", "firewall"] },
  { id: "conditionalAccessPolicies", method: "GET", version: "v1.0", path: "/identity/conditionalAccess/policies", query: "", alsoIn: "beta", scope: "Policy.Read.All", items: ["conditional-access"] },
  { id: "configurationPolicies", method: "GET", version: "beta", path: "/deviceManagement/configurationPolicies", query: "$filter=platforms%20has%20'macOS'&$expand=settings,assignments", alsoIn: null, scope: "DeviceManagementConfiguration.Read.All", items: ["sso-policy", "filevault", "firewall", "gatekeeper", "software-updates", "defender"] },
  { id: "deviceConfigurations", method: "GET", version: "beta", path: "/deviceManagement/deviceConfigurations", query: "$filter=isof('microsoft.graph.macOSSoftwareUpdateConfiguration')%20or%20isof('microsoft.graph.macOSEndpointProtectionConfiguration')%20or%20isof('microsoft.graph.macOSDeviceFeaturesConfiguration')&$expand=assignments", alsoIn: null, scope: "DeviceManagementConfiguration.Read.All", items: ["sso-policy", "filevault", "firewall", "gatekeeper", "software-updates"] },
  { id: "mtdConnectors", method: "GET", version: "beta", path: "/deviceManagement/mobileThreatDefenseConnectors", query: "", alsoIn: null, scope: "DeviceManagementServiceConfig.Read.All", items: ["defender"] },
] as const satisfies readonly GraphRequestSpec[];

/** Every read of every step: the evidence parser, the stand-in and the rules look requests up here. */
export const ALL_REQUESTS: readonly GraphRequestSpec[] = [...GRAPH_REQUESTS, ...ROLLOUT_REQUESTS];

/**
 * The follow-up round: one request per ADE token returned by `depSettings`, for its default macOS enrollment profile.
 * Not the profile list: a macOS profile declares `adminAccountPassword`, and `$select` on the list cannot name
 * `isDefault` (it is declared on a derived type). This navigation is typed `depMacOSEnrollmentProfile`, so the
 * `$select` below is valid and nothing else of the profile ever reaches an evidence file (graph-metadata-check.md
 * defect 6; Learn "Get depMacOSEnrollmentProfile", beta). The rollout checks add the profile settings they judge
 * (user affinity, Await final configuration, locked enrollment, FileVault pane, the LAPS admin account's name and
 * rotation): none of them is a secret; `adminAccountPassword` is still never selected.
 */
export const ENROLLMENT_PROFILES_REQUEST = {
  method: "GET",
  version: "beta",
  pathFor: (depSettingId: string) => `/deviceManagement/depOnboardingSettings/${depSettingId}/defaultMacOsEnrollmentProfile`,
  query: "$select=id,displayName,isDefault,requiresUserAuthentication,waitForDeviceConfiguredConfirmation,profileRemovalDisabled,fileVaultDisabled,adminAccountUserName,depProfileAdminAccountPasswordRotationSetting",
  scope: "DeviceManagementServiceConfig.Read.All",
} as const;

/** What earlier builds and scripts read instead (the whole list); still accepted from older evidence files. */
export const LEGACY_ENROLLMENT_PROFILES_PATH = (depSettingId: string) =>
  `/deviceManagement/depOnboardingSettings/${depSettingId}/enrollmentProfiles`;
