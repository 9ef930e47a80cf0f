// Shared test data for the Graph client and stand-in tests (fabricated, shapes from graph-checks.md).
import type { EvidenceFile, EvidenceResponse } from "../../../src/domain/verification/types.ts";

export const tokenId = (index: number) => `5e6f7a8b-0000-4000-8000-${String(index).padStart(12, "0")}`;

export function depSettingsBody(tokenCount: number) {
  return {
    value: Array.from({ length: tokenCount }, (_, index) => ({
      "@odata.type": "#microsoft.graph.depOnboardingSetting",
      id: tokenId(index),
      tokenName: `Contoso ABM ${index}`,
      tokenExpirationDateTime: "2027-01-15T00:00:00Z",
      lastSyncErrorCode: 0,
    })),
  };
}

/** A token's default macOS profile, as the follow-up read with `$select=id,displayName,isDefault` returns it. */
export const profilesBody = (index: number) => ({
  "@odata.type": "#microsoft.graph.depMacOSEnrollmentProfile",
  id: `profile-${index}`,
  displayName: `macOS ${index}`,
  isDefault: true,
});

/** A complete first round plus one profiles answer per token; the requests as the live client names them. */
export function tenantEvidence(tokenCount = 1): EvidenceFile {
  const responses: EvidenceResponse[] = [
    { request: "GET /beta/policies/mobileDeviceManagementPolicies/0000000a-0000-0000-c000-000000000000", status: 200, body: { id: "0000000a-0000-0000-c000-000000000000", appliesTo: "all" } },
    { request: "GET /v1.0/me/memberOf", status: 200, body: { value: [{ roleTemplateId: "3a2c62db-5318-420d-8d74-23affee5d9d5" }] } },
    { request: "GET /v1.0/roleManagement/directory/roleAssignmentScheduleInstances/filterByCurrentUser(on='principal')", status: 200, body: { value: [] } },
    { request: "GET /v1.0/roleManagement/directory/roleEligibilityScheduleInstances/filterByCurrentUser(on='principal')", status: 200, body: { value: [] } },
    { request: "GET /v1.0/subscribedSkus", status: 200, body: { value: [{ skuPartNumber: "EMS" }] } },
    { request: "GET /beta/deviceManagement/deviceEnrollmentConfigurations?$expand=assignments", status: 200, body: { value: [] } },
    // Recorded under beta on purpose: the stand-in must also answer the v1.0 request from it (requests.ts alsoIn).
    { request: "GET /beta/deviceManagement/applePushNotificationCertificate", status: 200, body: { expirationDateTime: "2027-03-02T10:00:00Z" } },
    { request: "GET /beta/deviceManagement/depOnboardingSettings", status: 200, body: depSettingsBody(tokenCount) },
    { request: "GET /v1.0/deviceAppManagement/vppTokens", status: 200, body: { value: [{ id: "vpp-1", state: "valid" }] } },
  ];
  for (let index = 0; index < tokenCount; index += 1) {
    responses.push({
      request: `GET /beta/deviceManagement/depOnboardingSettings/${tokenId(index)}/defaultMacOsEnrollmentProfile?$select=id,displayName,isDefault,requiresUserAuthentication,waitForDeviceConfiguredConfirmation,profileRemovalDisabled,fileVaultDisabled,adminAccountUserName,depProfileAdminAccountPasswordRotationSetting`,
      status: 200,
      body: profilesBody(index),
    });
  }
  return { kind: "intune-mac-readiness-evidence", version: 1, collectedAt: "2026-05-01T09:00:00.000Z", responses };
}

/** "GET /v1.0/x?$q" → "/v1.0/x", the key the engine matches on. */
export const pathOf = (request: string) => request.replace(/^GET /, "").split("?")[0] ?? "";
