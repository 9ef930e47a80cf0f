// Cheap to import: the UI uses these types without pulling MSAL into the initial bundle.

/** The signed-in admin, reduced to what the UI shows. Never persisted, never shared. */
export type AccountInfoLite = {
  username: string;
  name: string;
  tenantId: string;
};

/** What a full-page sign-in should carry on with once it returns to the app. */
export type ResumeAction = "sign-in" | "run-checks";

export type TokenOptions = {
  /** A claims challenge from Graph's WWW-Authenticate header, decoded to JSON: the new token must satisfy it. */
  claims?: string;
  /** Skip the cached token: Graph refused it. */
  forceRefresh?: boolean;
};

/** Where a full-page sign-in left off, read back after the browser returns to the app. */
export type RedirectOutcome =
  | { kind: "signed-in"; account: AccountInfoLite; resume: ResumeAction }
  | { kind: "failed"; error: unknown; resume: ResumeAction };

/** What live verification needs from sign-in, whatever backs it. */
export type GraphAuth = {
  /**
   * Interactive sign-in with `User.Read` only; Intune scopes are asked for when checks run. Opens the sign-in window
   * before its first await, so a click handler that calls it directly keeps the browser's permission to open it.
   */
  signIn(): Promise<AccountInfoLite>;
  account(): AccountInfoLite | null;
  /** Silent first; falls back to a consent/sign-in window only when the identity platform says so. */
  getToken(scopes: readonly string[], options?: TokenOptions): Promise<string>;
  /**
   * When the sign-in window was blocked: leaves the page for Microsoft's sign-in, asking for `scopes`, and comes back
   * to this page, where completeRedirect() reports `resume`. Resolves only if the browser did not navigate.
   */
  signInWithRedirect(scopes: readonly string[], resume: ResumeAction): Promise<void>;
  /** Finishes a full-page sign-in that returned to this page; null when none was pending. */
  completeRedirect(): Promise<RedirectOutcome | null>;
  /** Forgets this app's tokens and account in this tab (does not sign the admin out of Microsoft everywhere). */
  signOut(): Promise<void>;
  /**
   * The signed-in admin's active tenant-wide directory roles (role template ids) from the ID token's `wids` claim;
   * null when nobody is signed in or the app registration does not emit the claim. Never the token itself.
   */
  signInRoles(): readonly string[] | null;
};
