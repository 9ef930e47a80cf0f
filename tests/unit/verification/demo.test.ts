import { describe, expect, it } from "vitest";
import { isTenantItemId, type TenantItemId } from "../../../src/domain/catalog/ids.ts";
import { DEMO_DECISIONS, DEMO_SCENARIOS, scenarioEvidenceFile, type DemoScenarioId } from "../../../src/domain/verification/demo.ts";
import { evaluate } from "../../../src/domain/verification/engine.ts";
import { parseEvidenceFile } from "../../../src/domain/verification/evidence.ts";
import { indexEvidence } from "../../../src/domain/verification/keys.ts";
import type { Verdict } from "../../../src/domain/verification/types.ts";
import { NOW } from "./helpers.ts";

function verdicts(id: DemoScenarioId, now: Date = NOW): Record<TenantItemId, Verdict> {
  const results = evaluate(indexEvidence(scenarioEvidenceFile(id, now).responses), DEMO_DECISIONS, now);
  // The rollout steps' demo verdicts are pinned in tests/unit/verification/rollout/scenarios.test.ts.
  return Object.fromEntries(results.filter((r) => isTenantItemId(r.item)).map((r) => [r.item, r.verdict])) as Record<TenantItemId, Verdict>;
}

const INTENDED: Record<DemoScenarioId, Record<TenantItemId, Verdict>> = {
  healthy: {
    "mdm-user-scope": "ready",
    "intune-admin-role": "ready",
    "intune-license": "ready",
    "enrollment-device-limit": "ready",
    "enrollment-platform-restrictions": "ready",
    "apns-certificate": "ready",
    "ade-token": "ready",
    "vpp-token": "ready",
  },
  "brand-new": {
    "mdm-user-scope": "advisory",
    "intune-admin-role": "ready",
    "intune-license": "advisory",
    "enrollment-device-limit": "ready",
    "enrollment-platform-restrictions": "not-ready",
    "apns-certificate": "not-ready",
    "ade-token": "not-ready",
    "vpp-token": "not-ready",
  },
  "expiring-broken": {
    "mdm-user-scope": "advisory",
    "intune-admin-role": "advisory",
    "intune-license": "advisory",
    "enrollment-device-limit": "advisory",
    "enrollment-platform-restrictions": "advisory",
    "apns-certificate": "not-ready",
    "ade-token": "not-ready",
    "vpp-token": "not-ready",
  },
  // The pitfalls are in the set-up and policies steps (tests/unit/verification/rollout/scenarios.test.ts).
  "rollout-pitfalls": {
    "mdm-user-scope": "ready",
    "intune-admin-role": "ready",
    "intune-license": "ready",
    "enrollment-device-limit": "ready",
    "enrollment-platform-restrictions": "ready",
    "apns-certificate": "ready",
    "ade-token": "ready",
    "vpp-token": "ready",
  },
};

describe("demo scenarios", () => {
  it("offers the four scenarios, each labelled as a demo", () => {
    expect(DEMO_SCENARIOS.map((s) => s.id)).toEqual(["healthy", "brand-new", "expiring-broken", "rollout-pitfalls"]);
    expect(DEMO_SCENARIOS.filter((s) => !/^Demo:/.test(s.title))).toEqual([]);
  });

  it.each(Object.keys(INTENDED) as DemoScenarioId[])("%s produces its intended verdicts", (id) => {
    expect(verdicts(id)).toEqual(INTENDED[id]);
  });

  it.each(Object.keys(INTENDED) as DemoScenarioId[])("%s keeps its verdicts whenever it is run (dates follow now)", (id) => {
    expect(verdicts(id, new Date("2031-02-03T04:05:06Z"))).toEqual(INTENDED[id]);
  });

  it.each(Object.keys(INTENDED) as DemoScenarioId[])("%s is a valid evidence file that survives a round trip through the parser", (id) => {
    const file = scenarioEvidenceFile(id, NOW);
    const parsed = parseEvidenceFile(JSON.stringify(file));
    expect(parsed).toEqual({ ok: true, file });
  });

  it("expiring-broken shows the grace period, the failing ADE sync and the invalid VPP token", () => {
    const results = evaluate(indexEvidence(scenarioEvidenceFile("expiring-broken", NOW).responses), DEMO_DECISIONS, NOW);
    const reason = (item: TenantItemId) => results.find((r) => r.item === item)?.reason ?? "";
    expect(reason("apns-certificate")).toMatch(/grace period/);
    expect(reason("ade-token")).toMatch(/last synced successfully 9 days ago/);
    expect(reason("vpp-token")).toMatch(/invalid .*password change/);
    const details = results.find((r) => r.item === "ade-token")?.details.join(" ");
    expect(details).toMatch(/Apple error code 401/);
    expect(details).toMatch(/no default macOS enrollment profile/);
  });

  it("expiring-broken's roles: a limited-information directory role and an eligibility through a group → eligible, advisory", () => {
    const results = evaluate(indexEvidence(scenarioEvidenceFile("expiring-broken", NOW).responses), DEMO_DECISIONS, NOW);
    const role = results.find((r) => r.item === "intune-admin-role");
    expect(role?.reason).toMatch(/eligible for Intune Administrator/);
    expect(role?.details.join(" ")).toMatch(/1 directory role\(s\) with limited information/);
  });

  it("brand-new's 25 trial seats are fewer than the 120 Macs the sample strategy expects", () => {
    const results = evaluate(indexEvidence(scenarioEvidenceFile("brand-new", NOW).responses), DEMO_DECISIONS, NOW);
    expect(results.find((r) => r.item === "intune-license")?.reason).toMatch(/24 seat\(s\) free: fewer than the 120 Mac\(s\)/);
  });

  it("brand-new has no push certificate (404) and no tokens", () => {
    const results = evaluate(indexEvidence(scenarioEvidenceFile("brand-new", NOW).responses), DEMO_DECISIONS, NOW);
    expect(results.find((r) => r.item === "apns-certificate")?.reason).toMatch(/404/);
    expect(results.find((r) => r.item === "ade-token")?.reason).toMatch(/No enrollment program \(ADE\) token/);
  });

  it("healthy lists the three annual Apple renewals", () => {
    const results = evaluate(indexEvidence(scenarioEvidenceFile("healthy", NOW).responses), DEMO_DECISIONS, NOW);
    expect(results.flatMap((r) => r.renewals ?? []).map((r) => r.label)).toEqual([
      "Apple MDM push certificate (mdm-apple@contoso.example)",
      'Enrollment program token "Contoso ABM" (abm-admin@contoso.example)',
      'Apps and Books (VPP) token "Contoso Ltd" (abm-apps@contoso.example)',
    ]);
  });
});
