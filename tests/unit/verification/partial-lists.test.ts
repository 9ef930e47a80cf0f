/**
 * A list that still carries @odata.nextLink is only its first page(s): what is missing could be what a check looks
 * for, so no check may call it "not ready" (or "ready" by absence) on that basis.
 */
import { describe, expect, it } from "vitest";
import { check, devices, res, withAppsAndBooks } from "./helpers.ts";

const NEXT = "https://graph.microsoft.com/beta/deviceManagement/x?$skiptoken=abc";
const INTUNE = "3a2c62db-5318-420d-8d74-23affee5d9d5";

describe("a partial list is not an answer", () => {
  it.each([
    ["enrollment-device-limit", "enrollmentConfigurations", "the enrollment restrictions"],
    ["enrollment-platform-restrictions", "enrollmentConfigurations", "the enrollment restrictions"],
    ["intune-license", "subscribedSkus", "the tenant's subscriptions"],
    ["ade-token", "depSettings", "the enrollment program (ADE) tokens"],
    ["vpp-token", "vppTokens", "the Apps and Books (VPP) tokens"],
  ] as const)("%s with only the first page of %s → could not check", (item, request, label) => {
    const result = check(item, [res(request, { value: [], "@odata.nextLink": NEXT })], withAppsAndBooks(devices()));
    expect(result.verdict).toBe("error");
    expect(result.reason).toBe(`Only the first page of ${label} was read, and the rest may hold what this check looks for, so it cannot tell. The live check reads every page.`);
  });

  it("the same lists, complete, give real verdicts", () => {
    const defaultLimit = { "@odata.type": "#microsoft.graph.deviceEnrollmentLimitConfiguration", id: "t_DefaultLimit", priority: 0, limit: 15, assignments: [] };
    expect(check("enrollment-device-limit", [res("enrollmentConfigurations", { value: [defaultLimit] })], devices()).verdict).toBe("ready");
    const partial = check("enrollment-device-limit", [res("enrollmentConfigurations", { value: [defaultLimit], "@odata.nextLink": NEXT })], devices());
    expect(partial.verdict).toBe("error"); // a higher-priority custom limit could sit on page 2
    expect(check("intune-license", [res("subscribedSkus", { value: [] })]).verdict).toBe("not-ready");
  });
});

describe("intune-admin-role reads a partial list for what it holds, never for what it lacks", () => {
  const instance = { id: "i", principalId: "p", roleDefinitionId: INTUNE, directoryScopeId: "/", endDateTime: null };
  const none = { value: [] };

  it("a role found on the first page of the directory roles is ready", () => {
    const memberOf = { value: [{ "@odata.type": "#microsoft.graph.directoryRole", id: "r", displayName: "Intune Administrator", roleTemplateId: INTUNE }], "@odata.nextLink": NEXT };
    const result = check("intune-admin-role", [res("memberOf", memberOf), res("roleAssignments", none), res("roleEligibility", none)]);
    expect(result.verdict).toBe("ready");
    expect(result.details).toContain("Only the first page of your directory roles was read.");
  });

  it("no role on the first page, and the active PIM read also partial: cannot say the role is not active", () => {
    const partial = { value: [], "@odata.nextLink": NEXT };
    const result = check("intune-admin-role", [res("memberOf", partial), res("roleAssignments", partial), res("roleEligibility", none)]);
    expect(result.verdict).not.toBe("not-ready");
    expect(result.verdict).not.toBe("ready");
  });

  it("a complete active read still proves the role is not active, even if another list is partial", () => {
    const result = check("intune-admin-role", [res("memberOf", { value: [], "@odata.nextLink": NEXT }), res("roleAssignments", none), res("roleEligibility", { value: [instance] })]);
    expect(result.verdict).toBe("advisory");
  });
});

describe("ade-token: a partial list of enrollment profiles is not judged", () => {
  it("only the first page of a token's profiles → could not check, not 'no macOS profile'", async () => {
    const { profilesRes } = await import("./helpers.ts");
    const dep = { value: [{ id: "dep-1", tokenName: "Contoso ABM", tokenExpirationDateTime: "2027-06-01T00:00:00Z", lastSuccessfulSyncDateTime: "2026-11-26T08:00:00Z" }] };
    const result = check("ade-token", [res("depSettings", dep), profilesRes("dep-1", { value: [], "@odata.nextLink": NEXT })], devices());
    expect(result.verdict).toBe("error");
    expect(result.details.join(" ")).toMatch(/Only part of the enrollment profiles of .* was read/);
  });
});
