import { describe, expect, it } from "vitest";
import { POLICIES_ITEM_IDS, SETUP_ITEM_IDS, type ItemId } from "../../../src/domain/catalog/ids.ts";
import { applicabilityOf, type ApplicabilityLevel } from "../../../src/domain/rules/applicability.ts";
import {
  ALLOW_ENTRA_JOIN,
  COMPANY_PORTAL_PSSO_VERSION,
  COMPANY_PORTAL_REQUIRED_APP,
  DEFAULT_ADE_PROFILE,
  FILEVAULT_AT_SETUP,
  NO_PASSWORD_IN_COMPLIANCE,
  NOT_BOTH_UPDATE_TYPES,
  NOT_ONLY_MDM_UPDATES,
  PSSO_USER_GROUPS,
} from "../../../src/domain/rules/applicability-rollout.ts";
import { rolloutChoices } from "../../../src/domain/strategy/rollout.ts";
import {
  DECISION_SCHEMAS,
  POLICY_AREAS,
  type DecisionValues,
  type Decisions,
  type DevicesDecision,
  type PoliciesDecision,
  type PolicyArea,
} from "../../../src/domain/strategy/schema.ts";

const at = "2026-05-01T00:00:00Z";
// Through the real schemas: only decisions a form could save.
function decide(values: Partial<DecisionValues>): Decisions {
  const d: Decisions = {};
  if (values.devices) d.devices = { value: DECISION_SCHEMAS.devices.parse(values.devices), decidedAt: at };
  if (values.accountsSso) d.accountsSso = { value: DECISION_SCHEMAS.accountsSso.parse(values.accountsSso), decidedAt: at };
  if (values.policies) d.policies = { value: DECISION_SCHEMAS.policies.parse(values.policies), decidedAt: at };
  return d;
}
const devices = (ownership: DevicesDecision["ownership"], abmPurchase: DevicesDecision["abmPurchase"], extra: Partial<DevicesDecision> = {}): DevicesDecision => ({
  ownership,
  abmPurchase,
  expectedMacs: 40,
  perUser: { mac: 1, iphone: 1, ipad: 0, other: 0 },
  ...extra,
});
const policies = (areas: readonly PolicyArea[], extra: Partial<PoliciesDecision> = {}): PoliciesDecision => ({ areas: [...areas], appsAndBooks: false, notes: "", ...extra });
const psso = (method: "secure-enclave" | "password" | "smart-card") => ({ sso: "platform-sso" as const, psso: method, localAccount: "standard" as const });
const esso = { sso: "enterprise-sso" as const, localAccount: "standard" as const };
const ALL_AREAS = policies(POLICY_AREAS);

const level = (id: ItemId, d: Decisions): ApplicabilityLevel => applicabilityOf(id, d).level;
const needs = (id: ItemId, d: Decisions) => applicabilityOf(id, d).requirements;

describe("nothing decided yet", () => {
  it.each([...SETUP_ITEM_IDS, ...POLICIES_ITEM_IDS].map((id) => [id] as const))("%s is never 'not needed' before the strategy", (id) => {
    expect(level(id, {})).not.toBe("not-needed");
    expect(applicabilityOf(id, {}).reason.length).toBeGreaterThan(10);
  });
});

