import { fetchSpec, notFoundFailure, REQUEST_LABELS, type Failure } from "../errors.ts";
import type { EvidenceIndex } from "../keys.ts";
import { collection, field, nonEmpty, num, odataType, type JsonObject } from "../json.ts";
import { specOf } from "./outcome.ts";

/** Shared read of deviceEnrollmentConfigurations for the device-limit and platform-restriction rules. */
export type Configurations = { kind: "absent" } | { kind: "failed"; failure: Failure } | { kind: "ok"; items: readonly JsonObject[] };

export function readConfigurations(evidence: EvidenceIndex): Configurations {
  const fetched = fetchSpec(evidence, specOf("enrollmentConfigurations"));
  if (fetched.kind === "absent") return fetched;
  if (fetched.kind === "failed") return fetched;
  if (fetched.kind === "not-found") return { kind: "failed", failure: notFoundFailure(REQUEST_LABELS.enrollmentConfigurations) };
  const items = collection(fetched.body);
  return items
    ? { kind: "ok", items }
    : { kind: "failed", failure: { cause: "unexpected-response", reason: "Microsoft Graph did not return a list of enrollment restrictions.", details: [] } };
}

export const isType = (item: JsonObject, type: string) => odataType(item) === `microsoft.graph.${type.toLowerCase()}`;

/** Defaults are recognised by id suffix: real defaults report `limit`/`platformRestrictions`, not `default*` (§4, §14.5). */
export const hasIdSuffix = (item: JsonObject, suffix: string) => (nonEmpty(item, "id") ?? "").toLowerCase().endsWith(suffix.toLowerCase());

/** Assignments are expanded with `$expand=assignments`; when the property is missing we cannot tell, so assume assigned. */
export function isAssigned(item: JsonObject): boolean {
  const assignments = field(item, "assignments");
  return !Array.isArray(assignments) || assignments.length > 0;
}

export function policyName(item: JsonObject): string {
  const priority = num(item, "priority");
  return `"${nonEmpty(item, "displayName") ?? nonEmpty(item, "id") ?? "unnamed"}"${priority === null ? "" : ` (priority ${priority})`}`;
}
