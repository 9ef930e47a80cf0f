/**
 * Who an Intune policy reaches, read from its expanded `assignments` (one model for every assignable policy).
 *
 * API
 * - `audienceOf(item)` → `Audience`: reads `item.assignments` (from `$expand=assignments`) and classifies each
 *   target by `@odata.type`: `groupAssignmentTarget` (include group), `exclusionGroupAssignmentTarget` (exclude
 *   group; it derives from the group target, so it is checked first), `allLicensedUsersAssignmentTarget` (all users),
 *   `allDevicesAssignmentTarget` (all devices), anything else "other". Assignment filters
 *   (`deviceAndAppManagementAssignmentFilterId/Type`) are kept per target. No assignments, or only exclusions, is
 *   `nobody`: Intune applies an unassigned policy to no one. A missing `assignments` property is `unknown`.
 * - `readTargets(item)` → the classified targets themselves, for callers that need every one (e.g. filters).
 * - `describeAudience(audience)` → one phrase for details text ("all users except 1 excluded group", …).
 * - `coversEveryUser(audience)` → true only for all users (or all users and all devices) with no exclusion and no filter.
 * - `whoGoverns(precedence)` → `{ policy, whom }` lines in evaluation order, for details text.
 * - `precedence(defaultPolicy, customs)` → which policy governs whom for priority-ordered policies (enrollment
 *   restrictions): customs are evaluated lowest `priority` number first; the first that covers every user governs
 *   everyone it reaches and shadows the customs after it; the default governs whoever no custom reaches.
 *
 * Compliance and configuration policies are not priority-ordered (every assigned policy applies), so callers for them
 * use `audienceOf`/`describeAudience` only.
 *
 * Sources: Graph `deviceAndAppManagementAssignmentTarget` and its subtypes
 * (https://learn.microsoft.com/graph/api/resources/intune-shared-deviceandappmanagementassignmenttarget?view=graph-rest-beta);
 * `deviceEnrollmentConfiguration.priority` "Users are subject only to the configuration with the lowest priority value"
 * (https://learn.microsoft.com/graph/api/resources/intune-onboarding-deviceenrollmentconfiguration?view=graph-rest-beta);
 * Intune "applies the default policy to all user and userless enrollments until you assign a higher-priority policy"
 * and "If you don't assign a restriction to at least one group, the restriction won't take effect"
 * (https://learn.microsoft.com/intune/intune-service/enrollment/create-device-platform-restrictions).
 */
import { field, isRecord, nonEmpty, num, odataType, text, type JsonObject } from "./json.ts";

export type AssignmentFilter = { id: string; mode: "include" | "exclude" };

export type AssignmentTarget =
  | { kind: "include-group"; groupId: string | null; filter: AssignmentFilter | null }
  | { kind: "exclude-group"; groupId: string | null }
  | { kind: "all-users"; filter: AssignmentFilter | null }
  | { kind: "all-devices"; filter: AssignmentFilter | null }
  | { kind: "other"; odataType: string };

export type Audience =
  /** `assignments` was not expanded or not a list: who the policy reaches is not known. */
  | { kind: "unknown" }
  /** Applies to no one: no assignment at all, or exclusions only. */
  | { kind: "nobody"; why: "unassigned" | "exclusion-only" }
  | {
      kind: "assigned";
      allUsers: boolean;
      allDevices: boolean;
      includedGroups: readonly string[];
      excludedGroups: readonly string[];
      /** Filters narrow a target to the devices that match; a filtered "all users" does not reach everyone. */
      filters: readonly AssignmentFilter[];
      /** Target types this model does not know (e.g. Configuration Manager collections). */
      otherTargets: readonly string[];
    };

const T = "microsoft.graph.";
const EMPTY_GUID = "00000000-0000-0000-0000-000000000000";

function filterOf(target: JsonObject): AssignmentFilter | null {
  const id = nonEmpty(target, "deviceAndAppManagementAssignmentFilterId");
  const mode = (text(target, "deviceAndAppManagementAssignmentFilterType") ?? "").toLowerCase();
  if (!id || id === EMPTY_GUID || (mode !== "include" && mode !== "exclude")) return null;
  return { id, mode };
}

export function classifyTarget(target: unknown): AssignmentTarget {
  const type = odataType(target);
  if (!isRecord(target)) return { kind: "other", odataType: type };
  const groupId = nonEmpty(target, "groupId");
  switch (type) {
    case `${T}exclusiongroupassignmenttarget`:
      return { kind: "exclude-group", groupId };
    case `${T}groupassignmenttarget`:
      return { kind: "include-group", groupId, filter: filterOf(target) };
    case `${T}alllicensedusersassignmenttarget`:
      return { kind: "all-users", filter: filterOf(target) };
    case `${T}alldevicesassignmenttarget`:
      return { kind: "all-devices", filter: filterOf(target) };
    default:
      return { kind: "other", odataType: type || "(no @odata.type)" };
  }
}

/** The targets of an item's expanded assignments, or null when `assignments` is missing or not a list. */
export function readTargets(item: JsonObject): readonly AssignmentTarget[] | null {
  const assignments = field(item, "assignments");
  if (!Array.isArray(assignments)) return null;
  return assignments.map((a) => classifyTarget(field(a, "target")));
}