describe("enrollment: ADE versus Company Portal", () => {
  const ade = decide({ devices: devices("corporate", "yes") });
  const noAbm = decide({ devices: devices("corporate", "no") });
  const planned = decide({ devices: devices("both", "planned") });
  const personal = decide({ devices: devices("personal", "no") });

  it.each<[string, Decisions, ApplicabilityLevel, ApplicabilityLevel]>([
    // name, decisions, ADE profile, corporate identifiers
    ["corporate Macs through ABM", ade, "required", "not-needed"],
    ["corporate Macs outside ABM", noAbm, "not-needed", "required"],
    ["ABM purchases planned", planned, "optional", "optional"],
    ["personal Macs only", personal, "not-needed", "not-needed"],
  ])("%s: ADE profile %s… corporate identifiers …", (_name, d, profile, identifiers) => {
    expect(level("ade-enrollment-profile", d)).toBe(profile);
    expect(level("corporate-identifiers", d)).toBe(identifiers);
  });

  it.each<[string, DevicesDecision, ApplicabilityLevel, RegExp]>([
    // The strategy's corporate-identifiers answer (Learn, corporate-identifiers-add) decides the set-up item.
    ["outside ABM, will register serials", devices("corporate", "no", { corporateIdentifiers: true }), "required", /You chose to register/],
    ["ABM planned, will register serials: the platform restriction relies on it", devices("corporate", "planned", { corporateIdentifiers: true }), "required", /You chose to register/],
    ["outside ABM, will not register serials", devices("corporate", "no", { corporateIdentifiers: false }), "optional", /enroll as personal, so personal macOS enrollment must stay allowed/],
    ["both, ABM planned, will not register serials", devices("both", "planned", { corporateIdentifiers: false }), "optional", /chose not to register/],
    ["all through ABM: a stale answer is ignored", devices("corporate", "yes", { corporateIdentifiers: false }), "not-needed", /ADE, which marks them corporate/],
  ])("corporate identifiers follow the strategy's answer: %s", (_name, value, expected, reason) => {
    const result = applicabilityOf("corporate-identifiers", decide({ devices: value }));
    expect(result.level).toBe(expected);
    expect(result.reason).toMatch(reason);
  });

  it("targets ADE Macs by enrollment profile name, others by a Mac filter or group", () => {
    expect(needs("mac-targeting", ade)).toEqual(["A macOS filter on the enrollment profile name"]);
    expect(needs("mac-targeting", noAbm)[0]).toMatch(/assignment filter \(or a group\)/);
  });

  it.each<[DevicesDecision["adeEnrollment"], readonly string[]]>([
    ["user-modern-auth", ["Enroll with user affinity", "Setup Assistant with modern authentication"]],
    ["user-legacy", ["Enroll with user affinity", "Setup Assistant (legacy) authentication"]],
    ["without-user", ["Enroll without user affinity"]],
  ])("the ADE profile carries the chosen enrollment (%s)", (mode, expected) => {
    const d = decide({ devices: devices("corporate", "yes", { adeEnrollment: mode }) });
    expect(needs("ade-enrollment-profile", d)).toEqual([DEFAULT_ADE_PROFILE, ...expected]);
  });

  it("Company Portal is a required app only with Setup Assistant with modern authentication", () => {
    const modern = decide({ devices: devices("corporate", "yes", { adeEnrollment: "user-modern-auth" }) });
    expect(needs("company-portal", modern)).toContain(COMPANY_PORTAL_REQUIRED_APP);
    expect(needs("company-portal", decide({ devices: devices("corporate", "yes", { adeEnrollment: "user-legacy" }) }))).not.toContain(COMPANY_PORTAL_REQUIRED_APP);
    expect(needs("company-portal", personal).join()).toMatch(/download it from Microsoft/);
    expect(level("company-portal", personal)).toBe("required");
  });

  it("ignores an ADE answer left over when no Mac enrolls through ADE", () => {
    const d = decide({ devices: devices("corporate", "no", { adeEnrollment: "user-modern-auth" }) });
    expect(rolloutChoices(d).adeEnrollment).toBeNull();
    expect(needs("company-portal", d)).not.toContain(COMPANY_PORTAL_REQUIRED_APP);
  });

  it("the pilot Mac enrolls the way the fleet will", () => {
    expect(needs("pilot-mac", ade)[0]).toMatch(/Automated Device Enrollment after an erase/);
    expect(needs("pilot-mac", noAbm)[0]).toMatch(/Company Portal/);
    expect(level("mdm-authority", personal)).toBe("required");
  });
});

describe("single sign-on", () => {
  it.each([
    ["secure-enclave", "Secure Enclave"],
    ["password", "Password"],
    ["smart-card", "Smart card"],
  ] as const)("Platform SSO with %s asks for that method, user groups and Entra join", (method, label) => {
    const d = decide({ devices: devices("corporate", "yes", { adeEnrollment: "user-modern-auth" }), accountsSso: psso(method) });
    expect(level("sso-policy", d)).toBe("required");
    expect(needs("sso-policy", d)).toEqual([`Platform SSO with the ${label} method`, PSSO_USER_GROUPS, "Exactly one SSO policy reaches each Mac"]);
    expect(needs("entra-device-registration", d)).toContain(ALLOW_ENTRA_JOIN);
    expect(needs("company-portal", d)).toContain(COMPANY_PORTAL_PSSO_VERSION);
  });

  it("the Enterprise SSO plug-in needs no Entra join and no Platform SSO settings", () => {
    const d = decide({ devices: devices("corporate", "no"), accountsSso: esso });
    expect(needs("sso-policy", d)[0]).toMatch(/Redirect type, without Platform SSO/);
    expect(needs("entra-device-registration", d)).not.toContain(ALLOW_ENTRA_JOIN);
    expect(needs("entra-device-registration", d)).toEqual(["Maximum number of devices per user of at least 2"]);
  });

  it("Platform SSO on Macs without user affinity does not ask for user groups", () => {
    const d = decide({ devices: devices("corporate", "yes", { adeEnrollment: "without-user" }), accountsSso: psso("secure-enclave") });
    expect(needs("sso-policy", d)).not.toContain(PSSO_USER_GROUPS);
  });

  it("is optional until the sign-in model is decided", () => {
    expect(level("sso-policy", decide({ devices: devices("corporate", "yes") }))).toBe("optional");
  });
});

