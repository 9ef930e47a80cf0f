import { describeAudience, precedence, type Precedence, type Ranked } from "../assignments.ts";
import { fetchSpec, notFoundFailure, REQUEST_LABELS, type Failure } from "../errors.ts";
import type { EvidenceIndex } from "../keys.ts";
import { collection, nonEmpty, num, odataType, type JsonObject } from "../json.ts";
import type { GraphVersion } from "../requests.ts";
import { specOf } from "./outcome.ts";

/**
 * Shared read of deviceEnrollmentConfigurations for the device-limit and platform-restriction rules. The list also
 * holds Windows Hello, enrollment status page, co-management and notification configurations: each rule picks its own.
 */
export type Configurations =
  | { kind: "absent" }
  | { kind: "failed"; failure: Failure }
  | { kind: "ok"; items: readonly JsonObject[]; version: GraphVersion };

export function readConfigurations(evidence: EvidenceIndex): Configurations {
  const spec = specOf("enrollmentConfigurations");
  const fetched = fetchSpec(evidence, spec);
  if (fetched.kind === "absent") return fetched;
  if (fetched.kind === "failed") return fetched;
  if (fetched.kind === "not-found") return { kind: "failed", failure: notFoundFailure(REQUEST_LABELS.enrollmentConfigurations) };
  const items = collection(fetched.body);
  return items
    ? { kind: "ok", items, version: evidence.versionOf(spec) ?? spec.version }
    : { kind: "failed", failure: { cause: "unexpected-response", reason: "Microsoft Graph did not return a list of enrollment restrictions.", details: [] } };
}

export const isType = (item: JsonObject, type: string) => odataType(item) === `microsoft.graph.${type.toLowerCase()}`;

/**
 * Defaults are recognised by id suffix only: real defaults report `limit`/`platformRestrictions`, not `default*`
 * (reference §4, §14.5), and a custom policy can have the default's type (older multi-platform restrictions).
 */
export const hasIdSuffix = (item: JsonObject, suffix: string) => (nonEmpty(item, "id") ?? "").toLowerCase().endsWith(suffix.toLowerCase());

export function policyName(item: JsonObject): string {
  const priority = num(item, "priority");
  return `"${nonEmpty(item, "displayName") ?? nonEmpty(item, "id") ?? "unnamed"}"${priority === null ? "" : ` (priority ${priority})`}`;
}

export const names = (list: readonly Ranked[]) => list.map((r) => policyName(r.item)).join(", ");

/** Details lines for the policies that govern nobody or could not be placed, common to both restriction rules. */
export function sidelines(p: Precedence): string[] {
  return [
    ...p.shadowed.map((r) => `${policyName(r.item)} never applies: a higher-priority policy assigned to all users governs everyone it reaches.`),
    ...p.inactive.map((r) => `${policyName(r.item)}: ${describeAudience(r.audience)}.`),
    ...p.unknown.map((r) => `${policyName(r.item)}: its assignments were not in the response, so whom it governs is unknown.`),
  ];
}

/** The default (by id suffix) and the precedence of the customs over it; null when the default is missing. */
export function restrictionPrecedence(items: readonly JsonObject[], defaultSuffix: string, isCustom: (item: JsonObject) => boolean): Precedence | null {
  const defaultItem = items.find((i) => hasIdSuffix(i, defaultSuffix));
  if (!defaultItem) return null;
  return precedence(defaultItem, items.filter((i) => i !== defaultItem && isCustom(i)));
}
