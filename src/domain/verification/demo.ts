import type { Decisions } from "../strategy/schema.ts";
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

/**
 * The strategy the scenario descriptions assume: corporate and personal Macs, corporate ones bought through ABM (so
 * ADE is required), Apps and Books in use (VPP required), 3 devices per user. With it, "healthy" is ready everywhere.
 */
export const DEMO_DECISIONS: Decisions = {
  devices: {
    value: { ownership: "both", abmPurchase: "yes", expectedMacs: 120, perUser: { mac: 1, iphone: 1, ipad: 1, other: 0 } },
    decidedAt: "2026-01-05T09:00:00.000Z",
  },
  policies: {
    value: { areas: ["filevault", "firewall", "os-updates"], appsAndBooks: true, notes: "" },
    decidedAt: "2026-01-05T09:00:00.000Z",
  },
};

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
