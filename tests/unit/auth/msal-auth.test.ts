import { describe, expect, it, vi } from "vitest";
import {
  BrowserAuthError,
  InteractionRequiredAuthError,
  ServerError,
  type AccountInfo,
  type AuthenticationResult,
  type Configuration,
} from "@azure/msal-browser";
import { createMsalAuthWith, msalConfiguration, type MsalClient } from "../../../src/services/auth/msal-auth.ts";
import { REDIRECT_MARKER_KEY } from "../../../src/services/auth/redirect-marker.ts";
import { toAuthError } from "../../../src/services/auth/msal-errors.ts";
import { AuthError } from "../../../src/services/auth/errors.ts";
import { CHECK_SCOPES } from "../../../src/services/auth/scopes.ts";

const config = {
  clientId: "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
  authority: "https://login.microsoftonline.com/contoso.com",
  redirectUri: "https://readiness.contoso.com/redirect.html",
  cloud: "global",
} as const;

const account: AccountInfo = {
  homeAccountId: "uid.tid",
  environment: "login.microsoftonline.com",
  tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47",
  username: "admin@contoso.com",
  localAccountId: "uid",
  name: "Ada Admin",
};

const result = (accessToken: string) => ({ accessToken, account }) as AuthenticationResult;

/** A stand-in PublicClientApplication with the methods the adapter calls; accounts as MSAL keeps them. */
function fakeClient(signedIn: AccountInfo | null = null) {
  let active: AccountInfo | null = null;
  const all = signedIn ? [signedIn] : [];
  const client = {
    loginPopup: vi.fn(async () => result("id-only")),
    acquireTokenSilent: vi.fn(async () => result("silent-token")),
    acquireTokenPopup: vi.fn(async () => result("popup-token")),
    acquireTokenRedirect: vi.fn(async () => undefined),
    handleRedirectPromise: vi.fn(async (): Promise<AuthenticationResult | null> => null),
    getActiveAccount: vi.fn(() => active),
    setActiveAccount: vi.fn((next: AccountInfo | null) => {
      active = next;
    }),
    getAllAccounts: vi.fn(() => all),
    clearCache: vi.fn(async () => undefined),
  } satisfies MsalClient;
  return client;
}

async function adapter(client: MsalClient) {
  const configurations: Configuration[] = [];
  const auth = await createMsalAuthWith(config, async (configuration) => {
    configurations.push(configuration);
    return client;
  });
  return { auth, configurations };
}

