import { incompleteListText, readIncomplete } from "./incomplete.ts";
import { isRecord, text, type JsonObject } from "./json.ts";
import type { EvidenceIndex } from "./keys.ts";
import type { GraphRequestSpec, RequestId } from "./requests.ts";
import type { ErrorCause, GraphResponse } from "./types.ts";

/** What the admin reads in "could not read …". */
export const REQUEST_LABELS: Record<RequestId, string> = {
  mdmPolicy: "the MDM user scope policy",
  memberOf: "your directory roles",
  roleAssignments: "your active PIM role assignments",
  roleEligibility: "your eligible PIM role assignments",
  subscribedSkus: "the tenant's subscriptions",
  enrollmentConfigurations: "the enrollment restrictions",
  apnsCertificate: "the Apple MDM push certificate",
  depSettings: "the enrollment program (ADE) tokens",
  vppTokens: "the Apps and Books (VPP) tokens",
  organization: "the tenant's MDM authority",
  deviceRegistrationPolicy: "the Entra device registration settings",
  assignmentFilters: "the Intune assignment filters",
  mobileApps: "the Intune apps",
  managedDevices: "the enrolled Macs",
  compliancePolicies: "the device compliance policies",
  conditionalAccessPolicies: "the Conditional Access policies",
  configurationPolicies: "the macOS settings catalog policies",
  deviceConfigurations: "the macOS device configuration profiles",
  mtdConnectors: "the Mobile Threat Defense connectors",
};

export type Failure = { cause: ErrorCause; reason: string; details: readonly string[] };

/** A response as a rule sees it. `not-found` is kept apart because for some checks a 404 is the answer. */
export type Fetched =
  | { kind: "absent" }
  | { kind: "ok"; body: JsonObject }
  | { kind: "not-found"; body: unknown }
  | { kind: "failed"; failure: Failure };

type Target = { label: string; scope: string };

function graphError(body: unknown): { code: string; message: string } {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  return { code: text(error, "code") ?? "", message: text(error, "message") ?? "" };
}

// No documented error marks an unlicensed tenant (reference §0.2); these words are what licence errors share.
const LICENSE_SIGNAL = /licen[cs]e/i;
// Words Graph uses when the token lacks a delegated permission or consent (e.g. the Intune 403 that lists scopes).
const SCOPE_SIGNAL = /scope|consent|application is not authorized|application must have|InvalidAuthenticationToken|AADSTS65001/i;
// Words Graph uses when the signed-in user's directory or Intune role is too low.
const ROLE_SIGNAL = /\brole|rbac|insufficient privileges|Authorization_RequestDenied|not authorized to access/i;

function clip(value: string): string {
  const flat = value.replace(/\s+/g, " ").trim();
  return flat.length > 240 ? `${flat.slice(0, 237)}...` : flat;
}

function errorDetails(status: number, body: unknown): string[] {
  const { code, message } = graphError(body);
  if (!code && !message) return [`HTTP status ${status}.`];
  return [`Graph answered ${status}${code ? ` ${code}` : ""}${message ? `: ${clip(message)}` : "."}`];
}

/** Maps a status and body that cannot be evaluated to the admin-facing cause; null when the response is usable. */
export function classify(target: Target, response: GraphResponse): Failure | null {
  const { status, body } = response;
  const details = status === 0 ? [] : errorDetails(status, body);
  const { code, message } = graphError(body);
  const signal = `${code} ${message}`;
  const failure = (cause: ErrorCause, reason: string): Failure => ({ cause, reason, details });

  if (status === 0) return failure("network", `Could not reach Microsoft Graph to read ${target.label} (network error).`);
  if (status === 429) {
    const wait = response.retryAfterSeconds === undefined ? "" : ` Retry after ${response.retryAfterSeconds} s.`;
    return failure("throttled", `Microsoft Graph throttled the read of ${target.label} (429).${wait}`);
  }
  if (status >= 500) return failure("server", `Microsoft Graph had a server error (${status}) reading ${target.label}; try again later.`);
  if (status >= 400 && LICENSE_SIGNAL.test(signal)) {
    return failure("not-licensed", `The tenant is not licensed for this: Graph refused to return ${target.label} (${status}).`);
  }
  // A 401 is about the sign-in, never about consent: the token was expired, revoked or lacked claims Graph asked for.
  // The live check has already refreshed it once and retried; what is left needs the admin to sign in again.
  if (status === 401) {
    return failure("sign-in-needed", `Microsoft Graph did not accept the sign-in when reading ${target.label} (401). Sign out, sign in again and run the checks.`);
  }
  if (status === 403) {
    if (SCOPE_SIGNAL.test(signal) || !ROLE_SIGNAL.test(signal)) {
      return failure("missing-scope", `Could not read ${target.label}: the app needs the delegated permission ${target.scope} with admin consent (Graph answered 403).`);
    }
    return failure("missing-role", `Could not read ${target.label}: your account's role does not allow it (Graph answered 403; the permission used is ${target.scope}).`);
  }
  if (status >= 200 && status < 300) {
    return isRecord(body) ? null : failure("unexpected-response", `Microsoft Graph returned ${target.label} in a form this app cannot read.`);
  }
  return failure("unexpected-response", `Microsoft Graph returned an unexpected response (${status}) for ${target.label}.`);
}

export function toFetched(target: Target, response: GraphResponse | undefined): Fetched {
  if (!response) return { kind: "absent" };
  if (response.status === 404) {
    const failure = classify(target, response);
    return failure?.cause === "not-licensed" ? { kind: "failed", failure } : { kind: "not-found", body: response.body };
  }
  const failure = classify(target, response);
  if (failure) return { kind: "failed", failure };
  // classify() only passes 2xx responses whose body is an object; the guard restates that for the type checker.
  return isRecord(response.body) ? { kind: "ok", body: response.body } : { kind: "failed", failure: { cause: "unexpected-response", reason: `Unreadable response for ${target.label}.`, details: [] } };
}

/**
 * A list that still carries `@odata.nextLink` is only its first pages (an evidence file from the script, which keeps
 * each first page, or a page the live check could not read, noted in the body: incomplete.ts). What is missing could be exactly what the check looks for, so by default such
 * a list is not an answer; a rule that can use a partial list (and says so) passes `allowPartial`.
 */
export function fetchSpec(evidence: EvidenceIndex, spec: GraphRequestSpec, options: { allowPartial?: boolean } = {}): Fetched {
  const label = REQUEST_LABELS[spec.id];
  const fetched = toFetched({ label, scope: spec.scope }, evidence.lookup(spec));
  if (fetched.kind !== "ok" || options.allowPartial || !isPartialList(fetched.body)) return fetched;
  return {
    kind: "failed",
    failure: { cause: incompleteCause(fetched.body), reason: incompleteListText(label, fetched.body), details: [] },
  };
}

/** The cause the admin sees for a list the live check could not complete; "unexpected-response" when it is not known. */
export function incompleteCause(body: unknown): ErrorCause {
  const cause = readIncomplete(body)?.cause;
  if (cause === "throttled") return "throttled";
  if (cause === "server") return "server";
  if (cause === "network") return "network";
  return "unexpected-response";
}

export function isPartialList(body: unknown): boolean {
  return isRecord(body) && typeof body["@odata.nextLink"] === "string";
}

/** For checks where a 404 is not an answer: the resource should always exist. */
export function notFoundFailure(label: string): Failure {
  return {
    cause: "unexpected-response",
    reason: `Microsoft Graph answered 404 for ${label}; Intune may not be set up in this tenant yet.`,
    details: ["HTTP status 404."],
  };
}
