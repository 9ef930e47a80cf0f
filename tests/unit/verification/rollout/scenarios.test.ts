// The demo tenants on the set-up and policies steps: the healthy one is ready everywhere, the pitfalls one shows each
// pitfall of rollout-plan.md §5 as the verdict (not a footnote), with the demo's own strategy.
import { describe, expect, it } from "vitest";
import { SETUP_ITEM_IDS, POLICIES_ITEM_IDS, type PoliciesItemId, type SetupItemId } from "../../../../src/domain/catalog/ids.ts";
import { DEMO_DECISIONS, scenarioEvidenceFile, type DemoScenarioId } from "../../../../src/domain/verification/demo.ts";
import { evaluate } from "../../../../src/domain/verification/engine.ts";
import { indexEvidence } from "../../../../src/domain/verification/keys.ts";
import type { CheckResult } from "../../../../src/domain/verification/types.ts";
import { NOW } from "./helpers.ts";

type RolloutId = SetupItemId | PoliciesItemId;
const ROLLOUT: readonly RolloutId[] = [...SETUP_ITEM_IDS, ...POLICIES_ITEM_IDS];

function results(id: DemoScenarioId, now = NOW): Map<RolloutId, CheckResult> {
  const all = evaluate(indexEvidence(scenarioEvidenceFile(id, now).responses), DEMO_DECISIONS, now);
  return new Map(all.filter((r): r is CheckResult & { item: RolloutId } => (ROLLOUT as readonly string[]).includes(r.item)).map((r) => [r.item, r]));
}

describe("rollout demo tenants", () => {
  it("healthy: every set-up and policies check is ready, whenever it runs", () => {
    for (const now of [NOW, new Date("2031-02-03T04:05:06Z")]) {
      const r = results("healthy", now);
      const notReady = [...r].filter(([, v]) => v.verdict !== "ready").map(([id, v]) => `${id}: ${v.verdict} ${v.reason}`);
      // Corporate identifiers is a checklist item here: the healthy demo's corporate Macs all come through ADE.
      expect(notReady).toEqual(["corporate-identifiers: not-applicable Your strategy has no corporate Macs enrolling outside ADE (ADE marks its Macs corporate on its own)."]);
    }
  });

  it("pitfalls: each pitfall is the verdict", () => {
    const r = results("rollout-pitfalls");
    const expected: Partial<Record<RolloutId, [string, RegExp]>> = {
      "mdm-authority": ["not-ready", /not Intune/],
      "entra-device-registration": ["not-ready", /below Intune's device limit|may not join devices/],
      "mac-targeting": ["advisory", /none on enrollmentProfileName/],
      "ade-enrollment-profile": ["not-ready", /without user affinity/],
      "company-portal": ["not-ready", /not deployed as required/],
      "pilot-mac": ["advisory", /none through ADE/],
      "compliance-policy": ["not-ready", /requires a password while Platform SSO and macOS LAPS/],
      "conditional-access": ["advisory", /report-only/],
      "sso-policy": ["not-ready", /Password, but your strategy chose Secure Enclave|All devices|filter|error 10002/],
      filevault: ["not-ready", /without Defer/],
      firewall: ["ready", /firewall/],
      gatekeeper: ["not-ready", /Gatekeeper/],
      "software-updates": ["not-ready", /Both a "latest"/],
      defender: ["not-ready", /not enabled|not added/],
      laps: ["not-ready", /creates no local admin account/],
    };
    for (const [item, [verdict, text]] of Object.entries(expected) as [RolloutId, [string, RegExp]][]) {
      const got = r.get(item);
      expect(got?.verdict, item).toBe(verdict);
      expect(got?.reason, item).toMatch(text);
    }
    // Every pitfall the issue names is reported somewhere, lead reason or detail.
    const sso = r.get("sso-policy")!;
    const ssoText = [sso.reason, ...sso.details].join(" ");
    expect(ssoText).toMatch(/uses Password, but your strategy chose Secure Enclave/);
    expect(ssoText).toMatch(/assigned to All devices|assignment filter/);
    expect(ssoText).toMatch(/error 10002/);
    const entra = r.get("entra-device-registration")!;
    expect([entra.reason, ...entra.details].join(" ")).toMatch(/may not join devices/);
    expect([entra.reason, ...entra.details].join(" ")).toMatch(/below Intune's device limit of 5/);
  });
});
