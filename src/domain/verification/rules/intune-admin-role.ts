import { graphDate, isoDay } from "../dates.ts";
import { fetchSpec, isPartialList, type Failure, type Fetched } from "../errors.ts";
import { collection, field, nonEmpty, odataType, type JsonObject } from "../json.ts";
import type { RequestId } from "../requests.ts";
import { errorOutcome, notChecked, specOf } from "./outcome.ts";
import type { Rule, RuleOutcome } from "./types.ts";

/** Role template ids (reference §2, Entra permissions reference). */
export const INTUNE_ADMINISTRATOR = "3a2c62db-5318-420d-8d74-23affee5d9d5";
export const GLOBAL_ADMINISTRATOR = "62e90394-69f5-4237-9190-012177145e10";
const ROLE_NAMES: Record<string, string> = {
  [INTUNE_ADMINISTRATOR]: "Intune Administrator",
  [GLOBAL_ADMINISTRATOR]: "Global Administrator",
};

/** `scope` is null when Graph did not report the instance's directoryScopeId: it is then not known to be tenant-wide. */
type Held = { role: string; scope: string | null; source: string; until: Date | null };

const roleName = (id: string | null) => (id && Object.hasOwn(ROLE_NAMES, id.toLowerCase()) ? ROLE_NAMES[id.toLowerCase()] ?? null : null);
const isDirectoryRole = (item: JsonObject) => odataType(item) === "microsoft.graph.directoryrole";

function fromMemberOf(items: readonly JsonObject[]): Held[] {
  return items.flatMap((item) => {
    const role = roleName(nonEmpty(item, "roleTemplateId"));
    return role && (isDirectoryRole(item) || odataType(item) === "") ? [{ role, scope: "/", source: "directory role", until: null }] : [];
  });
}

/**
 * Directory roles Graph returned with limited information (only `id` and `@odata.type`, the shape a caller gets for
 * member objects it may not read: Graph permissions overview): they may be exactly the roles looked for.
 */
const unidentifiedRoles = (items: readonly JsonObject[]) => items.filter((i) => isDirectoryRole(i) && !nonEmpty(i, "roleTemplateId")).length;

function fromInstances(items: readonly JsonObject[], source: string): Held[] {
  return items.flatMap((item) => {
    const role = roleName(nonEmpty(item, "roleDefinitionId"));
    return role ? [{ role, scope: nonEmpty(item, "directoryScopeId"), source, until: graphDate(field(item, "endDateTime")) }] : [];
  });
}

const TOKEN_SOURCE = "sign-in token";

/**
 * The ID token's `wids` claim: "the tenant-wide roles assigned to this user", as role template ids (Learn,
 * access-token-claims-reference), emitted when the app registration's groupMembershipClaims is DirectoryRole or All
 * (Learn, how-to-connect-fed-group-claims). Active roles at sign-in only: eligible PIM roles are never in it.
 */
const fromSignIn = (roles: readonly string[] | null): Held[] =>
  (roles ?? []).flatMap((id) => {
    const role = roleName(id);
    return role ? [{ role, scope: "/", source: TOKEN_SOURCE, until: null }] : [];
  });

const TOKEN_HOLDS_NEITHER =
  "Your sign-in token lists your active tenant-wide directory roles: neither Intune Administrator nor Global Administrator is among them (sign in again if a role was assigned or activated since).";
/** Learn, Microsoft Entra ID Governance licensing fundamentals: without P2 or Governance, PIM keeps no eligible role assignments. */
const NO_PIM_ELIGIBILITY =
  "This tenant has no Microsoft Entra ID P2 or Governance licence (Graph's answer to the eligibility read), and without one Privileged Identity Management keeps no eligible role assignments.";

function describe(h: Held): string {
  const scope = h.scope === "/" ? "tenant-wide" : h.scope === null ? "scope not reported" : `at scope ${h.scope}`;
  return `${h.role} (${h.source}, ${scope}${h.until ? `, until ${isoDay(h.until)}` : ""})`;
}

/** One read: its items when it answered in full; `complete` false when only some pages came back. */
type Read = { fetched: Fetched; items: readonly JsonObject[] | null; complete: boolean; failure: Failure | null };

function read(evidence: Parameters<Rule>[0]["evidence"], id: RequestId, label: string): Read {
  const fetched = fetchSpec(evidence, specOf(id), { allowPartial: true });
  const items = fetched.kind === "ok" ? collection(fetched.body) : null;
  const failure = fetched.kind === "failed" ? fetched.failure
    : fetched.kind !== "absent" && !items ? { cause: "unexpected-response" as const, reason: `Could not read your ${label}.`, details: [] } : null;
  return { fetched, items, complete: items !== null && fetched.kind === "ok" && !isPartialList(fetched.body), failure };
}

const MEMBER_OF_LIMITS = "Your directory memberships (/me/memberOf) list only direct memberships: roles held through a group or activated in Privileged Identity Management may not appear.";

/**
 * Active roles are known for sure only from a complete read of the PIM active assignments (they include roles held
 * through groups, `memberType`); eligibility only from a complete read of the PIM eligible assignments. /me/memberOf
 * can prove a role is held, never that it is not: it lists direct memberships only, and under User.Read a directory
 * role can come back with only its id and type. The ID token's `wids` claim, when the app registration emits it, knows
 * active tenant-wide roles for sure (no scope needed); eligibility still needs the PIM read, unless Graph answered that
 * the tenant has no P2 (then none can exist). Without proof either way the verdict is error, never "you hold neither".
 */
