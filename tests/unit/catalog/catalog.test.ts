import { describe, expect, it } from "vitest";
import { CATALOG_ITEMS, CATALOG_STEPS, catalogItem, catalogStep, itemsOfStep } from "../../../src/domain/catalog/catalog.ts";
import { CHECKLIST_STEP_IDS, ITEM_IDS, STEP_ITEMS, stepOfItem } from "../../../src/domain/catalog/ids.ts";
import type { ChecklistStepId, ItemId } from "../../../src/domain/catalog/ids.ts";
import type { CatalogItem, Verification } from "../../../src/domain/catalog/types.ts";

const items: readonly CatalogItem[] = CATALOG_ITEMS;
const textOf = (item: CatalogItem) => [item.title, item.why, ...item.how].join("\n");
const byStep = (step: ChecklistStepId) => items.filter((item) => item.step === step).map((item) => [item.id, item] as const);

describe("catalog shape", () => {
  it("has one item per id, in the order of ITEM_IDS", () => {
    expect(items).toHaveLength(32);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    expect(items.map((item) => item.id)).toEqual(ITEM_IDS);
  });

  it("has the five steps in checklist order, each with an intro and at least one item", () => {
    expect(CATALOG_STEPS.map((step) => step.id)).toEqual(CHECKLIST_STEP_IDS);
    for (const step of CATALOG_STEPS) {
      expect(step.title.trim()).not.toBe("");
      expect(step.intro.trim()).not.toBe("");
      expect(itemsOfStep(step.id).length).toBeGreaterThan(0);
    }
  });

  it.each(items.map((item) => [item.id, item] as const))("%s belongs to the step its id belongs to", (id, item) => {
    expect(item.step).toBe(stepOfItem(id));
  });

  it.each(items.map((item) => [item.id, item] as const))("%s has a title, a why and 3-6 non-empty how steps", (_id, item) => {
    expect(item.title.trim()).not.toBe("");
    expect(item.why.trim().length).toBeGreaterThan(20);
    expect(item.how.length).toBeGreaterThanOrEqual(3);
    expect(item.how.length).toBeLessThanOrEqual(6);
    for (const step of item.how) expect(step.trim().length).toBeGreaterThan(10);
  });

  it.each(items.map((item) => [item.id, item] as const))("%s links to a Microsoft Learn page over https", (_id, item) => {
    const url = new URL(item.learnUrl);
    expect(url.protocol).toBe("https:");
    expect(url.hostname).toBe("learn.microsoft.com");
    expect(item.learnTitle.trim()).not.toBe("");
  });

  // One Learn URL style: https://learn.microsoft.com/<product>/…, no locale (Learn picks the reader's language), no old
  // /mem/ paths, no query or fragment; Intune's own pages under /intune/, Entra and Defender pages under theirs.
  it.each(items.map((item) => [item.id, item] as const))("%s uses the one Learn URL style", (_id, item) => {
    expect(item.learnUrl).toMatch(/^https:\/\/learn\.microsoft\.com\/(intune|entra|defender-endpoint)\/[a-z0-9-]+(\/[a-z0-9-]+)*$/);
    expect(item.learnUrl).not.toMatch(/\/[a-z]{2}-[a-z]{2}\//i);
  });

  it.each(items.map((item) => [item.id, item] as const))("%s is plain text (no HTML or markdown)", (_id, item) => {
    const text = [textOf(item), item.adminCenterPath, item.learnTitle].join("\n");
    expect(text).not.toMatch(/<[a-z/]|\*\*|`|\]\(/i);
  });

  it.each(items.map((item) => [item.id, item] as const))("%s has a realistic whole-minute effort", (_id, item) => {
    expect(Number.isInteger(item.effortMinutes)).toBe(true);
    expect(item.effortMinutes).toBeGreaterThan(0);
    expect(item.effortMinutes).toBeLessThanOrEqual(8 * 60);
  });
});

describe("portal paths", () => {
  // The Intune admin center groups enrollment under Devices › Device onboarding › Enrollment.
  it.each(byStep("tenant").filter(([, item]) => item.adminCenterPath.includes("Enrollment")))("%s uses today's Intune navigation", (_id, item) => {
    expect(item.adminCenterPath).toMatch(/^Devices › Device onboarding › Enrollment › /);
  });

  it("points MDM user scope at the Entra admin center, where the setting lives", () => {
    expect(catalogItem("mdm-user-scope")).toMatchObject({ portal: "Microsoft Entra admin center", adminCenterPath: "Entra ID › Mobility (MDM and WIP) › Microsoft Intune" });
  });

  it("uses Apple's current name, Managed Apple Account, in every item", () => {
    for (const item of items) expect(textOf(item).replace("(Apple's new name for Managed Apple IDs)", "")).not.toMatch(/Managed Apple ID/);
  });

  it.each([...byStep("tenant"), ...byStep("setup"), ...byStep("policies")])("%s names its portal and a › click path", (_id, item) => {
    expect(item.portal).not.toBe("none");
    expect(item.adminCenterPath.trim()).not.toBe("");
    expect(item.adminCenterPath).toContain(" › ");
    expect(item.adminCenterPath).not.toContain(">");
  });

  it.each([...byStep("organization"), ...byStep("strategy")])("%s has no portal path", (_id, item) => {
    expect(item.portal).toBe("none");
    expect(item.adminCenterPath).toBe("");
  });
});

describe("verification matches the step", () => {
  const expected = {
    "security-approval": { kind: "manual" },
    "project-goals": { kind: "manual" },
    "project-plan": { kind: "manual" },
    "budget-sponsors": { kind: "manual" },
    "strategy-devices": { kind: "decision", decision: "devices" },
    "strategy-identities": { kind: "decision", decision: "identities" },
    "strategy-accounts-sso": { kind: "decision", decision: "accountsSso" },
    "strategy-policies": { kind: "decision", decision: "policies" },
    "mdm-user-scope": { kind: "graph", check: "mdm-user-scope" },
    "intune-admin-role": { kind: "graph", check: "intune-admin-role" },
    "intune-license": { kind: "graph", check: "intune-license" },
    "enrollment-device-limit": { kind: "graph", check: "enrollment-device-limit" },
    "enrollment-platform-restrictions": { kind: "graph", check: "enrollment-platform-restrictions" },
    "apns-certificate": { kind: "graph", check: "apns-certificate" },
    "ade-token": { kind: "graph", check: "ade-token" },
    "vpp-token": { kind: "graph", check: "vpp-token" },
    ...Object.fromEntries([...STEP_ITEMS.setup, ...STEP_ITEMS.policies].map((id) => [id, { kind: "graph", check: id }])),
  } as Record<ItemId, Verification>;
  const kindOfStep: Record<ChecklistStepId, Verification["kind"]> = {
    organization: "manual",
    strategy: "decision",
    tenant: "graph",
    setup: "graph",
    policies: "graph",
  };

  it.each(items.map((item) => [item.id, item] as const))("%s", (id, item) => {
    expect(item.verification).toEqual(expected[id]);
    expect(item.verification.kind).toBe(kindOfStep[item.step]);
  });
});

describe("facts an admin must not miss", () => {
  const text = (id: ItemId) => textOf(catalogItem(id));

  it.each([
    ["apns-certificate", /renew/i],
    ["apns-certificate", /same Apple Account/i],
    ["apns-certificate", /17\.0\.0\.0\/8/],
    ["apns-certificate", /2197 and 5223/],
    ["apns-certificate", /TLS \(SSL\) inspection/],
    ["security-approval", /TLS \(SSL\) inspection/],
    ["project-plan", /not in the Mac App Store/],
    ["strategy-accounts-sso", /not in the Mac App Store/],
    ["apns-certificate", /re-enroll/i],
    ["apns-certificate", /shared mailbox/i],
    ["apns-certificate", /one year|every year/i],
    ["ade-token", /Apple Business Manager/],
    ["ade-token", /every year/i],
    ["ade-token", /default/i],
    ["vpp-token", /Apple Business Manager/],
    ["vpp-token", /password/i],
    ["vpp-token", /every year/i],
    ["strategy-accounts-sso", /macOS 13\b/],
    ["strategy-accounts-sso", /5\.2404\.0/],
    ["strategy-identities", /Managed Apple Accounts require Apple Business Manager/],
    ["vpp-token", /password of the account that downloaded it/],
    ["mdm-user-scope", /Windows automatic enrollment/],
    ["enrollment-device-limit", /all of a user's enrolled devices/],
    ["intune-license", /Intune Plan 1/],
  ] as const)("%s mentions %s", (id, pattern) => {
    expect(text(id)).toMatch(pattern);
  });
});

describe("lookups", () => {
  it.each(ITEM_IDS.map((id) => [id] as const))("catalogItem(%s) returns that item", (id) => {
    expect(catalogItem(id).id).toBe(id);
  });

  it("catalogItem throws for an id that is not in the catalog", () => {
    expect(() => catalogItem("not-an-item" as ItemId)).toThrow(/not-an-item/);
  });

  it.each(CHECKLIST_STEP_IDS.map((step) => [step] as const))("itemsOfStep(%s) lists exactly that step's items in order", (step) => {
    expect(itemsOfStep(step).map((item) => item.id)).toEqual(ITEM_IDS.filter((id) => stepOfItem(id) === step));
  });

  it("itemsOfStep partitions the catalog", () => {
    expect(CHECKLIST_STEP_IDS.flatMap((step) => itemsOfStep(step))).toEqual(items);
  });

  it.each(CHECKLIST_STEP_IDS.map((step) => [step] as const))("catalogStep(%s) returns that step", (step) => {
    expect(catalogStep(step).id).toBe(step);
  });

  it("catalogStep throws for a step that does not exist", () => {
    expect(() => catalogStep("nope" as ChecklistStepId)).toThrow(/nope/);
  });
});
