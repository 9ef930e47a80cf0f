import { DAY_MS } from "../dates.ts";
import { EVIDENCE_KIND, EVIDENCE_VERSION } from "../evidence.ts";
import { defaultMacProfileLine, requestLine } from "../keys.ts";
import { ALL_REQUESTS, type RequestId } from "../requests.ts";
import type { EvidenceFile, EvidenceResponse } from "../types.ts";

/** Fabricated demo data in the shapes of reference §1–§8; ids follow the reference's examples. */
export const DEMO_TENANT_ID = "11111111-2222-3333-4444-555555555555";
export const INTUNE_ADMIN_ROLE = "3a2c62db-5318-420d-8d74-23affee5d9d5";
export const GLOBAL_ADMIN_ROLE = "62e90394-69f5-4237-9190-012177145e10";
export const UNSET_DATE = "0001-01-01T00:00:00Z";

/** An ISO timestamp `days` (and `hours`) from now; negative for the past. */
export function at(now: Date, days: number, hours = 0): string {
  return new Date(now.getTime() + days * DAY_MS + hours * 3_600_000).toISOString();
}

export function reply(id: RequestId, status: number, body: unknown): EvidenceResponse {
  const spec = ALL_REQUESTS.find((s) => s.id === id);
  if (!spec) throw new Error(`No Graph request ${id}`);
  return { request: requestLine(spec), status, body };
}

/**
 * What the follow-up read (the token's default macOS profile, `$select=id,displayName,isDefault`) returns for a token
 * with these profiles: the default macOS one, or a 404 when there is none [inferred: Graph does not document it].
 */
export function profilesReply(depSettingId: string, profiles: readonly object[]): EvidenceResponse {
  const request = defaultMacProfileLine(depSettingId);
  const isDefaultMac = (p: object) =>
    (p as Record<string, unknown>)["@odata.type"] === "#microsoft.graph.depMacOSEnrollmentProfile" && (p as Record<string, unknown>).isDefault === true;
  const found = profiles.find(isDefaultMac) as Record<string, unknown> | undefined;
  if (!found) return { request, status: 404, body: notFound("ResourceNotFound", "The default macOS enrollment profile is not set.") };
  return {
    request,
    status: 200,
    body: {
      "@odata.context": `https://graph.microsoft.com/beta/$metadata#deviceManagement/depOnboardingSettings('${depSettingId}')/defaultMacOsEnrollmentProfile(id,displayName,isDefault)/$entity`,
      "@odata.type": "#microsoft.graph.depMacOSEnrollmentProfile",
      id: found.id,
      displayName: found.displayName,
      isDefault: true,
    },
  };
}

export function evidenceFile(now: Date, responses: readonly EvidenceResponse[]): EvidenceFile {
  return { kind: EVIDENCE_KIND, version: EVIDENCE_VERSION, collectedAt: now.toISOString(), responses };
}

export const notFound = (code: string, message: string) => ({
  error: { code, message, innerError: { "request-id": "aaaaaaaa-0000-0000-0000-000000000001" } },
});

export function mdmPolicy(appliesTo: "all" | "selected" | "none", groups: readonly string[] = []) {
  return {
    "@odata.context": "https://graph.microsoft.com/beta/$metadata#policies/mobileDeviceManagementPolicies(includedGroups())/$entity",
    id: "0000000a-0000-0000-c000-000000000000",
    appliesTo,
    displayName: "Microsoft Intune",
    description: "Microsoft Intune",
    isValid: true,
    discoveryUrl: "https://enrollment.manage.microsoft.com/enrollmentserver/discovery.svc",
    complianceUrl: "https://portal.manage.microsoft.com/?portalAction=Compliance",
    termsOfUseUrl: "https://portal.manage.microsoft.com/TermsofUse.aspx",
    includedGroups: groups.map((displayName, i) => ({ id: `7b0f7c1e-1111-4a4a-9c9c-0d0d0d0d0d0${i + 1}`, displayName })),
  };
}

