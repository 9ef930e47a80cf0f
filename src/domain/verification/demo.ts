import { brandNewTenant } from "./scenarios/brand-new.ts";
import { expiringBrokenTenant } from "./scenarios/expiring-broken.ts";
import { healthyTenant } from "./scenarios/healthy.ts";
import type { EvidenceFile } from "./types.ts";

export type DemoScenarioId = "healthy" | "brand-new" | "expiring-broken";

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
    description: "A fictitious tenant where every prerequisite is in place, with renewals months away.",
    build: healthyTenant,
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
];

export function scenarioEvidenceFile(id: DemoScenarioId, now: Date): EvidenceFile {
  const scenario = DEMO_SCENARIOS.find((s) => s.id === id);
  if (!scenario) throw new Error(`Unknown demo scenario ${id}`);
  return scenario.build(now);
}
