import type { StrategyRequirements } from "../../strategy/requirements.ts";
import type { Decisions } from "../../strategy/schema.ts";
import type { EvidenceIndex } from "../keys.ts";
import type { CheckResult } from "../types.ts";

export type RuleContext = {
  evidence: EvidenceIndex;
  requires: StrategyRequirements;
  /** Devices each user enrolls according to the strategy, or null before it is decided. */
  minimumDeviceLimit: number | null;
  now: Date;
  /** The whole strategy, for rules whose content depends on more than `requires` (Platform SSO method, policy areas). */
  decisions: Decisions;
};

/** A rule's answer; the engine adds the item id and the fix from the catalog. */
export type RuleOutcome = Omit<CheckResult, "item" | "fix">;

export type Rule = (ctx: RuleContext) => RuleOutcome;
