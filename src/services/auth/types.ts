// Cheap to import: the UI uses these types without pulling MSAL into the initial bundle.

/** The signed-in admin, reduced to what the UI shows. Never persisted, never shared. */
export type AccountInfoLite = {
  username: string;
  name: string;
  tenantId: string;
};

/** What live verification needs from sign-in, whatever backs it (MSAL in production, a fake in browser tests). */
export type GraphAuth = {
  /** Interactive sign-in with `User.Read` only; Intune scopes are asked for when checks run. */
  signIn(): Promise<AccountInfoLite>;
  account(): AccountInfoLite | null;
  /** Silent first; falls back to a consent/sign-in window only when the identity platform says so. */
  getToken(scopes: readonly string[]): Promise<string>;
  /** Forgets this app's tokens and account in this tab (does not sign the admin out of Microsoft everywhere). */
  signOut(): Promise<void>;
};