export const intuneAdminRole: Rule = ({ evidence, signInRoles }) => {
  const memberOf = read(evidence, "memberOf", "directory roles");
  const active = read(evidence, "roleAssignments", "active PIM assignments");
  const eligible = read(evidence, "roleEligibility", "eligible PIM assignments");
  const reads = [memberOf, active, eligible];
  const token = signInRoles !== null;
  if (reads.every((r) => r.fetched.kind === "absent") && !token) return notChecked("your directory roles");

  const fromToken = fromSignIn(signInRoles);
  const heldActive = [...fromMemberOf(memberOf.items ?? []), ...fromInstances(active.items ?? [], "active assignment"), ...fromToken];
  const heldEligible = fromInstances(eligible.items ?? [], "eligible");
  const unidentified = unidentifiedRoles(memberOf.items ?? []);
  const failureLines = [
    ...(memberOf.failure ? [`Could not read your directory roles: ${memberOf.failure.reason}`] : []),
    ...(active.failure ? [`Could not read your active PIM assignments: ${active.failure.reason}`] : []),
    ...(eligible.failure ? [`Could not read your eligible PIM assignments: ${eligible.failure.reason}`] : []),
  ];
  const labelled: readonly [Read, string][] = [[memberOf, "directory roles"], [active, "active PIM assignments"], [eligible, "eligible PIM assignments"]];
  const partialLines = labelled.flatMap(([r, label]) => (r.items && !r.complete ? [`Only the first page of your ${label} was read.`] : []));
  const details = [
    ...[...heldActive, ...heldEligible].map((h) => `You hold ${describe(h)}.`),
    ...(unidentified ? [`Graph returned ${unidentified} directory role(s) with limited information (no role template id), so which roles they are is unknown.`] : []),
    ...(token && !fromToken.length ? [TOKEN_HOLDS_NEITHER] : []),
    ...partialLines,
    ...failureLines,
  ];

  const tenantWide = heldActive.find((h) => h.scope === "/");
  if (tenantWide) {
    return { verdict: "ready", reason: `You hold ${tenantWide.role} (active${tenantWide.source === TOKEN_SOURCE ? ", from your sign-in token" : ""}).`, details };
  }
  const scoped = heldActive[0];
  if (scoped) {
    return scoped.scope === null
      ? { verdict: "advisory", reason: `You hold ${scoped.role} (active), but Graph did not report its scope, so it may not be tenant-wide.`, details }
      : { verdict: "advisory", reason: `You hold ${scoped.role} only at scope ${scoped.scope}, not tenant-wide: some tenant settings may be out of reach.`, details };
  }

  const present = reads.filter((r) => r.fetched.kind !== "absent");
  // The sign-in token already answers for active roles; without it, at least one active read is needed.
  if (!token && memberOf.fetched.kind === "absent" && active.fetched.kind === "absent") return notChecked("your active directory roles and PIM assignments");
  const firstFailure = present.map((r) => r.failure).find((f) => f !== null);
  if (!token && firstFailure && present.every((r) => r.failure)) {
    return errorOutcome({ ...firstFailure, reason: `Could not read any of your role assignments. ${firstFailure.reason}` }, failureLines.slice(1));
  }
  const unknown = (why: string, failure: Failure | null): RuleOutcome => ({
    verdict: "error",
    reason: `Could not determine whether you hold Intune Administrator or Global Administrator: ${why}`,
    details: [...details, MEMBER_OF_LIMITS],
    ...(failure ? { cause: failure.cause } : {}),
  });
  // The token's claim lists every active tenant-wide role, so it stands in for an active read that failed.
  if (!active.complete && !token) {
    const why = active.failure
      ? `your active PIM assignments could not be read (${active.failure.reason})`
      : active.fetched.kind === "absent" ? "your active PIM assignments are not in the evidence" : "only part of your active PIM assignments was read";
    const limited = unidentified ? ", and some of your directory roles came back without their role id" : "";
    return unknown(`${why}${limited}, and your directory memberships show direct roles only.`, active.failure);
  }
  const eligibleRole = heldEligible.find((h) => h.scope === "/") ?? heldEligible[0];
  if (eligibleRole) {
    return { verdict: "advisory", reason: `You are eligible for ${eligibleRole.role} but it is not active: activate it in Privileged Identity Management before making changes.`, details };
  }
  const noPim = eligible.failure?.cause === "not-licensed";
  if (!eligible.complete && !noPim) {
    const why = eligible.failure ? `your eligible PIM assignments could not be read (${eligible.failure.reason})` : eligible.fetched.kind === "absent" ? "your eligible PIM assignments are not in the evidence" : "only part of your eligible PIM assignments was read";
    return unknown(`you hold neither role actively${!active.complete ? " (your sign-in token lists neither)" : ""}, but ${why}.`, eligible.failure);
  }
  const found = [...details, ...(noPim ? [NO_PIM_ELIGIBILITY] : [])];
  return {
    verdict: "not-ready",
    reason: "You hold neither Intune Administrator nor Global Administrator, active or eligible.",
    details: found.length ? found : ["Ask a Privileged Role Administrator to assign you Intune Administrator."],
  };
};