describe("createMsalAuthWith", () => {
  it("creates one client with the registration, the bridge redirect URI, claims-challenge capability and a sessionStorage cache", async () => {
    const { configurations } = await adapter(fakeClient());
    expect(configurations).toEqual([
      {
        auth: { clientId: config.clientId, authority: config.authority, redirectUri: config.redirectUri, clientCapabilities: ["CP1"] },
        cache: { cacheLocation: "sessionStorage" },
      },
    ]);
  });

  it.each([
    ["GCC High", "https://login.microsoftonline.us/contoso.com", undefined],
    ["China (21Vianet)", "https://login.chinacloudapi.cn/contoso.com", undefined],
    ["the browser tests' loopback stand-in", "https://127.0.0.1:4500/contoso.com", ["127.0.0.1:4500"]],
  ])("for %s, declares the authority host only when MSAL does not know it", (_, authority, known) => {
    expect(msalConfiguration({ ...config, authority }).auth.knownAuthorities).toEqual(known);
  });

  it("signs in with a popup asking for User.Read only", async () => {
    const client = fakeClient();
    const { auth } = await adapter(client);
    expect(auth.account()).toBeNull();
    await expect(auth.signIn()).resolves.toEqual({ username: "admin@contoso.com", name: "Ada Admin", tenantId: account.tenantId });
    expect(client.loginPopup).toHaveBeenCalledWith(expect.objectContaining({ scopes: ["User.Read"] }));
    expect(auth.account()?.username).toBe("admin@contoso.com");
  });

  it("restores the account an earlier sign-in in this tab left in the cache", async () => {
    const client = fakeClient(account);
    const { auth } = await adapter(client);
    expect(client.setActiveAccount).toHaveBeenCalledWith(account);
    expect(auth.account()?.tenantId).toBe(account.tenantId);
  });

  it("gets a token silently first", async () => {
    const client = fakeClient(account);
    const { auth } = await adapter(client);
    await expect(auth.getToken(CHECK_SCOPES)).resolves.toBe("silent-token");
    expect(client.acquireTokenSilent).toHaveBeenCalledWith({ scopes: [...CHECK_SCOPES], account });
    expect(client.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("passes a claims challenge and skips the cache when Graph refused the token", async () => {
    const client = fakeClient(account);
    const { auth } = await adapter(client);
    const claims = '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}';
    await auth.getToken(CHECK_SCOPES, { claims, forceRefresh: true });
    expect(client.acquireTokenSilent).toHaveBeenCalledWith({ scopes: [...CHECK_SCOPES], account, claims, forceRefresh: true });
    client.acquireTokenSilent.mockRejectedValueOnce(new InteractionRequiredAuthError("interaction_required", "corr"));
    await auth.getToken(CHECK_SCOPES, { claims });
    expect(client.acquireTokenPopup).toHaveBeenCalledWith({ scopes: [...CHECK_SCOPES], claims, account });
  });

  it("opens the sign-in popup synchronously, before the first await", async () => {
    const client = fakeClient();
    const { auth } = await adapter(client);
    const pending = auth.signIn();
    expect(client.loginPopup).toHaveBeenCalledTimes(1);
    await pending;
  });

  it("redirects with a note of what to resume, and finishes that sign-in when the page comes back", async () => {
    sessionStorage.clear();
    const client = fakeClient();
    const { auth } = await adapter(client);
    await auth.signInWithRedirect(CHECK_SCOPES, "run-checks");
    expect(client.acquireTokenRedirect).toHaveBeenCalledWith({ scopes: [...CHECK_SCOPES], prompt: "select_account" });
    expect(JSON.parse(sessionStorage.getItem(REDIRECT_MARKER_KEY) ?? "{}")).toMatchObject({ resume: "run-checks" });

    const back = fakeClient();
    back.handleRedirectPromise.mockResolvedValueOnce(result("redirect-token"));
    const { auth: reloaded } = await adapter(back);
    await expect(reloaded.completeRedirect()).resolves.toEqual({ kind: "signed-in", account: { username: "admin@contoso.com", name: "Ada Admin", tenantId: account.tenantId }, resume: "run-checks" });
    expect(sessionStorage.getItem(REDIRECT_MARKER_KEY)).toBeNull();
    // Asked twice (React's development double effects), the one outcome is reported once.
    await expect(reloaded.completeRedirect()).resolves.toMatchObject({ resume: "run-checks" });
    expect(back.handleRedirectPromise).toHaveBeenCalledTimes(1);
  });

  it("reports nothing to resume on an ordinary load, and a failed return as a problem", async () => {
    sessionStorage.clear();
    const { auth } = await adapter(fakeClient());
    await expect(auth.completeRedirect()).resolves.toBeNull();

    sessionStorage.setItem(REDIRECT_MARKER_KEY, JSON.stringify({ resume: "sign-in", startedAt: Date.now() }));
    const failing = fakeClient();
    failing.handleRedirectPromise.mockRejectedValueOnce(new BrowserAuthError("user_cancelled", "corr"));
    const { auth: back } = await adapter(failing);
    const outcome = await back.completeRedirect();
    expect(outcome).toMatchObject({ kind: "failed", resume: "sign-in", error: { code: "cancelled" } });
  });

  it.each(["consent_required", "interaction_required", "login_required"])(
    "falls back to a popup when the silent call says %s",
    async (code) => {
      const client = fakeClient(account);
      client.acquireTokenSilent.mockRejectedValueOnce(new InteractionRequiredAuthError(code, "corr"));
      const { auth } = await adapter(client);
      await expect(auth.getToken(CHECK_SCOPES)).resolves.toBe("popup-token");
      expect(client.acquireTokenPopup).toHaveBeenCalledWith({ scopes: [...CHECK_SCOPES], account });
    },
  );

  it("does not open a window for other silent failures", async () => {
    const client = fakeClient(account);
    client.acquireTokenSilent.mockRejectedValueOnce(new BrowserAuthError("no_network_connectivity", "corr"));
    const { auth } = await adapter(client);
    await expect(auth.getToken(CHECK_SCOPES)).rejects.toMatchObject({ code: "network" });
    expect(client.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("goes straight to the popup when nobody is signed in", async () => {
    const client = fakeClient();
    const { auth } = await adapter(client);
    await expect(auth.getToken(CHECK_SCOPES)).resolves.toBe("popup-token");
    expect(client.acquireTokenSilent).not.toHaveBeenCalled();
    expect(auth.account()?.username).toBe("admin@contoso.com");
  });

  it("turns a cancelled consent popup into an AuthError", async () => {
    const client = fakeClient(account);
    client.acquireTokenSilent.mockRejectedValueOnce(new InteractionRequiredAuthError("consent_required", "corr"));
    client.acquireTokenPopup.mockRejectedValueOnce(new BrowserAuthError("user_cancelled", "corr"));
    const { auth } = await adapter(client);
    const error = await auth.getToken(CHECK_SCOPES).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ code: "cancelled", message: "Sign-in was cancelled." });
  });

  it("signs out locally: clears this account's cache and forgets it", async () => {
    const client = fakeClient(account);
    const { auth } = await adapter(client);
    await auth.signOut();
    expect(client.clearCache).toHaveBeenCalledWith({ account });
    expect(client.getActiveAccount()).toBeNull();
  });

  it("reads the signed-in account's directory roles from its ID token's wids claim, and nothing without one", async () => {
    expect((await adapter(fakeClient())).auth.signInRoles()).toBeNull();
    expect((await adapter(fakeClient(account))).auth.signInRoles()).toBeNull();
    const admin = { ...account, idTokenClaims: { tid: account.tenantId, wids: ["3A2C62DB-5318-420D-8D74-23AFFEE5D9D5"] } };
    expect((await adapter(fakeClient(admin))).auth.signInRoles()).toEqual(["3a2c62db-5318-420d-8d74-23affee5d9d5"]);
  });

  it("reports a client that cannot be created as an AuthError", async () => {
    const failing = createMsalAuthWith(config, async () => {
      throw new BrowserAuthError("crypto_nonexistent", "corr");
    });
    await expect(failing).rejects.toBeInstanceOf(AuthError);
  });
});

describe("toAuthError", () => {
  it.each<[string, unknown, string, RegExp]>([
    ["user_cancelled", new BrowserAuthError("user_cancelled", "c"), "cancelled", /cancelled/],
    ["popup_window_error", new BrowserAuthError("popup_window_error", "c"), "popup-blocked", /Allow pop-ups/],
    ["empty_window_error", new BrowserAuthError("empty_window_error", "c"), "popup-blocked", /Allow pop-ups/],
    ["interaction_in_progress", new BrowserAuthError("interaction_in_progress", "c"), "interaction-in-progress", /already open/],
    ["timed_out", new BrowserAuthError("timed_out", "c"), "bridge-failed", /redirect\.html/],
    ["no_account_error", new BrowserAuthError("no_account_error", "c"), "sign-in-needed", /Sign in/],
    ["access_denied", new ServerError("access_denied", "c"), "consent-needed", /Privileged Role Administrator/],
    ["AADSTS65001", new ServerError("invalid_grant", "c", "", "", "65001"), "consent-needed", /consented/],
    ["AADSTS700016 as a number", new ServerError("unauthorized_client", "c", "", "", 700016 as unknown as string), "configuration", /1b2c3d4e/],
    ["AADSTS9002326", new ServerError("invalid_request", "c", "", "", "9002326"), "configuration", /Single-page application/],
    ["an unknown MSAL code", new BrowserAuthError("something_new", "c"), "unknown", /something_new/],
    ["a non-MSAL error", new TypeError("boom"), "unknown", /unexpectedly/],
  ])("maps %s", (_, error, code, message) => {
    const mapped = toAuthError(error, config);
    expect(mapped.code).toBe(code);
    expect(mapped.message).toMatch(message);
    expect(mapped.cause).toBe(error);
  });

  it("passes an AuthError through", () => {
    const error = new AuthError("not-configured", "Set a client ID");
    expect(toAuthError(error, config)).toBe(error);
  });
});
