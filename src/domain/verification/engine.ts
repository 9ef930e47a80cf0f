import { catalogItem } from "../catalog/catalog.ts";
import { applicabilityOf } from "../rules/applicability.ts";
import { VERIFIABLE_ITEM_IDS, type VerifiableItemId } from "../catalog/ids.ts";
import { minimumDeviceLimit, strategyRequires } from "../strategy/requirements.ts";
import { rolloutChoices } from "../strategy/rollout.ts";
import type { Decisions } from "../strategy/schema.ts";
import type { EvidenceIndex } from "./keys.ts";
import { ROLLOUT_RULES } from "./rollout/index.ts";
import { RULES } from "./rules/index.ts";
import type { Rule, RuleContext, SignInFacts } from "./rules/types.ts";
import type { CheckResult, Fix } from "./types.ts";

function fixFor(item: VerifiableItemId): Fix {
  const { adminCenterPath, learnUrl } = catalogItem(item);
  return { path: adminCenterPath, learnUrl };
}

/**
 * The verdict engine: Graph responses (live, from a file or a demo) plus the strategy in, one result per verifiable
 * item that has a rule out, in VERIFIABLE_ITEM_IDS order. Pure: the clock is `now`. An item without a rule yet yields
 * no result, so it stays "not-checked" rather than being guessed. `signIn` carries what a live sign-in adds (the ID
 * token's directory roles); evidence files and demos have none.
 */
export function evaluate(evidence: EvidenceIndex, decisions: Decisions, now: Date, signIn: SignInFacts = { signInRoles: null }): readonly CheckResult[] {
  const ctx: RuleContext = {
    evidence,
    requires: strategyRequires(decisions),
    minimumDeviceLimit: minimumDeviceLimit(decisions),
    rollout: rolloutChoices(decisions),
    now,
    decisions,
    signInRoles: signIn.signInRoles,
  };
  const rules: Partial<Record<VerifiableItemId, Rule>> = { ...RULES, ...ROLLOUT_RULES };
  return VERIFIABLE_ITEM_IDS.flatMap((item) => {
    const rule = rules[item];
    if (!rule) return [];
    const outcome = agreeWithApplicability(item, rule(ctx), decisions);
    return [{ item, ...outcome, fix: outcome.verdict === "not-applicable" ? null : fixFor(item) }];
  });
}

/**
 * A rule may find nothing to demand ("not applicable") while the item itself is still optional: the decision it depends
 * on is not recorded yet, or only planned. The verdict then says what the item says, instead of claiming the strategy
 * rules it out.
 */
function agreeWithApplicability(item: VerifiableItemId, outcome: ReturnType<Rule>, decisions: Decisions): ReturnType<Rule> {
  if (outcome.verdict !== "not-applicable") return outcome;
  const applicability = applicabilityOf(item, decisions);
  if (applicability.level !== "optional") return outcome;
  return { verdict: "advisory", reason: `Optional for now. ${applicability.reason}`, details: outcome.details };
}
