import type { StrategyRequirements } from "../../strategy/requirements.ts";
import type { RolloutChoices } from "../../strategy/rollout.ts";
import type { Decisions } from "../../strategy/schema.ts";
import type { EvidenceIndex } from "../keys.ts";
import type { CheckResult } from "../types.ts";

export type RuleContext = {
  evidence: EvidenceIndex;
  requires: StrategyRequirements;
  /** Devices each user enrolls according to the strategy, or null before it is decided. */
  minimumDeviceLimit: number | null;
  /** The decisions as the Tenant set-up and Policies steps read them (the same reading as their applicability). */
  rollout: RolloutChoices;
  now: Date;
  /** The whole strategy, for rules whose content depends on more than `requires` (Platform SSO method, policy areas). */
  decisions: Decisions;
  /**
   * Role template ids from the `wids` claim of the admin's ID token (their active tenant-wide directory roles when they
   * signed in), or null when there is no sign-in (evidence file, demo) or the app registration does not emit the claim.
   */
  signInRoles: readonly string[] | null;
};

/** What a live check knows besides Graph's answers: facts from the sign-in itself, never the token. */
export type SignInFacts = { signInRoles: readonly string[] | null };

/** A rule's answer; the engine adds the item id and the fix from the catalog. */
export type RuleOutcome = Omit<CheckResult, "item" | "fix">;

export type Rule = (ctx: RuleContext) => RuleOutcome;
