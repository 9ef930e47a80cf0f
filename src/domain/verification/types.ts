import type { VerifiableItemId } from "../catalog/ids.ts";

export const VERDICTS = ["ready", "advisory", "not-ready", "error", "not-applicable", "not-checked"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERIFICATION_SOURCES = ["live", "file", "demo"] as const;
export type VerificationSource = (typeof VERIFICATION_SOURCES)[number];

/** Why a check could not be determined; shown to the admin in words. */
export type ErrorCause =
  | "missing-scope"
  | "missing-role"
  | "not-licensed"
  | "throttled"
  | "network"
  | "server"
  | "unexpected-response"
  /** Graph refused the sign-in itself (401: expired, revoked or challenged token), still so after one refresh. */
  | "sign-in-needed";

export type Fix = { path: string; learnUrl: string };

/** What the verdict engine returns per verifiable item. */
export type CheckResult = {
  item: VerifiableItemId;
  verdict: Verdict;
  reason: string;
  details: readonly string[];
  fix: Fix | null;
  cause?: ErrorCause;
  /** ISO dates the print summary and calendar export need (certificate / token expiry). */
  renewals?: readonly Renewal[];
};

export type Renewal = { label: string; expiresAt: string };

/** What is persisted with the progress: no raw responses, no tokens. */
export type VerificationRecord = {
  verdict: Verdict;
  reason: string;
  details: readonly string[];
  renewals: readonly Renewal[];
  checkedAt: string;
  source: VerificationSource;
  /** Demo scenario name when source is "demo". */
  scenario?: string;
  /**
   * Set when the record came from a share link made without "include verification details": reason, details and
   * renewals were left out. Such a record never replaces a complete one when merging (see progress/fields.ts).
   */
  detailsLeftOut?: true;
  /**
   * Fingerprint of the strategy answers this verdict depends on (see judged-under.ts), so a later change of them
   * shows "strategy changed since this check" instead of the old verdict. Absent for items that depend on none, and
   * in records saved before it existed.
   */
  strategyFingerprint?: string;
  /** A later check of this item could not be performed; this older result was kept instead of being wiped. */
  lastFailure?: LastFailure;
  /** Arrived in a share link or backup rather than from a check run in this browser. */
  imported?: ImportStamp;
};

export type LastFailure = { at: string; reason: string };

/** Where an imported result came from: who shared or saved it, and when. */
export type ImportStamp = { via: "link" | "backup"; by?: string; at?: string };

/**
 * One Graph response, the only shape for it everywhere: a batch item, a page read, an evidence-file entry (with its
 * request line) and what the engine looks up. `retryAfterSeconds` is set only by live reads that were throttled.
 */
export type GraphResponse = { status: number; body: unknown; retryAfterSeconds?: number };

/**
 * The evidence format: what the collection script writes, what the live client produces and what demo scenarios
 * build. One engine consumes all three. `request` is "GET /v1.0/deviceManagement/applePushNotificationCertificate"
 * (query strings allowed, ignored when matching).
 */
export type EvidenceResponse = GraphResponse & { request: string };

export type EvidenceFile = {
  kind: "intune-mac-readiness-evidence";
  version: 1;
  collectedAt: string;
  responses: readonly EvidenceResponse[];
};
