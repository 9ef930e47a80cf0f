// Words for the live check: progress lines and problem titles.
import type { AuthErrorCode } from "../../services/auth/errors.ts";
import type { CollectProgress } from "../../services/graph/client.ts";

export type ProblemCode = AuthErrorCode | "failed";
export type LiveProblem = { code: ProblemCode; title: string; message: string };

const TITLES = {
  "not-configured": "Live checks are not set up",
  "sign-in-needed": "Sign in again",
  cancelled: "Sign-in cancelled",
  "popup-blocked": "Sign-in window blocked",
  "interaction-in-progress": "A sign-in window is already open",
  "consent-needed": "Admin consent needed",
  configuration: "The app registration needs a fix",
  "bridge-failed": "Sign-in did not complete",
  network: "No connection to Microsoft",
  unknown: "Sign-in failed",
  failed: "The live check stopped",
} as const satisfies Record<ProblemCode, string>;

export function problem(code: ProblemCode, message: string): LiveProblem {
  return { code, title: TITLES[code], message };
}

/** "Round trip 1 of 2: …"; the estimate grows when Graph throttles and shrinks when no follow-up is due. */
export function progressText({ phase, roundTrip, expectedRoundTrips }: CollectProgress): string {
  const trip = `Round trip ${roundTrip} of ${expectedRoundTrips}`;
  switch (phase) {
    case "batches":
      return `${trip}: reading the tenant settings in two batches…`;
    case "throttle-retry":
      return `${trip}: Microsoft Graph asked to slow down, retrying the throttled reads…`;
    case "more-pages":
      return `${trip}: reading the rest of the lists Microsoft Graph returned in pages…`;
    case "enrollment-profiles":
      return `${trip}: reading the enrollment profiles of your ADE tokens…`;
    case "done":
      return "Evaluating the answers…";
  }
}