export function audienceOf(item: JsonObject): Audience {
  const targets = readTargets(item);
  if (targets === null) return { kind: "unknown" };
  if (!targets.length) return { kind: "nobody", why: "unassigned" };
  const groups = (kind: "include-group" | "exclude-group") =>
    targets.flatMap((t) => (t.kind === kind ? [t.groupId ?? "(group id missing)"] : []));
  const includes = targets.filter((t) => t.kind !== "exclude-group");
  if (!includes.length) return { kind: "nobody", why: "exclusion-only" };
  return {
    kind: "assigned",
    allUsers: targets.some((t) => t.kind === "all-users"),
    allDevices: targets.some((t) => t.kind === "all-devices"),
    includedGroups: groups("include-group"),
    excludedGroups: groups("exclude-group"),
    filters: targets.flatMap((t) => ("filter" in t && t.filter ? [t.filter] : [])),
    otherTargets: targets.flatMap((t) => (t.kind === "other" ? [t.odataType] : [])),
  };
}

/** True only when the policy reaches every user: all users, with no exclusion and no filter narrowing it. */
export function coversEveryUser(audience: Audience): boolean {
  return audience.kind === "assigned" && audience.allUsers && !audience.excludedGroups.length && !audience.filters.length;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function describeAudience(audience: Audience): string {
  if (audience.kind === "unknown") return "assignments not read";
  if (audience.kind === "nobody") return audience.why === "unassigned" ? "not assigned, applies to nobody" : "only exclusions, applies to nobody";
  const reach = [
    ...(audience.allUsers ? ["all users"] : []),
    ...(audience.allDevices ? ["all devices"] : []),
    ...(audience.includedGroups.length ? [plural(audience.includedGroups.length, "group")] : []),
    ...(audience.otherTargets.length ? [plural(audience.otherTargets.length, "other target")] : []),
  ];
  const except = audience.excludedGroups.length ? ` except ${plural(audience.excludedGroups.length, "excluded group")}` : "";
  const filtered = audience.filters.length ? `, narrowed by ${plural(audience.filters.length, "assignment filter")}` : "";
  return `${reach.join(" and ")}${except}${filtered}`;
}

/** A policy in the priority model; `item` is the raw Graph object so callers can read their own settings from it. */
export type Ranked = { item: JsonObject; audience: Audience; priority: number | null };

export type Precedence = {
  /** Customs that govern only part of the users, in the order Intune evaluates them (lowest priority number first). */
  partial: readonly Ranked[];
  /** The policy that governs every user no partial custom reaches: the default, or a custom assigned to all users. */
  fallback: Ranked;
  fallbackIsDefault: boolean;
  /** Assigned customs that never apply: a higher-priority custom already reaches every user. */
  shadowed: readonly Ranked[];
  /** Customs that apply to nobody (unassigned or exclusion-only). */
  inactive: readonly Ranked[];
  /** Customs whose assignments could not be read: they may govern anyone. */
  unknown: readonly Ranked[];
};

/** The default applies to "all user and userless enrollments" (Learn, create-device-platform-restrictions). */
const DEFAULT_AUDIENCE: Audience = {
  kind: "assigned",
  allUsers: true,
  allDevices: true,
  includedGroups: [],
  excludedGroups: [],
  filters: [],
  otherTargets: [],
};

export function ranked(item: JsonObject): Ranked {
  return { item, audience: audienceOf(item), priority: num(item, "priority") };
}

/**
 * Which policy governs whom among priority-ordered policies. A custom without a priority number sorts last among the
 * customs (it still outranks the default, which Intune always evaluates last whatever its own number says).
 */
export function precedence(defaultItem: JsonObject, customs: readonly JsonObject[]): Precedence {
  const all = customs.map(ranked);
  const active = all
    .filter((r) => r.audience.kind === "assigned")
    .sort((a, b) => (a.priority ?? Number.MAX_SAFE_INTEGER) - (b.priority ?? Number.MAX_SAFE_INTEGER));
  const cutoff = active.findIndex((r) => coversEveryUser(r.audience));
  const everyone = cutoff === -1 ? null : active[cutoff];
  return {
    partial: cutoff === -1 ? active : active.slice(0, cutoff),
    fallback: everyone ?? { item: defaultItem, audience: DEFAULT_AUDIENCE, priority: num(defaultItem, "priority") },
    fallbackIsDefault: !everyone,
    shadowed: cutoff === -1 ? [] : active.slice(cutoff + 1),
    inactive: all.filter((r) => r.audience.kind === "nobody"),
    unknown: all.filter((r) => r.audience.kind === "unknown"),
  };
}

/** Whom each governing policy reaches, in evaluation order, for details text. */
export function whoGoverns(p: Precedence): readonly { policy: Ranked; whom: string }[] {
  return [
    ...p.partial.map((policy) => ({ policy, whom: `users reached by ${describeAudience(policy.audience)}` })),
    { policy: p.fallback, whom: p.partial.length ? "every other user" : "every user" },
  ];
}
