// The MSAL adapter. Loaded with `import()` only when the admin opts into live checks, so MSAL stays out of the
// initial bundle. Popups first; a full-page redirect when the browser blocks the popup. Both return through the
// redirect bridge page (redirect.html).
import {
  createStandardPublicClientApplication,
  InteractionRequiredAuthError,
  type AccountInfo,
  type Configuration,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import { ALL_LOGIN_ORIGINS } from "./clouds.ts";
import { SIGN_IN_SCOPES } from "./scopes.ts";
import { AuthError } from "./errors.ts";
import { toAuthError } from "./msal-errors.ts";
import { rolesFromIdTokenClaims } from "./id-token-roles.ts";
import { clearPendingRedirect, readPendingRedirect, writePendingRedirect } from "./redirect-marker.ts";
import type { AccountInfoLite, GraphAuth, RedirectOutcome } from "./types.ts";
import type { AuthConfig } from "./validate-config.ts";

/** The part of a PublicClientApplication this adapter uses; tests pass an object with these methods. */
export type MsalClient = Pick<
  IPublicClientApplication,
  | "loginPopup"
  | "acquireTokenSilent"
  | "acquireTokenPopup"
  | "acquireTokenRedirect"
  | "handleRedirectPromise"
  | "getActiveAccount"
  | "setActiveAccount"
  | "getAllAccounts"
  | "clearCache"
>;

export type MsalClientFactory = (configuration: Configuration) => Promise<MsalClient>;

export function msalConfiguration(config: AuthConfig): Configuration {
  const authorityOrigin = new URL(config.authority).origin;
  return {
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      redirectUri: config.redirectUri,
      // "CP1": this app answers Graph's claims challenges (Continuous Access Evaluation), so Entra may send them.
      clientCapabilities: ["CP1"],
      // Microsoft's sign-in hosts are known to MSAL; anything else (only the browser tests' loopback identity stand-in
      // passes validation) must be declared, or MSAL refuses it.
      ...(ALL_LOGIN_ORIGINS.includes(authorityOrigin) ? {} : { knownAuthorities: [new URL(config.authority).host] }),
    },
    // Tokens last as long as the tab, not the browser (graph-checks.md §13).
    cache: { cacheLocation: "sessionStorage" },
  };
}

function lite(account: AccountInfo): AccountInfoLite {
  return { username: account.username, name: account.name ?? account.username, tenantId: account.tenantId };
}

export async function createMsalAuthWith(config: AuthConfig, factory: MsalClientFactory): Promise<GraphAuth> {
  let client: MsalClient;
  try {
    client = await factory(msalConfiguration(config));
  } catch (error) {
    throw toAuthError(error, config);
  }
  const current = (): AccountInfo | null => client.getActiveAccount() ?? client.getAllAccounts()[0] ?? null;
  // An earlier sign-in in this tab survives a reload through the sessionStorage cache.
  const restored = current();
  if (restored) client.setActiveAccount(restored);

  const finishRedirect = async (): Promise<RedirectOutcome | null> => {
    const pending = readPendingRedirect();
    clearPendingRedirect();
    const resume = pending?.resume ?? "sign-in";
    try {
      // Called on every load of the sign-in code, not only after our own redirect: MSAL also clears a stale
      // "interaction in progress" flag here.
      const result = await client.handleRedirectPromise();
      if (!result && !pending) return null;
      const account = result?.account ?? null;
      if (!account) return { kind: "failed", error: new AuthError("cancelled", "Sign-in was not completed."), resume };
      client.setActiveAccount(account);
      return { kind: "signed-in", account: lite(account), resume };
    } catch (error) {
      return pending ? { kind: "failed", error: toAuthError(error, config), resume } : null;
    }
  };
  let completion: Promise<RedirectOutcome | null> | null = null;

  return {
    signIn() {
      // No await before loginPopup: MSAL opens the window synchronously, inside the admin's click.
      return client.loginPopup({ scopes: [...SIGN_IN_SCOPES], prompt: "select_account" }).then(
        (result) => {
          client.setActiveAccount(result.account);
          return lite(result.account);
        },
        (error: unknown) => {
          throw toAuthError(error, config);
        },
      );
    },
    account() {
      const account = current();
      return account ? lite(account) : null;
    },
    async getToken(scopes, options = {}) {
      const account = current();
      const claims = options.claims ? { claims: options.claims } : {};
      const refresh = options.forceRefresh ? { forceRefresh: true } : {};
      if (account) {
        try {
          // With claims, MSAL skips its cache and asks the token endpoint for a token that satisfies them.
          return (await client.acquireTokenSilent({ scopes: [...scopes], account, ...claims, ...refresh })).accessToken;
        } catch (error) {
          // Only the identity platform's "needs the user" answer justifies a window; anything else is reported.
          if (!(error instanceof InteractionRequiredAuthError)) throw toAuthError(error, config);
        }
      }
      try {
        const result = await client.acquireTokenPopup({ scopes: [...scopes], ...claims, ...(account ? { account } : {}) });
        client.setActiveAccount(result.account);
        return result.accessToken;
      } catch (error) {
        throw toAuthError(error, config);
      }
    },
    async signInWithRedirect(scopes, resume) {
      writePendingRedirect(resume);
      const account = current();
      try {
        await client.acquireTokenRedirect({ scopes: [...new Set([...SIGN_IN_SCOPES, ...scopes])], ...(account ? { account } : { prompt: "select_account" }) });
      } catch (error) {
        clearPendingRedirect();
        throw toAuthError(error, config);
      }
    },
    completeRedirect() {
      // Once per client: a second caller (React's development double effects) gets the same outcome.
      completion ??= finishRedirect();
      return completion;
    },
    signInRoles() {
      // MSAL keeps the claims of the latest ID token on the account (refreshed by every interactive or silent sign-in).
      return rolesFromIdTokenClaims(current()?.idTokenClaims);
    },
    async signOut() {
      const account = current();
      try {
        // Local sign-out: clears this app's tokens without ending the admin's Microsoft session in other tabs/apps.
        await client.clearCache(account ? { account } : undefined);
      } finally {
        client.setActiveAccount(null);
      }
    },
  };
}

let shared: { key: string; auth: Promise<GraphAuth> } | null = null;

/** One PublicClientApplication per app registration, however often the UI asks. */
export function createMsalAuth(config: AuthConfig): Promise<GraphAuth> {
  const key = JSON.stringify([config.clientId, config.authority, config.redirectUri, config.cloud]);
  if (shared?.key !== key) {
    const auth = createMsalAuthWith(config, createStandardPublicClientApplication).catch((error: unknown) => {
      if (shared?.key === key) shared = null;
      throw error;
    });
    shared = { key, auth };
  }
  return shared.auth;
}
