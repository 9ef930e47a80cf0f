import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TENANT_ITEM_IDS, type TenantItemId } from "../../../src/domain/catalog/ids.ts";
import type { DecisionKey } from "../../../src/domain/catalog/types.ts";
import { DEMO_DECISIONS, DEMO_SCENARIOS, scenarioEvidenceFile } from "../../../src/domain/verification/demo.ts";
import { evaluate } from "../../../src/domain/verification/engine.ts";
import {
  RULE_DECISIONS,
  demoDecisions,
  sampleDecisionsFor,
  strategyChanged,
  strategyFingerprint,
  type DecisionPath,
} from "../../../src/domain/verification/judged-under.ts";
import { indexEvidence } from "../../../src/domain/verification/keys.ts";
import type { Decisions } from "../../../src/domain/strategy/schema.ts";
import type { VerificationRecord } from "../../../src/domain/verification/types.ts";
import { decisionsArbitrary } from "./decisions-arbitrary.ts";

const NOW = new Date("2026-12-03T09:00:00.000Z");
const AT = "2026-11-01T09:00:00.000Z";

const corporate: Decisions = {
  devices: { value: { ownership: "corporate", abmPurchase: "yes", expectedMacs: 50, perUser: { mac: 1, iphone: 1, ipad: 0, other: 0 } }, decidedAt: AT },
  policies: { value: { areas: [], appsAndBooks: false, notes: "" }, decidedAt: AT },
};
const withDevices = (patch: Partial<NonNullable<Decisions["devices"]>["value"]>, decidedAt = AT): Decisions => ({
  ...corporate,
  devices: { value: { ...corporate.devices!.value, ...patch }, decidedAt },
});

describe("strategyFingerprint: the answers a verdict depends on", () => {
  it("is absent for checks that depend on no answer", () => {
    for (const item of ["mdm-user-scope", "intune-admin-role", "apns-certificate"] as const) {
      expect(RULE_DECISIONS[item]).toEqual([]);
      expect(strategyFingerprint(item, corporate)).toBeUndefined();
    }
  });

  it("changes when an answer the check depends on changes, and only then", () => {
    const before = strategyFingerprint("ade-token", corporate);
    expect(before).toMatch(/^[0-9a-f]{8}$/);
    expect(strategyFingerprint("ade-token", withDevices({ abmPurchase: "no" }))).not.toBe(before);
    expect(strategyFingerprint("ade-token", withDevices({ ownership: "both" }))).not.toBe(before);
    // Answers the ADE verdict does not read, and the time of the save, leave it alone.
    expect(strategyFingerprint("ade-token", withDevices({ expectedMacs: 999 }, "2026-11-30T09:00:00.000Z"))).toBe(before);
    expect(strategyFingerprint("ade-token", { ...corporate, identities: { value: { appleId: "managed" }, decidedAt: AT } })).toBe(before);
  });

  it("tells a decision not made yet from every answer", () => {
    const undecided = strategyFingerprint("vpp-token", {});
    expect(undecided).not.toBe(strategyFingerprint("vpp-token", corporate));
    expect(undecided).not.toBe(strategyFingerprint("vpp-token", { policies: { value: { areas: [], appsAndBooks: true, notes: "" }, decidedAt: AT } }));
  });

  it("does not depend on the order of keys inside an answer", () => {
    const reordered = withDevices({ perUser: { other: 0, ipad: 0, iphone: 1, mac: 1 } });
    expect(strategyFingerprint("enrollment-device-limit", reordered)).toBe(strategyFingerprint("enrollment-device-limit", corporate));
  });
});

/** d2 with d1's answers at `paths` (and d1's "not decided" where d1 has not decided). */
function agreeOn(paths: readonly DecisionPath[], d1: Decisions, d2: Decisions): Decisions {
  const out: Record<string, unknown> = { ...d2 };
  for (const path of paths) {
    const [key, field] = path.split(".") as [DecisionKey, string];
    const source = d1[key];
    if (!source) {
      delete out[key];
      continue;
    }
    const target = (out[key] as { value: Record<string, unknown> } | undefined)?.value ?? source.value;
    out[key] = { value: { ...target, [field]: (source.value as Record<string, unknown>)[field] }, decidedAt: source.decidedAt };
  }
  return out as Decisions;
}

