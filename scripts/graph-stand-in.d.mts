// Types for scripts/graph-stand-in.mjs, so TypeScript tests and the benchmark can import it.
import type { EvidenceFile } from "../src/domain/verification/types.ts";

/** Fires for the first `times` matching requests (default: every time); `retryAfter` in seconds (429 default: 1). */
export type StandInFault = { status: number; times?: number; retryAfter?: number };

export type StandInLogEntry = {
  method: string;
  path: string;
  kind: "batch" | "get" | "preflight" | "other";
  version: "v1.0" | "beta" | null;
  /** Batch item ids, or the path of a plain GET. */
  items: string[];
  status: number;
  /** Milliseconds since the stand-in started. */
  startedAt: number;
  finishedAt: number;
  /** The `scp` of the token the request carried (verifyToken only). */
  scp?: string | null;
  /** Answered with a claims challenge. */
  challenged?: boolean;
};

/** Claims of an access token, as the identity-provider stand-in issues them. */
export type TokenClaims = { scp?: string; acrs?: string[]; tid?: string; oid?: string; preferred_username?: string; [claim: string]: unknown };

export type StandInOptions = {
  port?: number;
  latencyMs?: number;
  evidence: EvidenceFile | string;
  /** Keyed by a case-insensitive substring of "/<version>/<path>"; a key containing "$batch" faults whole batches. */
  faults?: Record<string, StandInFault>;
  /** When set, only "Bearer <token>" is accepted; otherwise any bearer token is. */
  token?: string | null;
  /** Answer batch items in reverse order, as Graph may. */
  reorder?: boolean;
  /** Split every list longer than this into pages linked by @odata.nextLink (0: no paging). */
  pageSize?: number;
  /** Accept only tokens this returns claims for (the identity-provider stand-in's verifyAccessToken). */
  verifyToken?: ((token: string) => TokenClaims | null) | null;
  /** The delegated scope a read needs; an item whose token's `scp` lacks it gets Graph's 403. */
  scopeOf?: ((version: "v1.0" | "beta", path: string) => string | null) | null;
  /** Answer 401 with a WWW-Authenticate claims challenge, `times` times, to tokens without this `acrs` value. */
  claimsChallenge?: { times: number; acrs: string } | null;
};

export type StandIn = {
  readonly url: string;
  /** HTTP requests answered, preflights excluded. */
  readonly requests: number;
  readonly log: readonly StandInLogEntry[];
  close(): Promise<void>;
};

export function startStandIn(options: StandInOptions): Promise<StandIn>;
export function challengeClaims(acrs: string): string;
export function countRoundTrips(log: readonly StandInLogEntry[]): number;
