import { describe, expect, it } from "vitest";
import { ITEM_IDS, STEP_ITEMS, type ItemId } from "../../../src/domain/catalog/ids.ts";
import {
  applicabilityAll,
  BLOCK_PERSONAL_REQUIREMENT,
  IDENTIFIED_REQUIREMENT,
  PERSONAL_FOR_CORPORATE_REQUIREMENT,
  PERSONAL_UNTIL_IDENTIFIED_REQUIREMENT,
  applicabilityOf,
  type ApplicabilityLevel,
} from "../../../src/domain/rules/applicability.ts";
import {
  DECISION_SCHEMAS,
  type AbmPurchase,
  type AppleIdModel,
  type DecisionValues,
  type Decisions,
  type Ownership,
} from "../../../src/domain/strategy/schema.ts";

// Every fixture goes through the real schemas so the rules are only exercised with decisions a form could save.
function decide(values: Partial<DecisionValues>): Decisions {
  const decisions: Decisions = {};
  if (values.devices) decisions.devices = { value: DECISION_SCHEMAS.devices.parse(values.devices), decidedAt: "2026-05-01T00:00:00Z" };
  if (values.identities) decisions.identities = { value: DECISION_SCHEMAS.identities.parse(values.identities), decidedAt: "2026-05-01T00:00:00Z" };
  if (values.accountsSso) decisions.accountsSso = { value: DECISION_SCHEMAS.accountsSso.parse(values.accountsSso), decidedAt: "2026-05-01T00:00:00Z" };
  if (values.policies) decisions.policies = { value: DECISION_SCHEMAS.policies.parse(values.policies), decidedAt: "2026-05-01T00:00:00Z" };
  return decisions;
}

const devices = (ownership: Ownership, abmPurchase: AbmPurchase, perUser = { mac: 1, iphone: 1, ipad: 0, other: 0 }) => ({
  ownership,
  abmPurchase,
  expectedMacs: 50,
  perUser,
});
const identities = (appleId: AppleIdModel) => ({ appleId });
const policies = (appsAndBooks: boolean) => ({ areas: [], appsAndBooks, notes: "" });

const ABM_FOR_MANAGED = "Managed Apple Accounts are created in Apple Business Manager";
const DEFAULT_PROFILE = "A default macOS enrollment profile";

type Row = {
  name: string;
  values: Partial<DecisionValues>;
  level: ApplicabilityLevel;
  requirements: readonly string[];
  reason?: RegExp;
};

describe("ade-token", () => {
  const rows: Row[] = [
    { name: "no device decision", values: {}, level: "optional", requirements: [DEFAULT_PROFILE], reason: /decide the device strategy first/i },
    { name: "corporate, bought through ABM", values: { devices: devices("corporate", "yes") }, level: "required", requirements: [DEFAULT_PROFILE] },
    { name: "both, bought through ABM", values: { devices: devices("both", "yes") }, level: "required", requirements: [DEFAULT_PROFILE] },
    { name: "corporate, ABM planned", values: { devices: devices("corporate", "planned") }, level: "optional", requirements: [DEFAULT_PROFILE], reason: /once purchases go through Apple Business Manager/ },
    { name: "both, ABM planned", values: { devices: devices("both", "planned") }, level: "optional", requirements: [DEFAULT_PROFILE] },
    { name: "corporate, not through ABM", values: { devices: devices("corporate", "no") }, level: "not-needed", requirements: [], reason: /not bought through Apple Business Manager/ },
    { name: "both, not through ABM", values: { devices: devices("both", "no") }, level: "not-needed", requirements: [] },
    // Personal-only wins over the purchase answer: ADE never applies to personal Macs.
    { name: "personal only, even if ABM yes", values: { devices: devices("personal", "yes") }, level: "not-needed", requirements: [], reason: /only personal Macs/i },
    { name: "personal only, ABM planned", values: { devices: devices("personal", "planned") }, level: "not-needed", requirements: [] },
    {
      name: "required + Managed Apple Accounts",
      values: { devices: devices("corporate", "yes"), identities: identities("managed") },
      level: "required",
      requirements: [DEFAULT_PROFILE, ABM_FOR_MANAGED],
    },
    {
      name: "undecided devices + Managed Apple Accounts",
      values: { identities: identities("managed") },
      level: "optional",
      requirements: [DEFAULT_PROFILE, ABM_FOR_MANAGED],
    },
    {
      name: "not needed + Managed Apple Accounts stays not needed but mentions ABM",
      values: { devices: devices("personal", "no"), identities: identities("managed") },
      level: "not-needed",
      requirements: [],
      reason: /Apple Business Manager is still needed for Managed Apple Accounts/,
    },
    {
      name: "personal Apple IDs add nothing",
      values: { devices: devices("corporate", "yes"), identities: identities("personal") },
      level: "required",
      requirements: [DEFAULT_PROFILE],
    },
  ];
  it.each(rows)("$name → $level", ({ values, level, requirements, reason }) => {
    const result = applicabilityOf("ade-token", decide(values));
    expect(result.level).toBe(level);
    expect(result.requirements).toEqual(requirements);
    if (reason) expect(result.reason).toMatch(reason);
  });

  it("does not mention Managed Apple Accounts when they are not used", () => {
    const result = applicabilityOf("ade-token", decide({ devices: devices("personal", "no"), identities: identities("none") }));
    expect(result.reason).not.toMatch(/Managed Apple Account/);
  });
});

