import { brandNewTenant } from "./scenarios/brand-new.ts";
import { expiringBrokenTenant } from "./scenarios/expiring-broken.ts";
import { healthyTenant } from "./scenarios/healthy.ts";
import { rolloutHealthyReplies } from "./scenarios/rollout-healthy.ts";
import { rolloutPitfallReplies } from "./scenarios/rollout-pitfalls.ts";
import type { EvidenceFile, EvidenceResponse } from "./types.ts";

export type DemoScenarioId = "healthy" | "brand-new" | "expiring-broken" | "rollout-pitfalls";

/** A prerequisite scenario plus the set-up and policies reads (later responses win, so these replace any overlap). */
const withRollout = (base: (now: Date) => EvidenceFile, rollout: (now: Date) => EvidenceResponse[]) => (now: Date): EvidenceFile => {
  const file = base(now);
  return { ...file, responses: [...file.responses, ...rollout(now)] };
};

export type DemoScenario = {
  id: DemoScenarioId;
  title: string;
  description: string;
  /** Dates are relative to `now`, so the demo never ages into different verdicts. */
  build(now: Date): EvidenceFile;
};

export { DEMO_DECISIONS } from "./demo-decisions.ts";

export const DEMO_SCENARIOS: readonly DemoScenario[] = [
  {
    id: "healthy",
    title: "Demo: healthy tenant",
    description: "A fictitious tenant where every prerequisite is in place, with renewals months away, and the tenant set-up and Mac policies done as Microsoft recommends.",
    build: withRollout(healthyTenant, rolloutHealthyReplies),
  },
  {
    id: "brand-new",
    title: "Demo: brand-new tenant",
    description: "A fictitious tenant that just started Intune: no push certificate, no Apple tokens, macOS enrollment blocked.",
    build: brandNewTenant,
  },
  {
    id: "expiring-broken",
    title: "Demo: expiring and broken tokens",
    description: "A fictitious tenant a year in: the push certificate is in its grace period, the ADE token stopped syncing and an Apps and Books token is invalid.",
    build: expiringBrokenTenant,
  },
  {
    id: "rollout-pitfalls",
    title: "Demo: rollout pitfalls",
    description: "A fictitious tenant whose prerequisites are fine but whose set-up and policies hit the known pitfalls: a compliance password with Platform SSO, two SSO payloads, FileVault without Defer, mixed update policies, blocked Entra join.",
    build: withRollout(healthyTenant, rolloutPitfallReplies),
  },
];

export function scenarioEvidenceFile(id: DemoScenarioId, now: Date): EvidenceFile {
  const scenario = DEMO_SCENARIOS.find((s) => s.id === id);
  if (!scenario) throw new Error(`Unknown demo scenario ${id}`);
  return scenario.build(now);
}
