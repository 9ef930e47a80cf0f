// Browser-test sign-in: no identity provider, a fixed admin and token. Reachable only through load-auth.ts in
// builds made with `--mode e2e`; production bundles must not contain it (the build checks for "e2e-token").
import type { AccountInfoLite, GraphAuth } from "./types.ts";

const ACCOUNT: AccountInfoLite = {
  username: "e2e.admin@contoso.example",
  name: "E2E Admin",
  tenantId: "11111111-2222-3333-4444-555555555555",
};
const TOKEN = "e2e-token";
// Mirrors MSAL's sessionStorage cache, so a reload keeps the browser-test admin signed in like a real one.
const SIGNED_IN_KEY = "intune-mac-readiness:e2e-signed-in";

function readSignedIn(): boolean {
  try {
    return sessionStorage.getItem(SIGNED_IN_KEY) === "1";
  } catch {
    return false;
  }
}

function writeSignedIn(value: boolean): void {
  try {
    if (value) sessionStorage.setItem(SIGNED_IN_KEY, "1");
    else sessionStorage.removeItem(SIGNED_IN_KEY);
  } catch {
    // Memory only, then.
  }
}

export function createTestAuth(): GraphAuth {
  let signedIn = readSignedIn();
  const set = (value: boolean) => {
    signedIn = value;
    writeSignedIn(value);
  };
  return {
    async signIn() {
      set(true);
      return ACCOUNT;
    },
    account: () => (signedIn ? ACCOUNT : null),
    async getToken() {
      // Like MSAL's popup fallback: asking for a token signs in when nobody is.
      set(true);
      return TOKEN;
    },
    async signOut() {
      set(false);
    },
  };
}