// Tenants the rules are exercised on: each demo scenario, in the state its description gives.
const EVIDENCE = DEMO_SCENARIOS.map((s) => indexEvidence(scenarioEvidenceFile(s.id, NOW).responses));

const verdictOf = (evidence: (typeof EVIDENCE)[number], decisions: Decisions, item: TenantItemId) => {
  const result = evaluate(evidence, decisions, NOW).find((r) => r.item === item);
  return result && { verdict: result.verdict, reason: result.reason, details: result.details };
};

/** The property: two strategies that agree on every answer `item` is said to depend on get the same result for it. */
const dependsOnlyOn = (item: TenantItemId, paths: readonly DecisionPath[]) =>
  fc.property(decisionsArbitrary, decisionsArbitrary, fc.constantFrom(...EVIDENCE), (d1, d2, evidence) => {
    expect(verdictOf(evidence, agreeOn(paths, d1, d2), item)).toEqual(verdictOf(evidence, d1, item));
  });

describe("RULE_DECISIONS lists every answer each rule reads", () => {
  it.each(TENANT_ITEM_IDS)("%s: strategies agreeing on its listed answers get the same verdict, reason and details", (item) => {
    fc.assert(dependsOnlyOn(item, RULE_DECISIONS[item]), { numRuns: 150, seed: 9 });
  });

  it("would catch a rule that reads an answer missing from the table", () => {
    expect(() => fc.assert(dependsOnlyOn("ade-token", []), { numRuns: 150, seed: 9 })).toThrow();
  });
});

const record = (patch: Partial<VerificationRecord>): VerificationRecord => ({
  verdict: "ready",
  reason: "r",
  details: [],
  renewals: [],
  checkedAt: "2026-11-02T09:00:00.000Z",
  source: "live",
  ...patch,
});

describe("strategyChanged", () => {
  it("compares a result with the answers it was judged under", () => {
    const judged = record({ strategyFingerprint: strategyFingerprint("ade-token", corporate) });
    expect(strategyChanged("ade-token", judged, corporate)).toBe(false);
    expect(strategyChanged("ade-token", judged, withDevices({ expectedMacs: 7 }))).toBe(false);
    expect(strategyChanged("ade-token", judged, withDevices({ abmPurchase: "planned" }))).toBe(true);
    expect(strategyChanged("ade-token", judged, {})).toBe(true);
  });

  it("never for a check that depends on no answer", () => {
    expect(strategyChanged("apns-certificate", record({}), {})).toBe(false);
  });

  it("compares a demo with what a demo would be judged under now: own decisions where made, the sample for the rest", () => {
    const own: Decisions = { policies: corporate.policies! };
    const demo = record({ source: "demo", strategyFingerprint: strategyFingerprint("ade-token", demoDecisions(own)) });
    expect(strategyChanged("ade-token", demo, own)).toBe(false);
    expect(sampleDecisionsFor("ade-token", own)).toEqual(["devices"]);
    // Deciding the devices question differently from the sample makes the demo's ADE verdict outdated.
    expect(strategyChanged("ade-token", demo, { ...own, devices: corporate.devices! })).toBe(true);
    expect(sampleDecisionsFor("ade-token", { ...own, devices: corporate.devices! })).toEqual([]);
    expect(demoDecisions(own)).toEqual({ ...DEMO_DECISIONS, policies: corporate.policies });
  });

  it("records saved before fingerprints: a demo was judged under the sample, a real check is outdated by a later decision", () => {
    const legacyDemo = record({ source: "demo" });
    expect(strategyChanged("vpp-token", legacyDemo, {})).toBe(false);
    expect(strategyChanged("vpp-token", legacyDemo, corporate)).toBe(true);
    const legacyLive = record({ checkedAt: "2026-11-02T09:00:00.000Z" });
    expect(strategyChanged("ade-token", legacyLive, corporate)).toBe(false);
    expect(strategyChanged("ade-token", legacyLive, withDevices({}, "2026-11-03T09:00:00.000Z"))).toBe(true);
    expect(strategyChanged("ade-token", record({ checkedAt: "garbled" }), corporate)).toBe(true);
  });
});
