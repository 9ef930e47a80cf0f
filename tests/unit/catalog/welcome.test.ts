import { describe, expect, it } from "vitest";
import { CATALOG_ITEMS, catalogItem, itemsOfStep } from "../../../src/domain/catalog/catalog.ts";
import { CHECKLIST_STEP_IDS } from "../../../src/domain/catalog/ids.ts";
import { WHAT_YOU_NEED, estimateMinutes } from "../../../src/domain/catalog/welcome.ts";
import type { CatalogItem } from "../../../src/domain/catalog/types.ts";

const withEffort = (item: CatalogItem, effortMinutes: number): CatalogItem => ({ ...item, effortMinutes });

describe("estimateMinutes", () => {
  it.each([
    ["no items", [], 0],
    ["one item", [7], 7],
    ["several items", [5, 10, 45], 60],
  ] as const)("sums %s", (_label, efforts, total) => {
    const base = catalogItem("project-plan");
    expect(estimateMinutes(efforts.map((minutes) => withEffort(base, minutes)))).toBe(total);
  });

  it("is the sum of the per-step estimates for the whole catalog", () => {
    const perStep = CHECKLIST_STEP_IDS.map((step) => estimateMinutes(itemsOfStep(step)));
    expect(estimateMinutes(CATALOG_ITEMS)).toBe(perStep.reduce((a, b) => a + b, 0));
    expect(perStep.every((minutes) => minutes > 0)).toBe(true);
  });

  it("does not mutate its input", () => {
    const input = [withEffort(catalogItem("ade-token"), 3)];
    const snapshot = structuredClone(input);
    estimateMinutes(input);
    expect(input).toEqual(snapshot);
  });
});

describe("WHAT_YOU_NEED", () => {
  it("asks for Apple Business Manager only for ADE, Apps and Books or Managed Apple Accounts", () => {
    const abm = WHAT_YOU_NEED.find((entry) => entry.title.includes("Apple Business Manager"));
    expect(abm?.title).toMatch(/if you use it/);
    expect(abm?.detail).toMatch(/only for automated device enrollment \(ADE\), Apps and Books or Managed Apple Accounts/);
  });

  it("lists distinct, filled-in entries", () => {
    expect(WHAT_YOU_NEED.length).toBeGreaterThanOrEqual(4);
    expect(new Set(WHAT_YOU_NEED.map((entry) => entry.title)).size).toBe(WHAT_YOU_NEED.length);
    for (const entry of WHAT_YOU_NEED) {
      expect(entry.title.trim()).not.toBe("");
      expect(entry.detail.trim()).not.toBe("");
    }
  });

  it.each([
    ["the admin role", /Intune Administrator/],
    ["a shared Apple Account for APNs", /shared mailbox/],
    ["Apple Business Manager access", /Apple Business Manager/],
    ["a security decision maker", /security officer/i],
    ["licences", /Intune Plan 1/],
    ["Apple's push network requirements", /TCP 443, 2197 and 5223 to 17\.0\.0\.0\/8/],
    ["Company Portal outside the Mac App Store", /not in the Mac App Store/],
  ] as const)("covers %s", (_label, pattern) => {
    expect(WHAT_YOU_NEED.map((entry) => `${entry.title} ${entry.detail}`).join("\n")).toMatch(pattern);
  });
});