describe("policy areas", () => {
  const AREA_OF: Record<string, PolicyArea> = {
    "compliance-policy": "compliance-ca",
    "conditional-access": "compliance-ca",
    filevault: "filevault",
    firewall: "firewall",
    gatekeeper: "gatekeeper",
    "software-updates": "os-updates",
    defender: "defender",
  };
  it.each(Object.entries(AREA_OF))("%s is required when %s is chosen and not needed otherwise", (id, area) => {
    const base = { devices: devices("corporate", "no") };
    expect(level(id as ItemId, decide({ ...base, policies: policies([area]) }))).toBe("required");
    expect(level(id as ItemId, decide({ ...base, policies: policies(POLICY_AREAS.filter((a) => a !== area)) }))).toBe("not-needed");
    expect(level(id as ItemId, decide(base))).toBe("optional");
  });

  it("compliance must not require a password when Platform SSO or LAPS is used", () => {
    const withPsso = decide({ devices: devices("corporate", "no"), accountsSso: psso("password"), policies: policies(["compliance-ca"]) });
    expect(needs("compliance-policy", withPsso)).toContain(NO_PASSWORD_IN_COMPLIANCE);
    const withLaps = decide({ devices: devices("corporate", "yes"), accountsSso: esso, policies: policies(["compliance-ca", "local-admin-password"]) });
    expect(needs("compliance-policy", withLaps)).toContain(NO_PASSWORD_IN_COMPLIANCE);
    const neither = decide({ devices: devices("corporate", "no"), accountsSso: esso, policies: policies(["compliance-ca", "filevault", "firewall"]) });
    expect(needs("compliance-policy", neither)).toEqual(["Assigned to the Mac users or devices", "Require encryption of data storage", "Require the firewall"]);
  });

  it("macOS LAPS needs ADE: required with it, not needed without it, optional while purchases are planned", () => {
    const areas = policies(["local-admin-password"]);
    expect(level("laps", decide({ devices: devices("corporate", "yes"), policies: areas }))).toBe("required");
    expect(level("laps", decide({ devices: devices("corporate", "no"), policies: areas }))).toBe("not-needed");
    expect(level("laps", decide({ devices: devices("personal", "no"), policies: areas }))).toBe("not-needed");
    expect(level("laps", decide({ devices: devices("both", "planned"), policies: areas }))).toBe("optional");
    expect(level("laps", decide({ devices: devices("corporate", "yes"), policies: policies([]) }))).toBe("not-needed");
    expect(needs("ade-enrollment-profile", decide({ devices: devices("corporate", "yes"), policies: areas })).join()).toMatch(/macOS LAPS/);
  });

  it("FileVault in Setup Assistant only with ADE, and then with Defer", () => {
    const setup = policies(["filevault"], { fileVaultTiming: "setup-assistant" });
    const ade = decide({ devices: devices("corporate", "yes"), policies: setup });
    expect(needs("filevault", ade)).toContain(FILEVAULT_AT_SETUP);
    expect(needs("ade-enrollment-profile", ade)).toContain("Await final configuration turned on");
    const noAde = decide({ devices: devices("corporate", "no"), policies: setup });
    expect(needs("filevault", noAde)).not.toContain(FILEVAULT_AT_SETUP);
    const after = decide({ devices: devices("corporate", "yes"), policies: policies(["filevault"], { fileVaultTiming: "after-setup" }) });
    expect(needs("filevault", after)).toEqual(["Personal recovery key escrowed to Intune"]);
  });

  it.each([
    [undefined, [NOT_ONLY_MDM_UPDATES, NOT_BOTH_UPDATE_TYPES]],
    ["latest", [NOT_ONLY_MDM_UPDATES, "Enforce the latest update after a delay", NOT_BOTH_UPDATE_TYPES]],
    ["targeted", [NOT_ONLY_MDM_UPDATES, "A target macOS version by a date", NOT_BOTH_UPDATE_TYPES]],
  ] as const)("software updates with approach %s", (approach, expected) => {
    const d = decide({ policies: policies(["os-updates"], approach ? { updateApproach: approach } : {}) });
    expect(needs("software-updates", d)).toEqual(expected);
  });

  it("every policy item applies with every area chosen and ADE", () => {
    const d = decide({ devices: devices("corporate", "yes"), accountsSso: psso("secure-enclave"), policies: ALL_AREAS });
    for (const id of POLICIES_ITEM_IDS) expect(level(id, d), id).toBe("required");
  });
});

describe("saved decisions without the new answers", () => {
  it("older saves parse and ask nothing extra", () => {
    expect(DECISION_SCHEMAS.devices.safeParse(devices("corporate", "yes")).success).toBe(true);
    expect(DECISION_SCHEMAS.policies.safeParse({ areas: ["filevault"], appsAndBooks: false, notes: "" }).success).toBe(true);
    const c = rolloutChoices(decide({ devices: devices("corporate", "yes"), policies: policies(["filevault", "os-updates"]) }));
    expect(c).toMatchObject({ adeEnrollment: null, updateApproach: null, fileVaultAtSetup: false });
  });

  it("rejects an answer that is not one of the options", () => {
    expect(DECISION_SCHEMAS.devices.safeParse({ ...devices("corporate", "yes"), adeEnrollment: "sometimes" }).success).toBe(false);
    expect(DECISION_SCHEMAS.policies.safeParse({ ...policies([]), updateApproach: "never" }).success).toBe(false);
  });
});
