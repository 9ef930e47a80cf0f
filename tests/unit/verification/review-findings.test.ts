/**
 * Regression tests for verdicts found wrong or untruthful in review, against the issue rules and
 * /work/shared/reference/graph-checks.md. Each test names the rule, the input and the verdict the reference asks for.
 */
import { describe, expect, it } from "vitest";
import type { EvidenceResponse } from "../../../src/domain/verification/types.ts";
import { check, days, devices, graphError, profilesRes, res } from "./helpers.ts";

const INTUNE = "3a2c62db-5318-420d-8d74-23affee5d9d5";
const denied = (id: "memberOf" | "roleAssignments" | "roleEligibility"): EvidenceResponse =>
  res(id, graphError("Authorization_RequestDenied", "Insufficient privileges to complete the operation."), 403);
const instance = (extra: Record<string, unknown> = {}) => ({ id: "i", principalId: "p", roleDefinitionId: INTUNE, directoryScopeId: "/", endDateTime: null, ...extra });

describe("review findings: intune-license", () => {
  const plan = (servicePlanName: string, servicePlanId: string, provisioningStatus: string) => ({ servicePlanName, servicePlanId, provisioningStatus });
  const INTUNE_A = (status: string) => plan("INTUNE_A", "c1ec4a95-1f05-45b3-a911-aa3fa01094f5", status);
  const INTUNE_SMBIZ = (status: string) => plan("INTUNE_SMBIZ", "8e9ff0ff-aa7a-4b20-83c1-2f636b600ac2", status);
  const license = (skus: readonly object[]) => check("intune-license", [res("subscribedSkus", { value: skus })]);

  it("a SKU carrying two Intune plans (Business Premium: INTUNE_A and INTUNE_SMBIZ) is ready when either is provisioned Success", () => {
    const spb = { skuPartNumber: "SPB", capabilityStatus: "Enabled", consumedUnits: 5, prepaidUnits: { enabled: 10 }, servicePlans: [INTUNE_A("Disabled"), INTUNE_SMBIZ("Success")] };
    const result = license([spb]);
    expect(result.verdict).toBe("ready");
    expect(result.reason).toMatch(/SPB, with 5 seat\(s\) free/);
  });

  it("consumedUnits missing: the free seats are unknown, so never ready", () => {
    const result = license([{ skuPartNumber: "SPE_E3", capabilityStatus: "Enabled", prepaidUnits: { enabled: 200 }, servicePlans: [INTUNE_A("Success")] }]);
    expect(result.verdict).toBe("advisory");
    expect(result.reason).toMatch(/seat/);
  });

  it("prepaidUnits.enabled missing: the free seats are unknown, so never ready", () => {
    const result = license([{ skuPartNumber: "SPE_E3", capabilityStatus: "Enabled", consumedUnits: 3, servicePlans: [INTUNE_A("Success")] }]);
    expect(result.verdict).toBe("advisory");
  });
});