describe("vpp-token", () => {
  const rows: Row[] = [
    { name: "no policies decision", values: {}, level: "optional", requirements: [], reason: /decide the policies first/i },
    { name: "Apps and Books used", values: { policies: policies(true) }, level: "required", requirements: [] },
    { name: "Apps and Books not used", values: { policies: policies(false) }, level: "not-needed", requirements: [], reason: /not deployed through Apps and Books/ },
    { name: "used + Managed Apple Accounts", values: { policies: policies(true), identities: identities("managed") }, level: "required", requirements: [ABM_FOR_MANAGED] },
    { name: "undecided + Managed Apple Accounts", values: { identities: identities("managed") }, level: "optional", requirements: [ABM_FOR_MANAGED] },
    {
      name: "not used + Managed Apple Accounts",
      values: { policies: policies(false), identities: identities("managed") },
      level: "not-needed",
      requirements: [],
      reason: /still needed for Managed Apple Accounts/,
    },
    // Devices do not drive the Apps and Books token.
    { name: "personal-only Macs, Apps and Books used", values: { devices: devices("personal", "no"), policies: policies(true) }, level: "required", requirements: [] },
  ];
  it.each(rows)("$name → $level", ({ values, level, requirements, reason }) => {
    const result = applicabilityOf("vpp-token", decide(values));
    expect(result.level).toBe(level);
    expect(result.requirements).toEqual(requirements);
    if (reason) expect(result.reason).toMatch(reason);
  });
});

describe("enrollment-platform-restrictions", () => {
  const rows: Row[] = [
    { name: "no device decision", values: {}, level: "required", requirements: ["Allow macOS enrollment"] },
    { name: "personal only", values: { devices: devices("personal", "no") }, level: "required", requirements: ["Allow macOS enrollment", "Allow personal macOS enrollment"] },
    { name: "corporate and personal", values: { devices: devices("both", "yes") }, level: "required", requirements: ["Allow macOS enrollment", "Allow personal macOS enrollment"] },
    { name: "corporate only, all through ADE", values: { devices: devices("corporate", "yes") }, level: "required", requirements: ["Allow macOS enrollment", BLOCK_PERSONAL_REQUIREMENT] },
    { name: "corporate only, not through ABM", values: { devices: devices("corporate", "no") }, level: "required", requirements: ["Allow macOS enrollment", PERSONAL_UNTIL_IDENTIFIED_REQUIREMENT] },
    { name: "corporate only, ABM planned", values: { devices: devices("corporate", "planned") }, level: "required", requirements: ["Allow macOS enrollment", PERSONAL_UNTIL_IDENTIFIED_REQUIREMENT] },
    { name: "corporate only, not through ABM, serials registered", values: { devices: { ...devices("corporate", "no"), corporateIdentifiers: true } }, level: "required", requirements: ["Allow macOS enrollment", IDENTIFIED_REQUIREMENT] },
    { name: "corporate only, ABM planned, serials registered", values: { devices: { ...devices("corporate", "planned"), corporateIdentifiers: true } }, level: "required", requirements: ["Allow macOS enrollment", IDENTIFIED_REQUIREMENT] },
    { name: "corporate only, not through ABM, serials not to be registered", values: { devices: { ...devices("corporate", "no"), corporateIdentifiers: false } }, level: "required", requirements: ["Allow macOS enrollment", PERSONAL_FOR_CORPORATE_REQUIREMENT] },
    { name: "corporate and personal, serials registered: personal Macs stay allowed", values: { devices: { ...devices("both", "no"), corporateIdentifiers: true } }, level: "required", requirements: ["Allow macOS enrollment", "Allow personal macOS enrollment"] },
  ];
  it.each(rows)("$name", ({ values, level, requirements }) => {
    const result = applicabilityOf("enrollment-platform-restrictions", decide(values));
    expect(result.level).toBe(level);
    expect(result.requirements).toEqual(requirements);
  });
});

