// The MSAL adapter. Loaded with `import()` only when the admin opts into live checks, so MSAL stays out of the
// initial bundle. Popups only: the redirect bridge page (redirect.html) hands the response back.
import {
  createStandardPublicClientApplication,
  InteractionRequiredAuthError,
  type AccountInfo,
  type Configuration,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import { SIGN_IN_SCOPES } from "./scopes.ts";
import { toAuthError } from "./msal-errors.ts";
import type { AccountInfoLite, GraphAuth } from "./types.ts";
import type { AuthConfig } from "./validate-config.ts";

/** The part of a PublicClientApplication this adapter uses; tests pass an object with these methods. */
export type MsalClient = Pick<
  IPublicClientApplication,
  "loginPopup" | "acquireTokenSilent" | "acquireTokenPopup" | "getActiveAccount" | "setActiveAccount" | "getAllAccounts" | "clearCache"
>;

export type MsalClientFactory = (configuration: Configuration) => Promise<MsalClient>;

export function msalConfiguration(config: AuthConfig): Configuration {
  return {
    auth: { clientId: config.clientId, authority: config.authority, redirectUri: config.redirectUri },
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

  return {
    async signIn() {
      try {
        const result = await client.loginPopup({ scopes: [...SIGN_IN_SCOPES], prompt: "select_account" });
        client.setActiveAccount(result.account);
        return lite(result.account);
      } catch (error) {
        throw toAuthError(error, config);
      }
    },
    account() {
      const account = current();
      return account ? lite(account) : null;
    },
    async getToken(scopes) {
      const account = current();
      if (account) {
        try {
          return (await client.acquireTokenSilent({ scopes: [...scopes], account })).accessToken;
        } catch (error) {
          // Only the identity platform's "needs the user" answer justifies a window; anything else is reported.
          if (!(error instanceof InteractionRequiredAuthError)) throw toAuthError(error, config);
        }
      }
      try {
        const result = await client.acquireTokenPopup({ scopes: [...scopes], ...(account ? { account } : {}) });
        client.setActiveAccount(result.account);
        return result.accessToken;
      } catch (error) {
        throw toAuthError(error, config);
      }
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
  const key = JSON.stringify([config.clientId, config.authority, config.redirectUri]);
  if (shared?.key !== key) {
    const auth = createMsalAuthWith(config, createStandardPublicClientApplication).catch((error: unknown) => {
      if (shared?.key === key) shared = null;
      throw error;
    });
    shared = { key, auth };
  }
  return shared.auth;
}
