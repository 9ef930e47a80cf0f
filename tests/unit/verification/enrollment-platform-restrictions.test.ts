/**
 * enrollment-platform-restrictions against the fixture corpus, for every device-strategy branch. Intune behaviour
 * pinned here: the default applies to everyone no higher-priority policy reaches; a custom policy assigned to all
 * users replaces it; a policy with no assignment or only exclusions applies to nobody (Learn,
 * create-device-platform-restrictions); a Mac is personal unless it enrolls through ADE or its serial number is a
 * corporate identifier (Learn, corporate-identifiers-add).
 */
import { describe, expect, it } from "vitest";
import type { Verdict } from "../../../src/domain/verification/types.ts";
import { fixture, type GraphFixture } from "../../fixtures/graph/load.ts";
import { check, devices } from "./helpers.ts";
import { STRATEGIES, STRATEGY_NAMES, type StrategyName } from "./strategies.ts";

const verdictOf = (response: GraphFixture, strategy: StrategyName) => check("enrollment-platform-restrictions", [response], STRATEGIES[strategy]);
const E = "enrollment-configurations/";

/** Personal Macs blocked for everyone: what each strategy makes of it. */
const PERSONAL_BLOCKED: Record<StrategyName, Verdict> = {
  undecided: "advisory",
  "corporate, all through ADE": "ready",
  "corporate, not bought through ABM": "not-ready",
  "corporate, ABM planned": "not-ready",
  "corporate, not through ABM, serials registered": "ready",
  "personal only": "not-ready",
  "corporate and personal": "not-ready",
};
const ALL = (verdict: Verdict) => Object.fromEntries(STRATEGY_NAMES.map((s) => [s, verdict])) as Record<StrategyName, Verdict>;

const TABLE: readonly [string, Record<StrategyName, Verdict>][] = [
  ["real-defaults", ALL("ready")],
  ["real-defaults-personal-blocked", PERSONAL_BLOCKED],
  ["real-mac-custom-all-users", PERSONAL_BLOCKED],
  ["real-legacy-custom-all-users", PERSONAL_BLOCKED],
  ["real-defaults-macos-blocked", ALL("not-ready")],
  ["real-mac-custom-group-allows", ALL("advisory")],
  ["real-mac-custom-group-blocks", ALL("advisory")],
  ["real-mac-custom-exclusion-only", ALL("ready")],
  ["real-defaults-legacy-mismatch", ALL("advisory")],
  ["v1-defaults", ALL("advisory")],
  ["documented-single-platform-ios", ALL("error")],
  ["documented-multi-platform", ALL("error")],
  ["real-403-missing-scope", ALL("error")],
];

describe("enrollment-platform-restrictions on the fixture corpus", () => {
  for (const [name, expected] of TABLE) {
    it.each(STRATEGY_NAMES)(`${name}, strategy %s`, (strategy) => {
      expect(verdictOf(fixture(`${E}${name}`), strategy).verdict).toBe(expected[strategy]);
    });
  }
});

