// The ADE follow-up read: the token's default macOS profile with a $select, so no admin account password is ever read
// into evidence; older evidence files with the whole profile list keep working.
import { describe, expect, it } from "vitest";
import { collectEvidence } from "../../../src/services/graph/client.ts";
import { defaultMacProfileLine, enrollmentProfilesLine } from "../../../src/domain/verification/keys.ts";
import { ENROLLMENT_PROFILES_REQUEST } from "../../../src/domain/verification/requests.ts";
import type { EvidenceResponse, Verdict } from "../../../src/domain/verification/types.ts";
import { check, days, devices, res } from "../verification/helpers.ts";

const ID = "5e6f7a8b-0000-4000-8000-00000000e001";
const token = {
  "@odata.type": "#microsoft.graph.depOnboardingSetting",
  id: ID,
  tokenName: "Contoso ABM",
  tokenExpirationDateTime: days(200),
  lastSuccessfulSyncDateTime: days(0, -2),
  lastSyncErrorCode: 0,
};
// Learn "Get depMacOSEnrollmentProfile" (beta), https://learn.microsoft.com/graph/api/intune-enrollment-depmacosenrollmentprofile-get?view=graph-rest-beta,
// narrowed by $select=id,displayName,isDefault.
const defaultProfile = { "@odata.type": "#microsoft.graph.depMacOSEnrollmentProfile", id: "p1", displayName: "macOS – Corporate", isDefault: true };
const profileReply = (status: number, body: unknown): EvidenceResponse => ({ request: defaultMacProfileLine(ID), status, body });
const ade = (profile: EvidenceResponse) => check("ade-token", [res("depSettings", { value: [token] }), profile], devices());

describe("ADE default macOS profile read", () => {
  it("is the default-profile navigation with a $select that names no secret", () => {
    expect(ENROLLMENT_PROFILES_REQUEST.pathFor("x")).toBe("/deviceManagement/depOnboardingSettings/x/defaultMacOsEnrollmentProfile");
    // The rollout checks add the profile settings they judge; no secret is ever selected.
    const selected = ENROLLMENT_PROFILES_REQUEST.query.replace(/^\$select=/, "").split(",");
    expect(selected.slice(0, 3)).toEqual(["id", "displayName", "isDefault"]);
    expect(selected.filter((name) => /password$|secret|token$/i.test(name))).toEqual([]);
    expect(defaultMacProfileLine("x/../y")).toBe(
      `GET /beta/deviceManagement/depOnboardingSettings/x%2F..%2Fy/defaultMacOsEnrollmentProfile?${ENROLLMENT_PROFILES_REQUEST.query}`,
    );
  });

  it.each<[string, EvidenceResponse, Verdict, RegExp]>([
    ["the default profile", profileReply(200, defaultProfile), "ready", /Default macOS enrollment profile: macOS – Corporate/],
    ["404: no default profile [inferred]", profileReply(404, { error: { code: "ResourceNotFound", message: "Not found" } }), "advisory", /no default macOS enrollment profile/],
    ["204 with no body [inferred]", profileReply(204, null), "advisory", /no default macOS enrollment profile/],
    ["a profile that says it is not the default", profileReply(200, { ...defaultProfile, isDefault: false }), "advisory", /no default macOS enrollment profile/],
    ["403", profileReply(403, { error: { code: "Forbidden", message: "Application is not authorized to perform this operation. Application must have one of the following scopes: DeviceManagementServiceConfig.Read.All" } }), "error", /DeviceManagementServiceConfig\.Read\.All/],
    ["an older evidence file with the whole list", { request: enrollmentProfilesLine(ID), status: 200, body: { value: [defaultProfile] } }, "ready", /Default macOS enrollment profile: macOS – Corporate/],
  ])("judges %s", (_, profile, verdict, text) => {
    const result = ade(profile);
    expect(result.verdict).toBe(verdict);
    expect(result.details.join(" ")).toMatch(text);
  });

  it("prefers the default-profile answer when an evidence file holds both", () => {
    const result = ade(profileReply(200, defaultProfile));
    const both = check("ade-token", [res("depSettings", { value: [token] }), { request: enrollmentProfilesLine(ID), status: 200, body: { value: [] } }, profileReply(200, defaultProfile)], devices());
    expect(both.verdict).toBe(result.verdict);
  });

  it("the live client asks for it and writes no secret Graph returns anyway into the evidence", async () => {
    const urls: string[] = [];
    const fetchImpl = async (_input: string, init?: RequestInit): Promise<Response> => {
      const { requests } = JSON.parse(String(init?.body)) as { requests: { id: string; url: string }[] };
      urls.push(...requests.map((r) => r.url));
      const answer = (url: string) => {
        if (url === "/deviceManagement/depOnboardingSettings") return { value: [token] };
        // As if Graph ignored $select: the whole profile, password included; and a VPP token with its token string.
        if (url.includes("/defaultMacOsEnrollmentProfile")) return { ...defaultProfile, adminAccountUserName: "admin", adminAccountPassword: "Pa55-w0rd!" };
        if (url.startsWith("/deviceAppManagement/vppTokens")) return { value: [{ id: "v1", token: "eyJ2cHAiOiJ0b2tlbiJ9" }] };
        return { value: [] };
      };
      const responses = requests.map((r) => ({ id: r.id, status: 200, body: answer(r.url) }));
      return new Response(JSON.stringify({ responses }), { status: 200 });
    };
    const evidence = await collectEvidence({ getToken: async () => "t", fetchImpl, sleep: async () => undefined });
    expect(urls).toContain(`/deviceManagement/depOnboardingSettings/${ID}/defaultMacOsEnrollmentProfile?${ENROLLMENT_PROFILES_REQUEST.query}`);
    const text = JSON.stringify(evidence);
    expect(text).not.toContain("Pa55-w0rd!");
    expect(text).not.toContain("eyJ2cHAiOiJ0b2tlbiJ9");
    expect(evidence.responses.at(-1)).toMatchObject({ request: defaultMacProfileLine(ID), status: 200, body: { displayName: "macOS – Corporate", adminAccountPassword: null } });
  });
});
