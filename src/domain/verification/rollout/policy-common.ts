// Shared pieces of the policy rules: who a policy reaches, and the verdict when a chosen area has no policy.
import { audienceOf, describeAudience } from "../assignments.ts";
import type { JsonObject } from "../json.ts";
import type { PolicyArea } from "../../strategy/schema.ts";
import type { RuleOutcome } from "../rules/types.ts";
import { chose, type RolloutNeeds } from "./needs.ts";
import { named, type Finding } from "./read.ts";

/** Assigned = reaches someone; a policy whose assignments were not read cannot be counted either way. */
export const reachesSomeone = (item: JsonObject) => audienceOf(item).kind === "assigned";

export const reachLine = (item: JsonObject, what: string) => `${what} ${named(item)}: ${describeAudience(audienceOf(item))}.`;

/** Policies whose assignments were not expanded: nothing is known of whom they reach. */
export function unknownReach(items: readonly JsonObject[]): Finding[] {
  const unknown = items.filter((i) => audienceOf(i).kind === "unknown");
  return unknown.length ? [{ verdict: "error", text: `The assignments of ${unknown.map(named).join(", ")} were not in the evidence, so whom they reach is unknown.`, cause: "unexpected-response" }] : [];
}

/**
 * Nothing assigned for an area: not ready when the strategy chose it, not applicable when it did not, and a nudge to
 * record the decision before it is made.
 */
export function missingArea(needs: RolloutNeeds, area: PolicyArea, missing: string, facts: readonly string[]): RuleOutcome {
  const chosen = chose(needs, area);
  if (chosen === true) return { verdict: "not-ready", reason: missing, details: [...facts] };
  if (chosen === false) return { verdict: "not-applicable", reason: "Your strategy does not include this policy area.", details: [...facts] };
  return { verdict: "advisory", reason: `${missing} Record the policies decision in the strategy step to judge whether you need it.`, details: [...facts] };
}
