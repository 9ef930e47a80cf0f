import { describe, expect, it } from "vitest";
import { ADE_PSSO, BYOD_ESSO, DEP_ID, bodyOf, defaultProfile, depList, plan, profiles, res, run } from "./helpers.ts";

const defaultLimit = (limit: number) => ({ value: [{ "@odata.type": "#microsoft.graph.deviceEnrollmentLimitConfiguration", id: "t_DefaultLimit", priority: 0, limit, assignments: [] }] });

describe("mdm-authority (Graph organization.mobileDeviceManagementAuthority)", () => {
  it("the documented { value: {...} } shape with intune → ready", () => {
    expect(run("mdm-authority", [res("organization", bodyOf("organization-documented"))]).verdict).toBe("ready");
  });
  it("the collection of one a tenant returns, authority unknown → not ready", () => {
    const r = run("mdm-authority", [res("organization", bodyOf("organization-real-list"))]);
    expect(r).toMatchObject({ verdict: "not-ready", reason: expect.stringMatching(/not set/) });
  });
  it.each([["sccm", /Configuration Manager/], ["office365", /Basic Mobility/]])("%s → not ready", (authority, words) => {
    const body = bodyOf("organization-real-list");
    body.value[0]!.mobileDeviceManagementAuthority = authority;
    expect(run("mdm-authority", [res("organization", body)])).toMatchObject({ verdict: "not-ready", reason: expect.stringMatching(words) });
  });
  it("the property left empty (User.Read only) → could not check, never ready", () => {
    const body = bodyOf("organization-real-list");
    body.value[0]!.mobileDeviceManagementAuthority = null;
    expect(run("mdm-authority", [res("organization", body)])).toMatchObject({ verdict: "error", cause: "missing-scope" });
  });
  it("absent → not checked; 403 → could not check", () => {
    expect(run("mdm-authority", []).verdict).toBe("not-checked");
    expect(run("mdm-authority", [res("organization", { error: { code: "Forbidden", message: "Missing scope" } }, 403)]).verdict).toBe("error");
  });
});