describe("review findings: intune-admin-role", () => {
  it("a PIM active instance that does not report its directoryScopeId is not assumed tenant-wide (not ready)", () => {
    const responses = [res("memberOf", { value: [] }), res("roleAssignments", { value: [instance({ directoryScopeId: undefined })] }), res("roleEligibility", { value: [] })];
    const result = check("intune-admin-role", responses);
    expect(result.verdict).toBe("advisory");
    expect(result.reason).toMatch(/scope/);
  });

  it("both active-role reads failed and no eligibility: error, not 'you hold neither' (not-ready)", () => {
    const result = check("intune-admin-role", [denied("memberOf"), denied("roleAssignments"), res("roleEligibility", { value: [] })]);
    expect(result.verdict).toBe("error");
    expect(result.cause).toBe("missing-role");
    expect(result.reason).not.toMatch(/neither/);
  });

  it("both active-role reads failed but an eligible role was read: error (activity unknown), not 'eligible only' advisory", () => {
    const result = check("intune-admin-role", [denied("memberOf"), denied("roleAssignments"), res("roleEligibility", { value: [instance()] })]);
    expect(result.verdict).toBe("error");
    expect(result.details.join(" ")).toMatch(/Intune Administrator \(eligible/);
  });

  it("active-role responses absent from the evidence and only eligibility present: not-checked, not not-ready", () => {
    const result = check("intune-admin-role", [res("roleEligibility", { value: [] })]);
    expect(result.verdict).toBe("not-checked");
  });

  it("memberOf read (complete) but PIM refused: could not determine (error), never 'you hold neither' — memberOf lists direct memberships only", () => {
    const result = check("intune-admin-role", [res("memberOf", { value: [] }), denied("roleAssignments"), denied("roleEligibility")]);
    expect(result.verdict).toBe("error");
    expect(result.reason).toMatch(/^Could not determine whether you hold Intune Administrator or Global Administrator/);
    expect(result.reason).not.toMatch(/neither/);
  });
});

describe("review findings: enrollment-platform-restrictions", () => {
  const TENANT = "11111111-2222-3333-4444-555555555555";
  const legacy = (macOSRestriction: unknown, macRestriction: unknown = macOSRestriction) => ({
    "@odata.type": "#microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration",
    id: `${TENANT}_DefaultPlatformRestrictions`,
    displayName: "All users and all devices",
    priority: 0,
    macOSRestriction,
    macRestriction,
    assignments: [],
  });
  const macPolicy = (name: string, platformRestriction: unknown) => ({
    "@odata.type": "#microsoft.graph.deviceEnrollmentPlatformRestrictionConfiguration",
    id: `${name}-id`,
    displayName: name,
    priority: 1,
    platformType: "mac",
    platformRestriction,
    assignments: [{ id: "a", target: { groupId: "g" } }],
  });
  const restrictions = (items: readonly object[], decisions = devices({ ownership: "both" })) =>
    check("enrollment-platform-restrictions", [res("enrollmentConfigurations", { value: items })], decisions);

  it("macOS blocked by default, a custom mac policy allows macOS but blocks personal Macs, personal Macs in scope: not-ready", () => {
    const result = restrictions([
      legacy({ platformBlocked: true, personalDeviceEnrollmentBlocked: true }),
      macPolicy("Corporate Macs", { platformBlocked: false, personalDeviceEnrollmentBlocked: true }),
    ]);
    expect(result.verdict).toBe("not-ready");
    expect(result.reason).toMatch(/block personal Macs: personal Macs are in your strategy/);
  });

  it("default macOSRestriction without platformBlocked cannot be evaluated: error, never ready", () => {
    const result = restrictions([legacy({ personalDeviceEnrollmentBlocked: false }, null)], devices({ ownership: "corporate" }));
    expect(result).toMatchObject({ verdict: "error", cause: "unexpected-response" });
  });

  it("default macOSRestriction without personalDeviceEnrollmentBlocked while personal Macs are in scope: error, never ready", () => {
    const result = restrictions([legacy({ platformBlocked: false }, null)]);
    expect(result).toMatchObject({ verdict: "error", cause: "unexpected-response" });
  });

  it("an assigned custom mac policy whose restriction cannot be read: error, not silently ignored", () => {
    const result = restrictions([legacy({ platformBlocked: false, personalDeviceEnrollmentBlocked: false }), macPolicy("Kiosk", { osMinimumVersion: null })]);
    expect(result).toMatchObject({ verdict: "error", cause: "unexpected-response" });
  });
});

describe("review findings: dates", () => {
  const ID = "5e6f7a8b-0000-4000-8000-00000000e001";
  const depToken = (tokenExpirationDateTime: string) => ({
    id: ID,
    tokenName: "Contoso ABM",
    tokenExpirationDateTime,
    lastSuccessfulSyncDateTime: days(0, -2),
    lastSyncErrorCode: 0,
  });
  const profiles = profilesRes(ID, { value: [{ "@odata.type": "#microsoft.graph.depMacOSEnrollmentProfile", id: "p", displayName: "macOS", isDefault: true }] });

  it("an unset date spelled the .NET way (1/1/0001 12:00:00 AM) is not read as a real date in 2001", () => {
    const result = check("ade-token", [res("depSettings", { value: [depToken("1/1/0001 12:00:00 AM")] }), profiles], devices());
    expect(result.verdict).toBe("advisory");
    expect(result.reason).toMatch(/reports no expiry date/);
    expect(result.renewals).toEqual([]);
  });

  it("the APNs 0001-01-01 placeholder with an offset and seven fractional digits is still missing (not-ready)", () => {
    const result = check("apns-certificate", [res("apnsCertificate", { appleIdentifier: "mdm@contoso.example", expirationDateTime: "0001-01-01T00:00:00.0000000+00:00" })]);
    expect(result.verdict).toBe("not-ready");
    expect(result.reason).toMatch(/No Apple MDM push certificate/);
  });
});
