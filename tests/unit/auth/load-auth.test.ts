import { afterEach, describe, expect, it, vi } from "vitest";
import { loadAuth } from "../../../src/services/auth/load-auth.ts";
import { createTestAuth } from "../../../src/services/auth/test-auth.ts";
import { CHECK_SCOPES, SIGN_IN_SCOPES } from "../../../src/services/auth/scopes.ts";
import { ENROLLMENT_PROFILES_REQUEST, GRAPH_REQUESTS } from "../../../src/domain/verification/requests.ts";

const config = {
  clientId: "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
  authority: "https://login.microsoftonline.com/contoso.com",
  redirectUri: "https://readiness.contoso.com/redirect.html",
};

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("loadAuth", () => {
  it("uses the test sign-in only in e2e mode", async () => {
    vi.stubEnv("MODE", "e2e");
    const auth = await loadAuth(config);
    await expect(auth.signIn()).resolves.toMatchObject({ username: "e2e.admin@contoso.example" });
    await expect(auth.getToken(CHECK_SCOPES)).resolves.toBe("e2e-token");
  });

  it("uses MSAL in any other mode", async () => {
    vi.stubEnv("MODE", "production");
    const auth = await loadAuth(config);
    expect(auth.account()).toBeNull();
    // The test sign-in would have answered "e2e-token" without any window.
    expect(await import("../../../src/services/auth/msal-auth.ts").then((m) => m.createMsalAuth(config))).toBe(auth);
  });
});

describe("createTestAuth", () => {
  it("keeps the test admin signed in across a reload of the tab, like MSAL's sessionStorage cache", async () => {
    const first = createTestAuth();
    expect(first.account()).toBeNull();
    await first.signIn();
    expect(createTestAuth().account()?.username).toBe("e2e.admin@contoso.example");
    await first.signOut();
    expect(createTestAuth().account()).toBeNull();
  });
});

describe("scopes", () => {
  it("signs in with User.Read only and asks for every request's scope when checks run", () => {
    expect(SIGN_IN_SCOPES).toEqual(["User.Read"]);
    expect(new Set(CHECK_SCOPES)).toEqual(new Set(["User.Read", ...GRAPH_REQUESTS.map((r) => r.scope)]));
    expect(CHECK_SCOPES).toContain(ENROLLMENT_PROFILES_REQUEST.scope);
    expect(CHECK_SCOPES.length).toBe(new Set(CHECK_SCOPES).size);
  });
});
