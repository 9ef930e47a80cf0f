import { describe, expect, it } from "vitest";
import { describeDecision, POLICY_AREA_LABELS } from "../../../src/domain/strategy/describe.ts";
import { DECISION_SCHEMAS, POLICY_AREAS, type DevicesDecision } from "../../../src/domain/strategy/schema.ts";

const devices = (over: Partial<DevicesDecision>): DevicesDecision =>
  DECISION_SCHEMAS.devices.parse({
    ownership: "both",
    abmPurchase: "yes",
    expectedMacs: 250,
    perUser: { mac: 1, iphone: 1, ipad: 0, other: 0 },
    ...over,
  });

const valueOf = (lines: readonly { label: string; value: string }[], label: string) => lines.find((l) => l.label === label)?.value;

describe("describeDecision: devices", () => {
  it("writes every answer as a labelled line", () => {
    expect(describeDecision("devices", devices({}))).toEqual([
      { label: "Which Macs", value: "Corporate and personal" },
      { label: "Bought through Apple Business Manager", value: "Yes" },
      { label: "Expected Macs", value: "250" },
      { label: "Devices per user", value: "1 Mac, 1 iPhone, 0 iPad, 0 other (2 in total)" },
    ]);
  });

  it.each([
    { ownership: "corporate", abmPurchase: "planned", which: "Corporate only", abm: "Planned" },
    { ownership: "personal", abmPurchase: "no", which: "Personal only (bring your own Mac)", abm: "No" },
  ] as const)("$ownership / $abmPurchase", ({ ownership, abmPurchase, which, abm }) => {
    const lines = describeDecision("devices", devices({ ownership, abmPurchase }));
    expect(valueOf(lines, "Which Macs")).toBe(which);
    expect(valueOf(lines, "Bought through Apple Business Manager")).toBe(abm);
  });

  it.each([
    { perUser: { mac: 2, iphone: 3, ipad: 2, other: 1 }, text: "2 Macs, 3 iPhones, 2 iPads, 1 other (8 in total)" },
    { perUser: { mac: 1, iphone: 0, ipad: 1, other: 4 }, text: "1 Mac, 0 iPhone, 1 iPad, 4 other (6 in total)" },
  ])("devices per user $text", ({ perUser, text }) => {
    expect(valueOf(describeDecision("devices", devices({ perUser })), "Devices per user")).toBe(text);
  });

  it.each([
    { over: { ownership: "corporate", abmPurchase: "no", corporateIdentifiers: true }, text: "Yes" },
    { over: { ownership: "both", abmPurchase: "planned", corporateIdentifiers: false }, text: "No" },
    { over: { ownership: "corporate", abmPurchase: "no" }, text: undefined },
    // Not asked when every corporate Mac comes through ABM, or none is in scope: a stale answer is not shown.
    { over: { ownership: "corporate", abmPurchase: "yes", corporateIdentifiers: true }, text: undefined },
    { over: { ownership: "personal", abmPurchase: "no", corporateIdentifiers: false }, text: undefined },
  ] as const)("corporate identifiers line: $text for $over.ownership / $over.abmPurchase", ({ over, text }) => {
    expect(valueOf(describeDecision("devices", devices(over)), "Serial numbers registered as corporate identifiers")).toBe(text);
  });

  it("groups thousands in the expected number of Macs", () => {
    expect(valueOf(describeDecision("devices", devices({ expectedMacs: 12500 })), "Expected Macs")).toBe("12,500");
  });
});

describe("describeDecision: identities", () => {
  it.each([
    { appleId: "none", text: "No Apple ID" },
    { appleId: "personal", text: "Personal Apple IDs" },
    { appleId: "managed", text: "Managed Apple Accounts" },
  ] as const)("$appleId → $text", ({ appleId, text }) => {
    expect(describeDecision("identities", { appleId })).toEqual([{ label: "Apple IDs", value: text }]);
  });
});

describe("describeDecision: accounts and SSO", () => {
  it.each([
    { value: { sso: "platform-sso", psso: "secure-enclave", localAccount: "standard" }, sso: "Platform SSO (Secure Enclave key)", local: "Standard user" },
    { value: { sso: "platform-sso", psso: "smart-card", localAccount: "admin" }, sso: "Platform SSO (Smart card)", local: "Administrator" },
    { value: { sso: "platform-sso", psso: "password", localAccount: "standard" }, sso: "Platform SSO (Password)", local: "Standard user" },
    { value: { sso: "enterprise-sso", localAccount: "standard" }, sso: "Enterprise SSO plug-in", local: "Standard user" },
    // A Platform SSO method left from an earlier choice is not shown once the plug-in is chosen.
    { value: { sso: "enterprise-sso", psso: "password", localAccount: "admin" }, sso: "Enterprise SSO plug-in", local: "Administrator" },
  ] as const)("$sso, $local", ({ value, sso, local }) => {
    expect(describeDecision("accountsSso", DECISION_SCHEMAS.accountsSso.parse(value))).toEqual([
      { label: "Single sign-on", value: sso },
      { label: "Local account", value: local },
    ]);
  });
});

describe("describeDecision: policies", () => {
  it("lists areas with their names, Apps and Books and notes", () => {
    expect(
      describeDecision("policies", { areas: ["filevault", "os-updates", "local-admin-password"], appsAndBooks: true, notes: "  Pilot with IT first.\n" }),
    ).toEqual([
      { label: "Policy areas", value: "FileVault disk encryption, macOS updates, Local admin password (LAPS)" },
      { label: "App Store apps through Apps and Books", value: "Yes" },
      { label: "Notes", value: "Pilot with IT first." },
    ]);
  });

  it("says when no area is chosen and drops empty notes", () => {
    expect(describeDecision("policies", { areas: [], appsAndBooks: false, notes: "   " })).toEqual([
      { label: "Policy areas", value: "None chosen" },
      { label: "App Store apps through Apps and Books", value: "No" },
    ]);
  });

  it("names every policy area without repeating the raw id", () => {
    const value = describeDecision("policies", { areas: [...POLICY_AREAS], appsAndBooks: false, notes: "" });
    const areas = valueOf(value, "Policy areas")?.split(", ") ?? [];
    expect(areas).toEqual(POLICY_AREAS.map((a) => POLICY_AREA_LABELS[a]));
    expect(new Set(areas).size).toBe(POLICY_AREAS.length);
    for (const id of POLICY_AREAS.filter((a) => a.includes("-"))) expect(areas).not.toContain(id);
  });
});