describe("entra-device-registration (deviceRegistrationPolicy vs Intune's device limit)", () => {
  const doc = () => bodyOf("device-registration-documented");
  it("documented defaults (quota 2) below Intune's limit of 5 → not ready", () => {
    const r = run("entra-device-registration", [res("deviceRegistrationPolicy", doc()), res("enrollmentConfigurations", defaultLimit(5))], plan({ ownership: "corporate" }));
    expect(r).toMatchObject({ verdict: "not-ready", reason: expect.stringMatching(/below Intune's device limit of 5/) });
  });
  it("quota 50 with limit 5, ADE with Platform SSO and join allowed for all → ready", () => {
    const body = doc();
    body.userDeviceQuota = 50;
    expect(run("entra-device-registration", [res("deviceRegistrationPolicy", body), res("enrollmentConfigurations", defaultLimit(5))], ADE_PSSO).verdict).toBe("ready");
  });
  it("Platform SSO chosen but users may not join devices → not ready", () => {
    const body = doc();
    body.userDeviceQuota = 50;
    (body.azureADJoin as { allowedToJoin: object }).allowedToJoin = { "@odata.type": "#microsoft.graph.noDeviceRegistrationMembership" };
    const r = run("entra-device-registration", [res("deviceRegistrationPolicy", body), res("enrollmentConfigurations", defaultLimit(5))], ADE_PSSO);
    expect(r).toMatchObject({ verdict: "not-ready", reason: expect.stringMatching(/may not join devices/) });
    // The same setting does not matter for the Enterprise SSO plug-in.
    expect(run("entra-device-registration", [res("deviceRegistrationPolicy", body), res("enrollmentConfigurations", defaultLimit(5))], plan({ ownership: "corporate", sso: "enterprise-sso" })).verdict).toBe("ready");
  });
  it("Platform SSO with only selected users allowed to join → advisory", () => {
    const body = doc();
    body.userDeviceQuota = 50;
    (body.azureADJoin as { allowedToJoin: object }).allowedToJoin = { "@odata.type": "#microsoft.graph.enumeratedDeviceRegistrationMembership", users: [], groups: ["g1"] };
    expect(run("entra-device-registration", [res("deviceRegistrationPolicy", body), res("enrollmentConfigurations", defaultLimit(5))], ADE_PSSO).verdict).toBe("advisory");
  });
  it("personal Macs and registration shown as none (documented default) → advisory, marked inferred", () => {
    const body = doc();
    body.userDeviceQuota = 50;
    const r = run("entra-device-registration", [res("deviceRegistrationPolicy", body), res("enrollmentConfigurations", defaultLimit(5))], BYOD_ESSO);
    expect(r).toMatchObject({ verdict: "advisory", reason: expect.stringMatching(/inferred/) });
  });
  it("quota below the strategy's devices per user → not ready even without Intune's limit; the limit itself missing is never ready", () => {
    const body = doc();
    body.userDeviceQuota = 2;
    expect(run("entra-device-registration", [res("deviceRegistrationPolicy", body)], plan({ ownership: "corporate", perUser: 3 })).verdict).toBe("not-ready");
    body.userDeviceQuota = 50;
    expect(run("entra-device-registration", [res("deviceRegistrationPolicy", body)], plan({ ownership: "corporate" })).verdict).toBe("not-checked");
  });
});

describe("mac-targeting (assignmentFilters)", () => {
  it("documented list (Android filter only), ADE → advisory; personal → advisory", () => {
    expect(run("mac-targeting", [res("assignmentFilters", bodyOf("assignment-filters-documented"))], ADE_PSSO).verdict).toBe("advisory");
    expect(run("mac-targeting", [res("assignmentFilters", bodyOf("assignment-filters-documented"))], BYOD_ESSO).verdict).toBe("advisory");
  });
  it("a macOS filter on enrollmentProfileName, ADE → ready", () => {
    expect(run("mac-targeting", [res("assignmentFilters", bodyOf("assignment-filters-real-mac"))], ADE_PSSO).verdict).toBe("ready");
  });
  it("a macOS filter on something else: ADE → advisory, non-ADE → ready", () => {
    const body = bodyOf("assignment-filters-real-mac");
    body.value[0]!.rule = '(device.model -contains "Mac")';
    expect(run("mac-targeting", [res("assignmentFilters", body)], ADE_PSSO).verdict).toBe("advisory");
    expect(run("mac-targeting", [res("assignmentFilters", body)], BYOD_ESSO).verdict).toBe("ready");
  });
  it("only the first page → could not check", () => {
    const body = { ...bodyOf("assignment-filters-real-mac"), "@odata.nextLink": "https://graph.microsoft.com/beta/deviceManagement/assignmentFilters?$skiptoken=1" };
    expect(run("mac-targeting", [res("assignmentFilters", body)], ADE_PSSO).verdict).toBe("error");
  });
});

describe("ade-enrollment-profile (depMacOSEnrollmentProfile)", () => {
  const profileBody = () => bodyOf("ade-profile-documented");
  it("documented default profile with user affinity → ready for ADE + Platform SSO", () => {
    expect(run("ade-enrollment-profile", [res("depSettings", depList), profiles(DEP_ID, profileBody())], ADE_PSSO).verdict).toBe("ready");
  });
  it("no default macOS profile → not ready", () => {
    const body = profileBody();
    body.value[0]!.isDefault = false;
    expect(run("ade-enrollment-profile", [res("depSettings", depList), profiles(DEP_ID, body)], ADE_PSSO)).toMatchObject({ verdict: "not-ready", reason: expect.stringMatching(/no default macOS enrollment profile/) });
    // The live read of the default profile: 404 (no default) [inferred, as the ADE token rule], or one object.
    expect(run("ade-enrollment-profile", [res("depSettings", depList), defaultProfile(DEP_ID, { error: { code: "ResourceNotFound", message: "" } }, 404)], ADE_PSSO).verdict).toBe("not-ready");
    const one = { ...bodyOf("ade-profile-documented").value[0] };
    delete one.adminAccountPassword;
    expect(run("ade-enrollment-profile", [res("depSettings", depList), defaultProfile(DEP_ID, one)], ADE_PSSO).verdict).toBe("ready");
  });
  it("default without user affinity when the strategy needs it → not ready; without SSO or CA it is fine", () => {
    const body = profileBody();
    body.value[0]!.requiresUserAuthentication = false;
    expect(run("ade-enrollment-profile", [res("depSettings", depList), profiles(DEP_ID, body)], ADE_PSSO)).toMatchObject({ verdict: "not-ready", reason: expect.stringMatching(/without user affinity/) });
    expect(run("ade-enrollment-profile", [res("depSettings", depList), profiles(DEP_ID, body)], plan({ ownership: "corporate", abm: "yes", areas: [] })).verdict).toBe("ready");
  });
  it("no macOS profile at all, no token, no ADE in the strategy, profiles missing", () => {
    expect(run("ade-enrollment-profile", [res("depSettings", depList), profiles(DEP_ID, { value: [] })], ADE_PSSO).verdict).toBe("not-ready");
    expect(run("ade-enrollment-profile", [res("depSettings", { value: [] })], ADE_PSSO).verdict).toBe("not-ready");
    expect(run("ade-enrollment-profile", [res("depSettings", depList)], BYOD_ESSO).verdict).toBe("not-applicable");
    expect(run("ade-enrollment-profile", [res("depSettings", depList)], ADE_PSSO).verdict).toBe("not-checked");
  });
  it("before the device decision, or with ABM only planned, agrees with the item's optional applicability", () => {
    const undecided = run("ade-enrollment-profile", [res("depSettings", { value: [] })], {});
    expect(undecided).toMatchObject({ verdict: "advisory", reason: expect.stringMatching(/Optional until you decide the device strategy/) });
    expect(undecided.reason).not.toMatch(/Your strategy does not/);
    const planned = plan({ ownership: "corporate", abm: "planned", areas: [] });
    expect(run("ade-enrollment-profile", [res("depSettings", { value: [] })], planned)).toMatchObject({ verdict: "advisory", reason: expect.stringMatching(/Optional until purchases go through Apple Business Manager/) });
    // A token already uploaded is judged anyway: without a default profile its Macs fail to enroll.
    const body = profileBody();
    body.value[0]!.isDefault = false;
    expect(run("ade-enrollment-profile", [res("depSettings", depList), profiles(DEP_ID, body)], {}).verdict).toBe("not-ready");
    expect(run("ade-enrollment-profile", [res("depSettings", depList), profiles(DEP_ID, profileBody())], planned).verdict).toBe("ready");
  });
});

describe("company-portal (mobileApps, bundle id com.microsoft.CompanyPortalMac)", () => {
  it("PKG app required for all users → ready for ADE", () => {
    expect(run("company-portal", [res("mobileApps", bodyOf("mobile-apps-real"))], ADE_PSSO).verdict).toBe("ready");
  });
  it("ADE (Setup Assistant with modern authentication) without Company Portal → not ready", () => {
    expect(run("company-portal", [res("mobileApps", bodyOf("mobile-apps-documented"))], ADE_PSSO)).toMatchObject({ verdict: "not-ready", reason: expect.stringMatching(/not deployed/) });
  });
  it("deployed as available only → not ready for ADE", () => {
    const body = bodyOf("mobile-apps-real");
    (body.value[0]!.assignments as { intent: string }[])[0]!.intent = "available";
    expect(run("company-portal", [res("mobileApps", body)], ADE_PSSO)).toMatchObject({ verdict: "not-ready", reason: expect.stringMatching(/not deployed as required/) });
  });
  it("an LOB app whose child app carries the bundle id counts (case-insensitive)", () => {
    const lob = { "@odata.type": "#microsoft.graph.macOSLobApp", id: "l1", displayName: "CP", bundleId: "com.microsoft.CompanyPortal.pkg", childApps: [{ bundleId: "COM.MICROSOFT.COMPANYPORTALMAC" }], assignments: [{ intent: "required", target: { "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId: "g" } }] };
    expect(run("company-portal", [res("mobileApps", { value: [lob] })], ADE_PSSO).verdict).toBe("ready");
  });
  it("personal Macs with the SSO plug-in: users install it → not applicable; personal with Platform SSO → advisory", () => {
    expect(run("company-portal", [res("mobileApps", bodyOf("mobile-apps-documented"))], BYOD_ESSO).verdict).toBe("not-applicable");
    expect(run("company-portal", [res("mobileApps", bodyOf("mobile-apps-documented"))], plan({ ownership: "personal", sso: "platform-sso", psso: "secure-enclave" })).verdict).toBe("advisory");
  });
});

describe("pilot-mac and corporate-identifiers (managedDevices)", () => {
  it("an ADE-enrolled Mac → pilot ready for ADE", () => {
    expect(run("pilot-mac", [res("managedDevices", bodyOf("managed-devices-real"))], ADE_PSSO).verdict).toBe("ready");
  });
  it("Macs but none through ADE → advisory; no Mac → not ready; non-ADE with a Mac → ready", () => {
    const body = bodyOf("managed-devices-real");
    body.value = body.value.slice(1);
    expect(run("pilot-mac", [res("managedDevices", body)], ADE_PSSO).verdict).toBe("advisory");
    expect(run("pilot-mac", [res("managedDevices", body)], BYOD_ESSO).verdict).toBe("ready");
    expect(run("pilot-mac", [res("managedDevices", { value: [] })], ADE_PSSO).verdict).toBe("not-ready");
  });
  it("a partial list proves presence, never absence", () => {
    const next = "https://graph.microsoft.com/v1.0/deviceManagement/managedDevices?$skiptoken=2";
    expect(run("pilot-mac", [res("managedDevices", { ...bodyOf("managed-devices-real"), "@odata.nextLink": next })], ADE_PSSO).verdict).toBe("ready");
    expect(run("pilot-mac", [res("managedDevices", { value: [], "@odata.nextLink": next })], ADE_PSSO).verdict).toBe("error");
  });
  it("corporate identifiers: corporate Mac enrolled outside ADE → ready; none → checklist (not checked); ADE-only strategy → not applicable", () => {
    const outside = plan({ ownership: "corporate", abm: "no" });
    expect(run("corporate-identifiers", [res("managedDevices", bodyOf("managed-devices-real"))], outside).verdict).toBe("ready");
    const r = run("corporate-identifiers", [res("managedDevices", { value: [] })], outside);
    expect(r).toMatchObject({ verdict: "not-checked", reason: expect.stringMatching(/^Checklist item/) });
    expect(run("corporate-identifiers", [res("managedDevices", { value: [] })], ADE_PSSO).verdict).toBe("not-applicable");
  });
  it("corporate identifiers the strategy chose not to register: optional, still proven by a corporate Mac outside ADE", () => {
    const declined = plan({ ownership: "corporate", abm: "no" });
    declined.devices = { ...declined.devices!, value: { ...declined.devices!.value, corporateIdentifiers: false } };
    expect(run("corporate-identifiers", [res("managedDevices", { value: [] })], declined)).toMatchObject({ verdict: "not-checked", reason: expect.stringMatching(/^Optional: your strategy does not register/) });
    expect(run("corporate-identifiers", [res("managedDevices", bodyOf("managed-devices-real"))], declined).verdict).toBe("ready");
  });
});