describe("enrollment-platform-restrictions: what the verdict says", () => {
  it("personal blocked with ADE-only corporate Macs: ready, and says why it is fine", () => {
    const result = verdictOf(fixture(`${E}real-defaults-personal-blocked`), "corporate, all through ADE");
    expect(result.details.join(" ")).toMatch(/every corporate Mac enrolls through Automated Device Enrollment/);
    expect(result.details.join(" ")).not.toMatch(/recommended/);
  });

  it("corporate Macs outside ABM with personal blocked: not ready, because Intune treats them as personal", () => {
    const result = verdictOf(fixture(`${E}real-defaults-personal-blocked`), "corporate, not bought through ABM");
    expect(result.reason).toMatch(/Intune treats them as personal/);
    expect(result.details).toContain("Intune treats a Mac as personal unless it enrolls through Automated Device Enrollment or its serial number is registered as a corporate device identifier.");
  });

  it.each<[string, Parameters<typeof devices>[0], Verdict]>([
    // The devices form's corporate-identifiers answer, on the branches the STRATEGIES table does not hold.
    ["ABM planned, serials registered", { ownership: "corporate", abmPurchase: "planned", corporateIdentifiers: true }, "ready"],
    ["not through ABM, serials not to be registered", { ownership: "corporate", abmPurchase: "no", corporateIdentifiers: false }, "not-ready"],
    ["corporate and personal, serials registered: personal Macs are still in scope", { ownership: "both", abmPurchase: "no", corporateIdentifiers: true }, "not-ready"],
  ])("personal blocked, %s → %s", (_name, strategy, expected) => {
    const result = check("enrollment-platform-restrictions", [fixture(`${E}real-defaults-personal-blocked`)], devices(strategy));
    expect(result.verdict).toBe(expected);
    if (expected === "ready") expect(result.details.join(" ")).toMatch(/you confirmed your corporate Macs' serial numbers are registered/);
  });

  it("with no device decision, personal blocked is advisory and asks to decide", () => {
    expect(verdictOf(fixture(`${E}real-defaults-personal-blocked`), "undecided").reason).toMatch(/decide the device strategy/);
  });

  it("a custom policy assigned to all users governs everyone, whatever the default says", () => {
    const result = verdictOf(fixture(`${E}real-mac-custom-all-users`), "personal only");
    expect(result.reason).toMatch(/blocked by "macOS – corporate only" \(priority 1\), assigned to all users/);
    expect(result.details[0]).toMatch(/^"macOS – corporate only" \(priority 1\) governs every user: macOS allowed, personal Macs blocked\.$/);
  });

  it("an older multi-platform restriction that is not the default is a custom policy, not the default", () => {
    const result = verdictOf(fixture(`${E}real-legacy-custom-all-users`), "corporate and personal");
    expect(result.reason).toMatch(/"Legacy corporate only"/);
  });

  it("group-assigned policies govern their groups only, and the details say whom", () => {
    const result = verdictOf(fixture(`${E}real-mac-custom-group-allows`), "corporate, all through ADE");
    expect(result.reason).toMatch(/blocked by the default platform restriction and allowed only for the users reached by "Mac pilot"/);
    expect(result.details).toEqual(expect.arrayContaining([
      '"Mac pilot" (priority 1) governs users reached by 1 group: macOS allowed, personal Macs allowed.',
      'The default "All users and all devices" (priority 0) governs every other user: macOS blocked, personal Macs allowed.',
    ]));
  });

  it("an assignment filter narrows the group policy and is named", () => {
    expect(verdictOf(fixture(`${E}real-mac-custom-group-blocks`), "undecided").reason).toMatch(/"Kiosk users" \(priority 1\) \(1 group, narrowed by 1 assignment filter\)/);
  });

  it("an exclusion-only policy applies to nobody and says so", () => {
    const result = verdictOf(fixture(`${E}real-mac-custom-exclusion-only`), "personal only");
    expect(result.details).toContain('"Block Macs (excluded only)" (priority 1): only exclusions, applies to nobody.');
  });

  it("the other default configurations (Windows Hello, ESP, co-management, restore) are ignored", () => {
    const result = verdictOf(fixture(`${E}real-defaults`), "undecided");
    expect(result.details.join(" ")).not.toMatch(/Hello|completion|co-management|Restore/i);
  });

  it("v1.0 evidence is never ready: it cannot show per-platform policies", () => {
    const result = verdictOf(fixture(`${E}v1-defaults`), "corporate, all through ADE");
    expect(result.reason).toMatch(/^Read from v1\.0, per-platform policies not visible/);
    expect(result.details[0]).toMatch(/cannot show per-platform/);
  });

  it("a custom policy whose assignments were not read and that blocks Macs makes the answer unknown", () => {
    const defaults = fixture(`${E}real-defaults`);
    const documented = fixture(`${E}documented-multi-platform`);
    const merged = { ...defaults, body: { value: [...(defaults.body as { value: unknown[] }).value, ...(documented.body as { value: unknown[] }).value] } };
    const result = check("enrollment-platform-restrictions", [merged], STRATEGIES["corporate, all through ADE"]);
    expect(result.verdict).toBe("error");
    expect(result.reason).toMatch(/assignments of "Display Name value" \(priority 8\) were not in the response/);
  });

  it("the documented example holds no default: error, never ready", () => {
    expect(verdictOf(fixture(`${E}documented-single-platform-ios`), "undecided").reason).toMatch(/default platform restriction for macOS was not found/);
  });

  it("the real 403 names the missing permission", () => {
    const result = verdictOf(fixture(`${E}real-403-missing-scope`), "undecided");
    expect(result.cause).toBe("missing-scope");
    expect(result.reason).toMatch(/DeviceManagementServiceConfig\.Read\.All/);
  });

  it("the macOS and legacy Mac settings disagreeing is reported with both values", () => {
    const result = verdictOf(fixture(`${E}real-defaults-legacy-mismatch`), "corporate, all through ADE");
    expect(result.details.join(" ")).toMatch(/macOSRestriction: macOS allowed, personal Macs allowed; macRestriction \(legacy\): macOS allowed, personal Macs blocked/);
  });
});