describe("enrollment-device-limit", () => {
  const rows: { name: string; values: Partial<DecisionValues>; limit: number | null; reason?: RegExp }[] = [
    { name: "no device decision", values: {}, limit: null },
    { name: "1 Mac + 1 iPhone", values: { devices: devices("both", "yes") }, limit: 2 },
    { name: "2 Macs + 1 iPhone + 1 iPad + 1 other", values: { devices: devices("corporate", "yes", { mac: 2, iphone: 1, ipad: 1, other: 1 }) }, limit: 5 },
    { name: "15 in total", values: { devices: devices("personal", "no", { mac: 15, iphone: 0, ipad: 0, other: 0 }) }, limit: 15 },
    { name: "over Intune's maximum", values: { devices: devices("personal", "no", { mac: 10, iphone: 10, ipad: 0, other: 0 }) }, limit: 20, reason: /goes up to 15/ },
  ];
  it.each(rows)("$name → limit $limit", ({ values, limit, reason }) => {
    const result = applicabilityOf("enrollment-device-limit", decide(values));
    expect(result.level).toBe("required");
    if (limit === null) {
      expect(result.requirements).toEqual([]);
      expect(result.reason).not.toMatch(/\d/);
    } else {
      expect(result.requirements).toEqual([
        `Device limit of at least ${limit}`,
        `Microsoft Entra "Maximum number of devices per user" of at least ${limit}`,
      ]);
    }
    if (reason) expect(result.reason).toMatch(reason);
    else expect(result.reason).not.toMatch(/goes up to 15/);
  });
});

describe("strategy-accounts-sso", () => {
  const rows: Row[] = [
    { name: "no decision", values: {}, level: "required", requirements: [] },
    {
      name: "Platform SSO",
      values: { accountsSso: { sso: "platform-sso", psso: "secure-enclave", localAccount: "standard" } },
      level: "required",
      requirements: ["macOS 13 Ventura or later", "Company Portal 5.2404.0 or later", "Users allowed to join devices to Microsoft Entra"],
    },
    {
      name: "Enterprise SSO plug-in",
      values: { accountsSso: { sso: "enterprise-sso", localAccount: "admin" } },
      level: "required",
      requirements: ["Company Portal installed on the Mac (it delivers the Enterprise SSO plug-in)"],
    },
  ];
  it.each(rows)("$name", ({ values, level, requirements }) => {
    const result = applicabilityOf("strategy-accounts-sso", decide(values));
    expect(result.level).toBe(level);
    expect(result.requirements).toEqual(requirements);
  });
});

describe("strategy-identities", () => {
  it.each([
    { appleId: "managed", requirements: [ABM_FOR_MANAGED] },
    { appleId: "personal", requirements: [] },
    { appleId: "none", requirements: [] },
  ] as const)("$appleId Apple IDs", ({ appleId, requirements }) => {
    const result = applicabilityOf("strategy-identities", decide({ identities: identities(appleId) }));
    expect(result.level).toBe("required");
    expect(result.requirements).toEqual(requirements);
  });
});

const ALWAYS_REQUIRED: readonly ItemId[] = [
  ...STEP_ITEMS.organization,
  ...STEP_ITEMS.strategy,
  "mdm-user-scope",
  "intune-admin-role",
  "intune-license",
  "enrollment-device-limit",
  "enrollment-platform-restrictions",
  "apns-certificate",
];

const STRATEGIES: { name: string; values: Partial<DecisionValues> }[] = [
  { name: "nothing decided", values: {} },
  { name: "personal only, no Apps and Books", values: { devices: devices("personal", "no"), policies: policies(false), identities: identities("none") } },
  {
    name: "everything in",
    values: {
      devices: devices("both", "yes"),
      identities: identities("managed"),
      accountsSso: { sso: "platform-sso", psso: "password", localAccount: "standard" },
      policies: policies(true),
    },
  },
];

describe("items that do not depend on the strategy", () => {
  it.each(STRATEGIES)("are required when $name", ({ values }) => {
    const all = applicabilityAll(decide(values));
    for (const id of ALWAYS_REQUIRED) expect(all[id].level, id).toBe("required");
  });

  it("APNs says every Mac needs it", () => {
    expect(applicabilityOf("apns-certificate", {}).reason).toMatch(/every kind of Mac management in Intune needs it/i);
  });
});

describe("applicabilityAll", () => {
  it.each(STRATEGIES)("covers every item with a reason and matches applicabilityOf ($name)", ({ values }) => {
    const decisions = decide(values);
    const all = applicabilityAll(decisions);
    expect(Object.keys(all).sort()).toEqual([...ITEM_IDS].sort());
    for (const id of ITEM_IDS) {
      expect(all[id]).toEqual(applicabilityOf(id, decisions));
      expect(all[id].reason.trim().length, id).toBeGreaterThan(0);
      if (all[id].level === "not-needed") expect(all[id].requirements, id).toEqual([]);
    }
  });

  it("marks both tokens not needed for a personal-only strategy without Apps and Books", () => {
    const all = applicabilityAll(decide(STRATEGIES[1]!.values));
    const notNeeded = STEP_ITEMS.tenant.filter((id) => all[id].level === "not-needed");
    expect(notNeeded).toEqual(["ade-token", "vpp-token"]);
  });
});
