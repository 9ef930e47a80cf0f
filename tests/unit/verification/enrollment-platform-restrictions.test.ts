import { describe, expect, it } from "vitest";
import type { Decisions } from "../../../src/domain/strategy/schema.ts";
import type { Verdict } from "../../../src/domain/verification/types.ts";
import { check, devices, res } from "./helpers.ts";

type Mac = { platformBlocked: boolean; personalDeviceEnrollmentBlocked: boolean };
const ALLOW: Mac = { platformBlocked: false, personalDeviceEnrollmentBlocked: false };
const CORPORATE_ONLY: Mac = { platformBlocked: false, personalDeviceEnrollmentBlocked: true };
const BLOCK: Mac = { platformBlocked: true, personalDeviceEnrollmentBlocked: false };

/** Model A: the legacy combined default (v1.0 has only macOSRestriction). */
const legacyDefault = (macOS: Mac | null, mac: Mac | null = macOS) => ({
  "@odata.type": "#microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration",
  id: "11111111-2222-3333-4444-555555555555_DefaultPlatformRestrictions",
  displayName: "All users and all devices",
  priority: 0,
  deviceEnrollmentConfigurationType: "platformRestrictions",
  macOSRestriction: macOS && { ...macOS, osMinimumVersion: null, osMaximumVersion: null },
  ...(mac === undefined ? {} : { macRestriction: mac && { ...mac, osMinimumVersion: null, osMaximumVersion: null } }),
  assignments: [],
});
/** Model B: beta per-platform policy. */
const macPolicy = (name: string, r: Mac, assigned = true) => ({
  "@odata.type": "#microsoft.graph.deviceEnrollmentPlatformRestrictionConfiguration",
  id: `${name}-id`,
  displayName: name,
  priority: 1,
  deviceEnrollmentConfigurationType: "singlePlatformRestriction",
  platformType: "mac",
  platformRestriction: { ...r, osMinimumVersion: null, osMaximumVersion: null },
  assignments: assigned ? [{ id: "a", target: { groupId: "g" } }] : [],
});

const corporate = devices({ ownership: "corporate" });
const personal = devices({ ownership: "both" });
const restrictions = (items: readonly object[], decisions: Decisions) =>
  check("enrollment-platform-restrictions", [res("enrollmentConfigurations", { value: items })], decisions);

describe("enrollment-platform-restrictions", () => {
  it.each<[string, object[], Decisions, Verdict, RegExp]>([
    ["legacy default allows everything", [legacyDefault(ALLOW)], personal, "ready", /allowed by the default/],
    ["macOS blocked by default, no custom policy", [legacyDefault(BLOCK)], corporate, "not-ready", /blocked in the default/],
    ["macOS blocked by default, an unassigned custom policy allows it", [legacyDefault(BLOCK), macPolicy("Mac pilot", ALLOW, false)], corporate, "not-ready", /no assigned macOS restriction allows it/],
    ["macOS blocked by default, an assigned custom mac policy allows it", [legacyDefault(BLOCK), macPolicy("Mac pilot", ALLOW)], corporate, "advisory", /allowed only for the groups of "Mac pilot"/],
    ["personal blocked while personal Macs are in scope", [legacyDefault(CORPORATE_ONLY)], personal, "not-ready", /Personal Macs are in your strategy/],
    ["personal blocked by default, allowed for some groups", [legacyDefault(CORPORATE_ONLY), macPolicy("BYOD", ALLOW)], personal, "advisory", /allowed only for the groups of "BYOD"/],
    ["personal blocked for a corporate-only strategy (recommended)", [legacyDefault(CORPORATE_ONLY)], corporate, "ready", /allowed by the default/],
    ["a custom mac policy blocks macOS for some groups", [legacyDefault(ALLOW), macPolicy("Kiosk users", BLOCK)], corporate, "advisory", /blocked for the groups of "Kiosk users"/],
    ["a custom mac policy blocks personal Macs for some groups while BYOD is in scope", [legacyDefault(ALLOW), macPolicy("Contractors", CORPORATE_ONLY)], personal, "advisory", /"Contractors"/],
    ["macRestriction disagrees with macOSRestriction", [legacyDefault(ALLOW, CORPORATE_ONLY)], corporate, "advisory", /disagree/],
    ["v1.0 shape: macOSRestriction only", [legacyDefault(ALLOW, null)], corporate, "ready", /allowed/],
    ["only the legacy macRestriction present", [legacyDefault(null, BLOCK)], corporate, "not-ready", /blocked/],
  ])("%s", (_, items, decisions, verdict, reason) => {
    const result = restrictions(items, decisions);
    expect(result.verdict).toBe(verdict);
    expect(result.reason).toMatch(reason);
  });

  it("notes that personal-blocked is the recommended setting for a corporate-only strategy", () => {
    expect(restrictions([legacyDefault(CORPORATE_ONLY)], corporate).details.join(" ")).toMatch(/recommended setting for a corporate-only strategy/);
  });

  it("default not found → error", () => {
    expect(restrictions([macPolicy("Mac pilot", ALLOW)], corporate)).toMatchObject({ verdict: "error", cause: "unexpected-response" });
  });

  it("the v1.0 collection is accepted in place of beta", () => {
    const result = check("enrollment-platform-restrictions", [{ request: "GET /v1.0/deviceManagement/deviceEnrollmentConfigurations", status: 200, body: { value: [legacyDefault(BLOCK, null)] } }], corporate);
    expect(result.verdict).toBe("not-ready");
  });
});
