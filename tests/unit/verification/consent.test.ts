import { describe, expect, it } from "vitest";
import { REQUIRED_SCOPES, SCOPES_IN_USE, adminConsentUrl } from "../../../src/domain/verification/consent.ts";
import { ENROLLMENT_PROFILES_REQUEST } from "../../../src/domain/verification/requests.ts";

describe("REQUIRED_SCOPES", () => {
  const names = REQUIRED_SCOPES.map((s) => s.scope);

  it("covers every scope a Graph request needs, and no more", () => {
    expect(new Set(names)).toEqual(new Set([...SCOPES_IN_USE, ENROLLMENT_PROFILES_REQUEST.scope]));
  });

  it("is read-only", () => {
    expect(names.filter((n) => !/\.Read(\.|$)/.test(n))).toEqual([]);
  });

  it("says why each scope is needed", () => {
    expect(REQUIRED_SCOPES.filter((s) => s.why.trim().length < 10)).toEqual([]);
  });
});

describe("adminConsentUrl", () => {
  it("builds the v2 admin-consent link with resource-qualified, space-separated scopes", () => {
    const url = adminConsentUrl({
      tenant: "contoso.onmicrosoft.com",
      clientId: "00001111-aaaa-2222-bbbb-3333cccc4444",
      redirectUri: "https://readiness.example/consent?from=app&x=1",
      scopes: ["Policy.Read.All", "https://graph.microsoft.com/LicenseAssignment.Read.All"],
    });
    expect(url).toBe(
      "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/adminconsent" +
        "?client_id=00001111-aaaa-2222-bbbb-3333cccc4444" +
        "&scope=https%3A%2F%2Fgraph.microsoft.com%2FPolicy.Read.All%20https%3A%2F%2Fgraph.microsoft.com%2FLicenseAssignment.Read.All" +
        "&redirect_uri=https%3A%2F%2Freadiness.example%2Fconsent%3Ffrom%3Dapp%26x%3D1",
    );
    const parsed = new URL(url);
    expect(parsed.searchParams.get("scope")).toBe("https://graph.microsoft.com/Policy.Read.All https://graph.microsoft.com/LicenseAssignment.Read.All");
    expect(parsed.searchParams.get("redirect_uri")).toBe("https://readiness.example/consent?from=app&x=1");
  });

  it("cannot be steered by a hostile tenant or state value", () => {
    const url = new URL(adminConsentUrl({ tenant: "evil.example/x?client_id=attacker#", clientId: "id", redirectUri: "https://a.example/", scopes: ["User.Read"], state: "s&client_id=attacker" }));
    expect(url.host).toBe("login.microsoftonline.com");
    expect(url.searchParams.getAll("client_id")).toEqual(["id"]);
    expect(url.searchParams.get("state")).toBe("s&client_id=attacker");
  });
});
