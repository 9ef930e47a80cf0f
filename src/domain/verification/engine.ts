import { catalogItem } from "../catalog/catalog.ts";
import { TENANT_ITEM_IDS, type TenantItemId } from "../catalog/ids.ts";
import { minimumDeviceLimit, strategyRequires } from "../strategy/requirements.ts";
import type { Decisions } from "../strategy/schema.ts";
import type { EvidenceIndex } from "./keys.ts";
import { RULES } from "./rules/index.ts";
import type { RuleContext } from "./rules/types.ts";
import type { CheckResult, Fix } from "./types.ts";

function fixFor(item: TenantItemId): Fix {
  const { adminCenterPath, learnUrl } = catalogItem(item);
  return { path: adminCenterPath, learnUrl };
}

/**
 * The verdict engine: Graph responses (live, from a file or a demo) plus the strategy in, one result per tenant item
 * out, in TENANT_ITEM_IDS order. Pure: the clock is `now`.
 */
export function evaluate(evidence: EvidenceIndex, decisions: Decisions, now: Date): readonly CheckResult[] {
  const ctx: RuleContext = {
    evidence,
    requires: strategyRequires(decisions),
    minimumDeviceLimit: minimumDeviceLimit(decisions),
    now,
    decisions,
  };
  return TENANT_ITEM_IDS.map((item) => {
    const outcome = RULES[item](ctx);
    return { item, ...outcome, fix: outcome.verdict === "not-applicable" ? null : fixFor(item) };
  });
}
