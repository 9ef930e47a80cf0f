import { afterEach, describe, expect, it, vi } from "vitest";
import { loadAuth } from "../../../src/services/auth/load-auth.ts";
import { CHECK_SCOPES, SIGN_IN_SCOPES } from "../../../src/services/auth/scopes.ts";
import { ENROLLMENT_PROFILES_REQUEST, GRAPH_REQUESTS } from "../../../src/domain/verification/requests.ts";

const config = {
  clientId: "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
  authority: "https://login.microsoftonline.com/contoso.com",
  redirectUri: "https://readiness.contoso.com/redirect.html",
  cloud: "global",
} as const;

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("loadAuth", () => {
  it.each(["production", "e2e"])("uses the real MSAL in %s builds too (browser tests sign in to an identity-provider stand-in)", async (mode) => {
    vi.stubEnv("MODE", mode);
    const auth = await loadAuth(config);
    expect(auth.account()).toBeNull();
    expect(await import("../../../src/services/auth/msal-auth.ts").then((m) => m.createMsalAuth(config))).toBe(auth);
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