export function directoryRole(roleTemplateId: string, displayName: string) {
  return { "@odata.type": "#microsoft.graph.directoryRole", id: `role-${roleTemplateId.slice(0, 8)}`, displayName, roleTemplateId };
}

export function roleInstance(roleDefinitionId: string, kind: "assignment" | "eligibility", now: Date, memberType: "Direct" | "Group" = "Direct") {
  return {
    "@odata.type": kind === "assignment" ? "#microsoft.graph.unifiedRoleAssignmentScheduleInstance" : "#microsoft.graph.unifiedRoleEligibilityScheduleInstance",
    id: `2ziLOjJTDUKNdCPvr-HZ1g-1${kind === "eligibility" ? "-e" : ""}`,
    principalId: "4f1c2b3a-0000-4000-8000-00000000a001",
    roleDefinitionId,
    directoryScopeId: "/",
    appScopeId: null,
    startDateTime: kind === "assignment" ? null : at(now, -120),
    endDateTime: kind === "assignment" ? null : at(now, 245),
    memberType,
    ...(kind === "assignment" ? { assignmentType: "Assigned" } : {}),
  };
}

type SkuInput = { part: string; skuId: string; status: string; enabled: number; warning?: number; consumed: number; plans: readonly [string, string, string][] };

export function sku({ part, skuId, status, enabled, warning = 0, consumed, plans }: SkuInput) {
  return {
    id: `${DEMO_TENANT_ID}_${skuId}`,
    skuId,
    skuPartNumber: part,
    appliesTo: "User",
    capabilityStatus: status,
    consumedUnits: consumed,
    prepaidUnits: { enabled, warning, suspended: 0, lockedOut: 0 },
    servicePlans: plans.map(([servicePlanName, servicePlanId, provisioningStatus]) => ({ servicePlanId, servicePlanName, provisioningStatus, appliesTo: "User" })),
  };
}

export const PLAN = {
  intuneA: ["INTUNE_A", "c1ec4a95-1f05-45b3-a911-aa3fa01094f5"],
  intuneO365: ["INTUNE_O365", "882e1d05-acd1-4ccb-8708-6ee03664b117"],
} as const;

export function defaultLimit(limit: number) {
  return {
    "@odata.type": "#microsoft.graph.deviceEnrollmentLimitConfiguration",
    id: `${DEMO_TENANT_ID}_DefaultLimit`,
    displayName: "All users and all devices",
    description: "This is the default Device Limit Restriction applied with the lowest priority to all users regardless of group membership.",
    priority: 0,
    createdDateTime: UNSET_DATE,
    version: 3,
    roleScopeTagIds: [],
    deviceEnrollmentConfigurationType: "limit",
    limit,
    assignments: [],
  };
}

type Mac = { platformBlocked: boolean; personalDeviceEnrollmentBlocked: boolean };
const macRestriction = (r: Mac) => ({ ...r, osMinimumVersion: null, osMaximumVersion: null, blockedManufacturers: [], blockedSkus: [] });

export function defaultPlatformRestrictions(macOS: Mac, legacyMac: Mac = macOS) {
  return {
    "@odata.type": "#microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration",
    id: `${DEMO_TENANT_ID}_DefaultPlatformRestrictions`,
    displayName: "All users and all devices",
    priority: 0,
    version: 2,
    deviceEnrollmentConfigurationType: "platformRestrictions",
    roleScopeTagIds: [],
    macOSRestriction: macRestriction(macOS),
    macRestriction: macRestriction(legacyMac),
    iosRestriction: { platformBlocked: false, personalDeviceEnrollmentBlocked: false, osMinimumVersion: "", osMaximumVersion: "", blockedManufacturers: [], blockedSkus: [] },
    visionOSRestriction: null,
    tvosRestriction: null,
    assignments: [],
  };
}

/**
 * The other default configurations every provisioned tenant returns in the same list (Windows Hello for Business,
 * enrollment status page, Windows restore), as in a real beta export (tests/fixtures/graph, real-defaults).
 */
