import { describe, expect, it } from "vitest";
import { minimumDeviceLimit, strategyRequires, type StrategyRequirements } from "../../../src/domain/strategy/requirements.ts";
import {
  DECISION_SCHEMAS,
  type AbmPurchase,
  type AppleIdModel,
  type DecisionValues,
  type Decisions,
  type Ownership,
} from "../../../src/domain/strategy/schema.ts";

const at = "2026-05-01T00:00:00Z";
function decide(values: Partial<DecisionValues>): Decisions {
  const decisions: Decisions = {};
  if (values.devices) decisions.devices = { value: DECISION_SCHEMAS.devices.parse(values.devices), decidedAt: at };
  if (values.identities) decisions.identities = { value: DECISION_SCHEMAS.identities.parse(values.identities), decidedAt: at };
  if (values.accountsSso) decisions.accountsSso = { value: DECISION_SCHEMAS.accountsSso.parse(values.accountsSso), decidedAt: at };
  if (values.policies) decisions.policies = { value: DECISION_SCHEMAS.policies.parse(values.policies), decidedAt: at };
  return decisions;
}

const devices = (ownership: Ownership, abmPurchase: AbmPurchase, perUser = { mac: 1, iphone: 0, ipad: 0, other: 0 }) => ({
  ownership,
  abmPurchase,
  expectedMacs: 10,
  perUser,
});
const identities = (appleId: AppleIdModel) => ({ appleId });
const policies = (appsAndBooks: boolean) => ({ areas: [], appsAndBooks, notes: "" });

const NOTHING: StrategyRequirements = {
  ade: false, vpp: false, personalEnrollment: false, abm: false, platformSso: false,
  devicesDecided: false, corporateMacs: false, corporateSeenAsPersonal: false, corporateIdentifiers: false, adePlanned: false, policiesDecided: false, expectedMacs: null,
};
const DECIDED = { devicesDecided: true, expectedMacs: 10 } as const;

describe("strategyRequires", () => {
  const rows: { name: string; values: Partial<DecisionValues>; expected: Partial<StrategyRequirements> }[] = [
    { name: "nothing decided", values: {}, expected: {} },
    { name: "corporate via ABM", values: { devices: devices("corporate", "yes") }, expected: { ...DECIDED, corporateMacs: true, ade: true, abm: true } },
    { name: "both via ABM", values: { devices: devices("both", "yes") }, expected: { ...DECIDED, corporateMacs: true, ade: true, abm: true, personalEnrollment: true } },
    { name: "corporate, ABM planned", values: { devices: devices("corporate", "planned") }, expected: { ...DECIDED, corporateMacs: true, corporateSeenAsPersonal: true, adePlanned: true } },
    { name: "corporate, not via ABM", values: { devices: devices("corporate", "no") }, expected: { ...DECIDED, corporateMacs: true, corporateSeenAsPersonal: true } },
    { name: "personal only (ABM answer ignored)", values: { devices: devices("personal", "yes") }, expected: { ...DECIDED, personalEnrollment: true } },
    { name: "both, not via ABM", values: { devices: devices("both", "no") }, expected: { ...DECIDED, corporateMacs: true, corporateSeenAsPersonal: true, personalEnrollment: true } },
    { name: "Apps and Books", values: { policies: policies(true) }, expected: { vpp: true, abm: true, policiesDecided: true } },
    { name: "no Apps and Books", values: { policies: policies(false) }, expected: { policiesDecided: true } },
    { name: "Managed Apple Accounts alone", values: { identities: identities("managed") }, expected: { abm: true } },
    { name: "personal Apple IDs", values: { identities: identities("personal") }, expected: {} },
    {
      name: "Platform SSO",
      values: { accountsSso: { sso: "platform-sso", psso: "smart-card", localAccount: "standard" } },
      expected: { platformSso: true },
    },
    {
      name: "corporate, not via ABM, serial numbers confirmed as corporate identifiers",
      values: { devices: { ...devices("corporate", "no"), corporateIdentifiers: true } },
      expected: { ...DECIDED, corporateMacs: true, corporateIdentifiers: true },
    },
    { name: "Enterprise SSO plug-in", values: { accountsSso: { sso: "enterprise-sso", localAccount: "standard" } }, expected: {} },
  ];
  it.each(rows)("$name", ({ values, expected }) => {
    expect(strategyRequires(decide(values))).toEqual({ ...NOTHING, ...expected });
  });
});

describe("minimumDeviceLimit", () => {
  it.each([
    { perUser: { mac: 1, iphone: 0, ipad: 0, other: 0 }, expected: 1 },
    { perUser: { mac: 1, iphone: 1, ipad: 1, other: 0 }, expected: 3 },
    { perUser: { mac: 2, iphone: 2, ipad: 1, other: 3 }, expected: 8 },
    // Not clamped: the applicability rule explains the 15 ceiling instead of hiding the real need.
    { perUser: { mac: 15, iphone: 15, ipad: 0, other: 0 }, expected: 30 },
  ])("sums $perUser to $expected", ({ perUser, expected }) => {
    expect(minimumDeviceLimit(decide({ devices: devices("both", "yes", perUser) }))).toBe(expected);
  });

  it("is null before the device strategy is decided", () => {
    expect(minimumDeviceLimit(decide({ identities: identities("managed"), policies: policies(true) }))).toBeNull();
  });
});
