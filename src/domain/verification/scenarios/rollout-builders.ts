// Fabricated demo data for the Tenant set-up and Policies steps, in the shapes of the fixtures under
// tests/fixtures/graph/rollout (Graph reference examples and Microsoft's exported intune-my-macs policies).
import { defaultMacProfileLine } from "../keys.ts";
import { ENROLLMENT_PROFILES_REQUEST } from "../requests.ts";
import type { EvidenceResponse } from "../types.ts";
import { collectionOf } from "./builders.ts";

export const ALL_USERS = { "@odata.type": "#microsoft.graph.allLicensedUsersAssignmentTarget", deviceAndAppManagementAssignmentFilterId: null, deviceAndAppManagementAssignmentFilterType: "none" };
export const MAC_FILTER_ID = "f1f1f1f1-0000-4000-8000-000000000001";
export const allDevicesFiltered = { "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget", deviceAndAppManagementAssignmentFilterId: MAC_FILTER_ID, deviceAndAppManagementAssignmentFilterType: "include" };
export const group = (groupId: string) => ({ "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId, deviceAndAppManagementAssignmentFilterId: null, deviceAndAppManagementAssignmentFilterType: "none" });
export const MAC_USERS = "b2c3d4e5-0000-4000-8000-00000000a0a1";

const assigned = (id: string, targets: readonly object[], intent?: string) =>
  targets.map((target, i) => ({ id: `${id}_${i}`, ...(intent ? { intent } : {}), source: "direct", sourceId: id, target }));

export const organization = (authority: "intune" | "unknown" | "sccm" | "office365") =>
  collectionOf("v1.0/$metadata#organization(id,mobileDeviceManagementAuthority)", [{ id: "11111111-2222-3333-4444-555555555555", mobileDeviceManagementAuthority: authority }]);

export function deviceRegistration(quota: number, join: "all" | "no" | "enumerated") {
  return {
    "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#deviceRegistrationPolicy",
    id: "deviceRegistrationPolicy",
    displayName: "Device Registration Policy",
    userDeviceQuota: quota,
    multiFactorAuthConfiguration: "notRequired",
    azureADRegistration: { isAdminConfigurable: false, allowedToRegister: { "@odata.type": "#microsoft.graph.allDeviceRegistrationMembership" } },
    azureADJoin: { isAdminConfigurable: true, allowedToJoin: { "@odata.type": `#microsoft.graph.${join}DeviceRegistrationMembership`, ...(join === "enumerated" ? { users: [], groups: [MAC_USERS] } : {}) }, localAdmins: { enableGlobalAdmins: true, registeringUsers: { "@odata.type": "#microsoft.graph.noDeviceRegistrationMembership" } } },
    localAdminPassword: { isEnabled: false },
  };
}

export const macFilter = (rule: string) => ({ id: MAC_FILTER_ID, displayName: "macOS – ADE corporate", platform: "macOS", rule, assignmentFilterManagementType: "devices" });

export function companyPortalApp(intent: "required" | "available" | null) {
  const id = "c0c0c0c0-0000-4000-8000-000000000001";
  return { "@odata.type": "#microsoft.graph.macOSPkgApp", id, displayName: "Company Portal", publisher: "Microsoft", publishingState: "published", isAssigned: intent !== null, primaryBundleId: "com.microsoft.CompanyPortalMac", primaryBundleVersion: "5.2604.0", includedApps: [{ bundleId: "com.microsoft.CompanyPortalMac", bundleVersion: "5.2604.0" }], assignments: intent ? assigned(id, [ALL_USERS], intent) : [] };
}

export function defenderApp() {
  const id = "d0d0d0d0-0000-4000-8000-000000000001";
  return { "@odata.type": "#microsoft.graph.macOSMicrosoftDefenderApp", id, displayName: "Microsoft Defender for Endpoint (macOS)", publisher: "Microsoft", publishingState: "published", isAssigned: true, assignments: assigned(id, [allDevicesFiltered], "required") };
}

export const mac = (id: string, enrollment: "appleBulkWithUser" | "userEnrollment", owner: "company" | "personal", daysAgo: number, now: Date) => ({
  id, operatingSystem: "macOS", osVersion: "15.4.1 (24E263)", managedDeviceOwnerType: owner, deviceEnrollmentType: enrollment,
  enrolledDateTime: new Date(now.getTime() - daysAgo * 86_400_000).toISOString(), lastSyncDateTime: new Date(now.getTime() - 3_600_000).toISOString(),
  complianceState: "compliant", isSupervised: true, isEncrypted: true,
});

export function compliance(passwordRequired: boolean) {
  const id = "ddbadff3-dff3-ddba-f3df-baddf3dfbad1";
  return { "@odata.type": "#microsoft.graph.macOSCompliancePolicy", id, displayName: "macOS Baseline Compliance Policy", version: 1, passwordRequired, passwordMinimumLength: passwordRequired ? 8 : null, storageRequireEncryption: true, firewallEnabled: true, firewallEnableStealthMode: true, systemIntegrityProtectionEnabled: true, osMinimumVersion: "15.0", deviceThreatProtectionEnabled: false, deviceThreatProtectionRequiredSecurityLevel: "unavailable", assignments: assigned(id, [ALL_USERS]) };
}

export function requireCompliantMac(state: "enabled" | "enabledForReportingButNotEnforced") {
  return { id: "c558e346-969d-40a7-a64e-2df6c2c88490", displayName: "Require compliant Mac", createdDateTime: "2026-10-01T08:00:00Z", modifiedDateTime: null, state, sessionControls: null,
    conditions: { clientAppTypes: ["all"], platforms: { includePlatforms: ["macOS"], excludePlatforms: [] }, locations: null, applications: { includeApplications: ["All"], excludeApplications: [] }, users: { includeUsers: ["All"], excludeUsers: [], includeGroups: [], excludeGroups: [], includeRoles: [], excludeRoles: [] } },
    grantControls: { operator: "OR", builtInControls: ["compliantDevice"], customAuthenticationFactors: [], termsOfUse: [] } };
}

type Setting = { id: string; value: string } | { id: string; simple: string | number };
const instance = (s: Setting) => ("value" in s
  ? { "@odata.type": "#microsoft.graph.deviceManagementConfigurationChoiceSettingInstance", settingDefinitionId: s.id, choiceSettingValue: { value: s.value, children: [] } }
  : { "@odata.type": "#microsoft.graph.deviceManagementConfigurationSimpleSettingInstance", settingDefinitionId: s.id, simpleSettingValue: { "@odata.type": typeof s.simple === "number" ? "#microsoft.graph.deviceManagementConfigurationIntegerSettingValue" : "#microsoft.graph.deviceManagementConfigurationStringSettingValue", value: s.simple } });

/** A settings catalog policy shaped like intune-my-macs' exports: one group collection holding the settings. */
export function catalogPolicy(id: string, name: string, groupId: string, settings: readonly Setting[], targets: readonly object[], extra: Record<string, unknown> = {}) {
  return {
    id, name, description: "", platforms: "macOS", technologies: "mdm,appleRemoteManagement", settingCount: settings.length, isAssigned: targets.length > 0, roleScopeTagIds: ["0"],
    templateReference: { templateId: "", templateFamily: "none", templateDisplayName: null, templateDisplayVersion: null },
    settings: [{ id: "0", settingInstance: { "@odata.type": "#microsoft.graph.deviceManagementConfigurationGroupSettingCollectionInstance", settingDefinitionId: groupId, groupSettingCollectionValue: [{ children: settings.map(instance) }] } }],
    assignments: assigned(id, targets),
    ...extra,
  };
}

const FV = "com.apple.mcx.filevault2";
export const fileVault = (defer: boolean) => catalogPolicy("a0000000-0000-4000-8000-000000000001", "FileVault Encryption", `${FV}_${FV}`, [
  { id: `${FV}_defer`, value: `${FV}_defer_${defer}` }, { id: `${FV}_enable`, value: `${FV}_enable_0` }, { id: `${FV}_forceenableinsetupassistant`, value: `${FV}_forceenableinsetupassistant_true` },
], [allDevicesFiltered]);
export const firewall = () => catalogPolicy("a0000000-0000-4000-8000-000000000002", "Firewall Configuration", "com.apple.security.firewall_com.apple.security.firewall", [{ id: "com.apple.security.firewall_EnableFirewall", value: "com.apple.security.firewall_EnableFirewall_true" }], [allDevicesFiltered]);
export const gatekeeper = () => catalogPolicy("a0000000-0000-4000-8000-000000000003", "Gatekeeper", "com.apple.systempolicy.control_com.apple.systempolicy.control", [
  { id: "com.apple.systempolicy.control_EnableAssessment", value: "com.apple.systempolicy.control_EnableAssessment_true" }, { id: "com.apple.systempolicy.control_AllowIdentifiedDevelopers", value: "com.apple.systempolicy.control_AllowIdentifiedDevelopers_true" },
  { id: "com.apple.systempolicy.managed_DisableOverride", value: "com.apple.systempolicy.managed_DisableOverride_true" },
], [allDevicesFiltered]);
export const ddmLatest = () => catalogPolicy("a0000000-0000-4000-8000-000000000004", "Software Update – latest", "ddm-latestsoftwareupdate_ddm-latestsoftwareupdate", [
  { id: "ddm-latestsoftwareupdate_enforcelatestsoftwareupdateversion", value: "ddm-latestsoftwareupdate_enforcelatestsoftwareupdateversion_0" }, { id: "ddm-latestsoftwareupdate_delayindays", simple: 3 },
], [allDevicesFiltered]);
export const ddmTargeted = () => catalogPolicy("a0000000-0000-4000-8000-000000000006", "Software Update – macOS 15.4", "enforcement_enforcement", [{ id: "enforcement_targetosversion", simple: "15.4" }, { id: "enforcement_targetlocaldatetime", simple: "2026-12-15T18:00:00" }], [allDevicesFiltered]);

const SSO = "com.apple.extensiblesso";
export const platformSso = (method: 0 | 1 | 2, targets: readonly object[], id = "a0000000-0000-4000-8000-000000000005", name = "Entra Platform SSO") => catalogPolicy(id, name, `${SSO}_${SSO}`, [
  { id: `${SSO}_extensionidentifier`, simple: "com.microsoft.CompanyPortalMac.ssoextension" }, { id: `${SSO}_teamidentifier`, simple: "UBF8T346G9" }, { id: `${SSO}_type`, value: `${SSO}_type_1` },
  { id: `${SSO}_platformsso`, value: `${SSO}_platformsso` }, { id: `${SSO}_platformsso_authenticationmethod`, value: `${SSO}_platformsso_authenticationmethod_${method}` },
], targets);
export const ssoPluginOnly = (targets: readonly object[]) => catalogPolicy("a0000000-0000-4000-8000-000000000007", "Enterprise SSO plug-in (old)", `${SSO}_${SSO}`, [
  { id: `${SSO}_extensionidentifier`, simple: "com.microsoft.CompanyPortalMac.ssoextension" }, { id: `${SSO}_type`, value: `${SSO}_type_1` },
], targets);
export const antivirus = () => catalogPolicy("a0000000-0000-4000-8000-0000000000a1", "Defender Antivirus – macOS", "com.microsoft.wdav_antivirusengine", [{ id: "com.microsoft.wdav_antivirusengine_enforcementlevel", value: "com.microsoft.wdav_antivirusengine_enforcementlevel_2" }], [allDevicesFiltered],
  { technologies: "mdm,microsoftSense", templateReference: { templateId: "2d345ec2-c817-49e5-9156-9ed416dc972a_1", templateFamily: "endpointSecurityAntivirus", templateDisplayName: "Microsoft Defender Antivirus", templateDisplayVersion: "Version 1" } });

export const mdeConnector = (partnerState: "enabled" | "available") => ({ "@odata.type": "#microsoft.graph.mobileThreatDefenseConnector", id: "fc780465-2017-40d4-a0c5-307022471b92", lastHeartbeatDateTime: "2026-11-26T06:00:00Z", partnerState, androidEnabled: false, iosEnabled: false, windowsEnabled: true, macEnabled: true, macDeviceBlockedOnMissingPartnerData: false, partnerUnsupportedOsVersionBlocked: false, partnerUnresponsivenessThresholdInDays: 7 });

export const mdmUpdatePolicy = () => ({ "@odata.type": "#microsoft.graph.macOSSoftwareUpdateConfiguration", id: "6d7f8e9a-0000-4000-8000-000000000001", displayName: "macOS updates (MDM)", version: 1, criticalUpdateBehavior: "installASAP", configDataUpdateBehavior: "installASAP", firmwareUpdateBehavior: "installASAP", allOtherUpdateBehavior: "installASAP", updateScheduleType: "alwaysUpdate", assignments: assigned("6d7f8e9a-0000-4000-8000-000000000001", [ALL_USERS]) });

/** The follow-up read of one token's default macOS profile, with the properties its $select names. */
export function defaultProfileReply(depSettingId: string, p: { affinity: boolean; admin: string | null }): EvidenceResponse {
  return {
    request: defaultMacProfileLine(depSettingId),
    status: 200,
    body: {
      "@odata.context": `https://graph.microsoft.com/beta/$metadata#deviceManagement/depOnboardingSettings('${depSettingId}')/defaultMacOsEnrollmentProfile(${ENROLLMENT_PROFILES_REQUEST.query.replace("$select=", "")})/$entity`,
      "@odata.type": "#microsoft.graph.depMacOSEnrollmentProfile",
      id: "a1b2c3d4-0000-4000-8000-00000000f001",
      displayName: "macOS – Corporate (modern auth)",
      isDefault: true,
      requiresUserAuthentication: p.affinity,
      waitForDeviceConfiguredConfirmation: true,
      profileRemovalDisabled: true,
      fileVaultDisabled: false,
      adminAccountUserName: p.admin,
      depProfileAdminAccountPasswordRotationSetting: p.admin ? { autoRotationPeriodInDays: 90 } : null,
    },
  };
}
