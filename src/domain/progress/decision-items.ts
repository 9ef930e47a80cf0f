import type { StrategyItemId } from "../catalog/ids.ts";
import type { DecisionKey } from "../catalog/types.ts";

/** The strategy checklist item each decision form completes. */
export const DECISION_ITEMS = {
  devices: "strategy-devices",
  identities: "strategy-identities",
  accountsSso: "strategy-accounts-sso",
  policies: "strategy-policies",
} as const satisfies Record<DecisionKey, StrategyItemId>;
