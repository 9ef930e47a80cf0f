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
};

/** One Graph response as the engine sees it. */
export type GraphResponse = { status: number; body: unknown; retryAfterSeconds?: number };

/**
 * The evidence format: what the collection script writes, what the live client produces and what demo scenarios
 * build. One engine consumes all three.
 */
export type EvidenceResponse = {
  /** "GET /v1.0/deviceManagement/applePushNotificationCertificate" (query strings allowed, ignored when matching). */
  request: string;
  status: number;
  body: unknown;
};

export type EvidenceFile = {
  kind: "intune-mac-readiness-evidence";
  version: 1;
  collectedAt: string;
  responses: readonly EvidenceResponse[];
};
