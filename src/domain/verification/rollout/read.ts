// Shared reads for the rollout rules: a whole list or nothing. A list that still carries @odata.nextLink is only its
// first pages, and a rule must not judge what it did not see ("could not check").
import { fetchSpec, notFoundFailure, REQUEST_LABELS, type Failure } from "../errors.ts";
import { collection, isRecord, list, type JsonObject } from "../json.ts";
import type { EvidenceIndex } from "../keys.ts";
import type { RequestId } from "../requests.ts";
import type { ErrorCause, Verdict } from "../types.ts";
import { errorOutcome, notChecked, specOf, worstOf } from "../rules/outcome.ts";
import type { RuleOutcome } from "../rules/types.ts";

export type ListRead = { kind: "absent" } | { kind: "failed"; failure: Failure } | { kind: "ok"; items: readonly JsonObject[] };

export function readList(evidence: EvidenceIndex, id: RequestId): ListRead {
  const fetched = fetchSpec(evidence, specOf(id));
  if (fetched.kind === "absent" || fetched.kind === "failed") return fetched;
  if (fetched.kind === "not-found") return { kind: "failed", failure: notFoundFailure(REQUEST_LABELS[id]) };
  const items = collection(fetched.body);
  return items ? { kind: "ok", items } : { kind: "failed", failure: { cause: "unexpected-response", reason: `Microsoft Graph did not return a list of ${REQUEST_LABELS[id]}.`, details: [] } };
}

/**
 * A single object (organization, device registration policy). Intune's doc examples wrap singletons in
 * { value: {...} }, /organization is a collection of one: all three shapes give the object.
 */
export function readObject(evidence: EvidenceIndex, id: RequestId): { kind: "absent" } | { kind: "failed"; failure: Failure } | { kind: "ok"; item: JsonObject } {
  const fetched = fetchSpec(evidence, specOf(id));
  if (fetched.kind === "absent" || fetched.kind === "failed") return fetched;
  if (fetched.kind === "not-found") return { kind: "failed", failure: notFoundFailure(REQUEST_LABELS[id]) };
  const value = fetched.body.value;
  const first = Array.isArray(value) ? list(fetched.body, "value")?.find(isRecord) : isRecord(value) ? value : fetched.body;
  return first && isRecord(first) ? { kind: "ok", item: first } : { kind: "failed", failure: { cause: "unexpected-response", reason: `Microsoft Graph returned no ${REQUEST_LABELS[id]}.`, details: [] } };
}

/** Lists a rule needs; the first that is missing or failed decides (missing → not checked). */
export function needLists(evidence: EvidenceIndex, ids: readonly RequestId[]): { kind: "ok"; lists: Record<string, readonly JsonObject[]> } | { kind: "stop"; outcome: RuleOutcome } {
  const lists: Record<string, readonly JsonObject[]> = {};
  for (const id of ids) {
    const read = readList(evidence, id);
    if (read.kind === "absent") return { kind: "stop", outcome: notChecked(REQUEST_LABELS[id]) };
    if (read.kind === "failed") return { kind: "stop", outcome: errorOutcome(read.failure) };
    lists[id] = read.items;
  }
  return { kind: "ok", lists };
}

/** One finding of a rule; the worst decides the verdict and the first worst one is the reason. */
export type Finding = { verdict: Verdict; text: string; cause?: ErrorCause };

export function fromFindings(findings: readonly Finding[], facts: readonly string[], readyReason: string): RuleOutcome {
  const verdict = worstOf(findings.map((f) => f.verdict), "ready");
  const lead = findings.find((f) => f.verdict === verdict && verdict !== "ready");
  const others = findings.filter((f) => f !== lead).map((f) => f.text);
  return {
    verdict,
    reason: lead?.text ?? readyReason,
    details: [...facts, ...others],
    ...(lead?.cause ? { cause: lead.cause } : {}),
  };
}

export const named = (item: JsonObject) => `"${(typeof item.displayName === "string" && item.displayName) || (typeof item.name === "string" && item.name) || (typeof item.id === "string" && item.id) || "unnamed"}"`;
