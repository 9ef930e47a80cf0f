import { describe, expect, it } from "vitest";
import { NOTHING_CHANGED, describeTailoring } from "../../../src/domain/rules/tailoring.ts";
import { existingIosChange, existingIosNote } from "../../../src/domain/rules/existing-ios.ts";
import { DECISION_SCHEMAS, type Decisions, type DevicesDecision } from "../../../src/domain/strategy/schema.ts";

const at = "2026-05-01T00:00:00.000Z";
const devices = (value: Partial<DevicesDecision>): Decisions["devices"] => ({
  value: DECISION_SCHEMAS.devices.parse({ ownership: "corporate", abmPurchase: "yes", expectedMacs: 60, perUser: { mac: 1, iphone: 0, ipad: 0, other: 0 }, ...value }),
  decidedAt: at,
});
const policies = (appsAndBooks: boolean): Decisions["policies"] => ({ value: { areas: [], appsAndBooks, notes: "" }, decidedAt: at });
const sso = (value: "platform-sso" | "enterprise-sso"): Decisions["accountsSso"] => ({
  value: value === "platform-sso" ? { sso: value, psso: "secure-enclave", localAccount: "standard" } : { sso: value, localAccount: "standard" },
  decidedAt: at,
});

describe("describeTailoring", () => {
  const cases: { name: string; before: Decisions; after: Decisions; expected: string }[] = [
    {
      name: "first device decision: corporate Macs through ABM, one Mac and one iPhone each",
      before: {},
      after: { devices: devices({ perUser: { mac: 1, iphone: 1, ipad: 0, other: 0 } }) },
      expected: "Corporate identifiers no longer needed; ADE token and ADE enrollment profile now required; device limit at least 2; platform restriction now needs Blocking personal macOS enrollment is recommended.",
    },
    {
      name: "switching to personal Macs only, with no Apps and Books",
      before: { devices: devices({}), policies: policies(true) },
      after: { devices: devices({ ownership: "personal", abmPurchase: "no", perUser: { mac: 1, iphone: 1, ipad: 0, other: 0 } }), policies: policies(false) },
      expected:
        "ADE token, Apps and Books token and ADE enrollment profile no longer needed; device limit at least 2; platform restriction now needs Allow personal macOS enrollment; platform restriction no longer needs Blocking personal macOS enrollment is recommended.",
    },
    {
      name: "ABM purchases only planned",
      before: { devices: devices({}) },
      after: { devices: devices({ abmPurchase: "planned" }) },
      // Corporate Macs outside ADE enroll as personal unless their serials are corporate identifiers (issue 9 §1).
      expected:
        "ADE token, corporate identifiers and ADE enrollment profile now optional; platform restriction now needs Allow personal macOS enrollment until corporate Macs' serial numbers are registered as corporate identifiers; platform restriction no longer needs Blocking personal macOS enrollment is recommended.",
    },
    {
      name: "confirming corporate identifiers for corporate Macs bought outside ABM",
      before: { devices: devices({ abmPurchase: "no" }) },
      after: { devices: devices({ abmPurchase: "no", corporateIdentifiers: true }) },
      expected:
        "Platform restriction now needs Personal macOS enrollment may be blocked: serial numbers are registered as corporate identifiers; platform restriction no longer needs Allow personal macOS enrollment until corporate Macs' serial numbers are registered as corporate identifiers.",
    },
    {
      name: "confirming corporate identifiers while ABM purchases are planned",
      before: { devices: devices({ abmPurchase: "planned" }) },
      after: { devices: devices({ abmPurchase: "planned", corporateIdentifiers: true }) },
      expected:
        "Corporate identifiers now required; platform restriction now needs Personal macOS enrollment may be blocked: serial numbers are registered as corporate identifiers; platform restriction no longer needs Allow personal macOS enrollment until corporate Macs' serial numbers are registered as corporate identifiers.",
    },
    {
      name: "Platform SSO instead of the Enterprise SSO plug-in",
      before: { accountsSso: sso("enterprise-sso") },
      after: { accountsSso: sso("platform-sso") },
      expected:
        "Single sign-on decision now needs macOS 13 Ventura or later, Company Portal 5.2404.0 or later and Users allowed to join devices to Microsoft Entra; single sign-on decision no longer needs Company Portal installed on the Mac (it delivers the Enterprise SSO plug-in).",
    },
    {
      name: "saving the same decision again",
      before: { devices: devices({}) },
      after: { devices: devices({}) },
      expected: NOTHING_CHANGED,
    },
    {
      name: "only the fleet size changes",
      before: { devices: devices({}) },
      after: { devices: devices({ expectedMacs: 61 }) },
      expected: NOTHING_CHANGED,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(describeTailoring(c.before, c.after)).toBe(c.expected);
    });
  }
});

describe("already managing iPhones and iPads", () => {
  it("adds notes to the APNs, device limit and Apple token items only when switched on", () => {
    expect(existingIosNote("apns-certificate", true)?.note).toMatch(/do not create a new one/);
    expect(existingIosNote("apns-certificate", true)?.how?.length).toBeGreaterThan(0);
    expect(existingIosNote("enrollment-device-limit", true)?.note).toMatch(/count toward/);
    expect(existingIosNote("ade-token", true)?.note).toMatch(/may already be connected/);
    expect(existingIosNote("apns-certificate", false)).toBeNull();
    expect(existingIosNote("apns-certificate", undefined)).toBeNull();
    expect(existingIosNote("security-approval", true)).toBeNull();
  });

  it("says what the switch did either way", () => {
    expect(existingIosChange(true)).toMatch(/verify the existing one/);
    expect(existingIosChange(false)).toMatch(/full steps/);
  });
});