export function otherDefaults() {
  const base = (type: string, suffix: string, kind: string, description: string) => ({
    "@odata.type": `#microsoft.graph.${type}`,
    id: `${DEMO_TENANT_ID}_${suffix}`,
    displayName: "All users and all devices",
    description,
    priority: 0,
    createdDateTime: UNSET_DATE,
    version: 0,
    roleScopeTagIds: [],
    deviceEnrollmentConfigurationType: kind,
    assignments: [],
  });
  return [
    { ...base("deviceEnrollmentWindowsHelloForBusinessConfiguration", "DefaultWindowsHelloForBusiness", "windowsHelloForBusiness", "This is the default Windows Hello for Business configuration applied with the lowest priority to all users regardless of group membership."), state: "notConfigured", pinMinimumLength: 6 },
    { ...base("windows10EnrollmentCompletionPageConfiguration", "DefaultWindows10EnrollmentCompletionPageConfiguration", "windows10EnrollmentCompletionPageConfiguration", "This is the default enrollment status screen configuration applied with the lowest priority to all users and all devices regardless of group membership."), showInstallationProgress: false },
    { ...base("windowsRestoreDeviceEnrollmentConfiguration", "WindowsRestore", "windowsRestore", "This is the default Windows Restore configuration applied with the lowest priority to all users and all devices regardless of group membership."), state: "notConfigured" },
  ];
}

/** A directory role as /me/memberOf returns it with limited information under User.Read: only its type and id. */
export const limitedDirectoryRole = (id: string) => ({ "@odata.type": "#microsoft.graph.directoryRole", id });

export function apnsCertificate(appleIdentifier: string, expirationDateTime: string, lastModifiedDateTime: string) {
  return {
    "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#deviceManagement/applePushNotificationCertificate/$entity",
    id: "3c2b1a09-0000-4000-8000-00000000d001",
    appleIdentifier,
    topicIdentifier: "com.apple.mgmt.External.6f1d2e3c-4b5a-4978-8a9b-0c1d2e3f4a5b",
    lastModifiedDateTime,
    expirationDateTime,
    certificateUploadStatus: null,
    certificateUploadFailureReason: null,
    certificateSerialNumber: "5A3F1C2B9D8E7F60",
  };
}

type DepInput = { id: string; appleId: string; name: string; expires: string; lastSync: string; errorCode: number; devices: number };

export function depToken({ id, appleId, name, expires, lastSync, errorCode, devices }: DepInput) {
  return {
    "@odata.type": "#microsoft.graph.depOnboardingSetting",
    id,
    appleIdentifier: appleId,
    tokenExpirationDateTime: expires,
    lastSuccessfulSyncDateTime: lastSync,
    lastSyncTriggeredDateTime: lastSync,
    lastSyncErrorCode: errorCode,
    tokenType: "dep",
    tokenName: name,
    syncedDeviceCount: devices,
    dataSharingConsentGranted: true,
    roleScopeTagIds: ["0"],
  };
}

export function macProfile(id: string, displayName: string, isDefault: boolean) {
  return {
    "@odata.type": "#microsoft.graph.depMacOSEnrollmentProfile",
    id,
    displayName,
    description: "",
    requiresUserAuthentication: true,
    enableAuthenticationViaCompanyPortal: false,
    isDefault,
    isMandatory: true,
    profileRemovalDisabled: true,
    fileVaultDisabled: false,
  };
}

export const iosProfile = (id: string) => ({ "@odata.type": "#microsoft.graph.depIOSEnrollmentProfile", id, displayName: "iOS – Corporate", isDefault: true });

type VppInput = { id: string; appleId: string; expires: string; lastSync: string; status: string; state: string };

export function vppToken({ id, appleId, expires, lastSync, status, state }: VppInput) {
  return {
    id,
    organizationName: "Contoso Ltd",
    appleId,
    vppTokenAccountType: "business",
    expirationDateTime: expires,
    lastSyncDateTime: lastSync,
    lastSyncStatus: status,
    state,
    countryOrRegion: "us",
    automaticallyUpdateApps: true,
  };
}

export const collectionOf = (context: string, value: readonly unknown[]) => ({ "@odata.context": `https://graph.microsoft.com/${context}`, value });
