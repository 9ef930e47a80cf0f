// Types for scripts/identity-stand-in.mjs.
import type { TokenClaims } from "./graph-stand-in.d.mts";

export const STAND_IN_TENANT_ID: string;
export const STAND_IN_USER: { oid: string; name: string; preferred_username: string };

export type IdentityLogEntry = {
  method: string;
  path: string;
  kind: "" | "preflight" | "discovery" | "keys" | "authorize" | "token" | "logout" | "unknown";
  status: number;
  /** Date.now() when the request arrived. */
  at: number;
  outcome?: "code" | "rejected" | "error" | "login_required" | "consent_required";
  prompt?: string;
  grant?: string;
  /** Graph scopes asked for (short names). */
  scopes?: string[];
  /** Scopes this authorize request added to what the admin had consented to (the consent screen's list). */
  newlyConsented?: string[];
  claims?: string | null;
};

export type IdentityStandInOptions = {
  port?: number;
  latencyMs?: number;
  clientId: string;
  redirectUris: string[];
  tenantId?: string;
  user?: { oid: string; name: string; preferred_username: string };
  accessTokenSeconds?: number;
  /** Role template ids for the ID token's `wids` claim (as with groupMembershipClaims "DirectoryRole"); absent by default. */
  wids?: string[];
};

export type IdentityStandIn = {
  readonly origin: string;
  readonly authority: string;
  readonly tenantId: string;
  readonly user: { oid: string; name: string; preferred_username: string };
  readonly log: readonly IdentityLogEntry[];
  consented(): string[];
  verifyAccessToken(token: string): TokenClaims | null;
  close(): Promise<void>;
};

export function startIdentityStandIn(options: IdentityStandInOptions): Promise<IdentityStandIn>;
