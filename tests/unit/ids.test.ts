import { describe, expect, it } from "vitest";
import { ITEM_IDS, stepOfItem, isItemId } from "../../src/domain/catalog/ids.ts";

describe("item ids", () => {
  it("are unique and 32 in total", () => {
    expect(new Set(ITEM_IDS).size).toBe(32);
  });
  it("map back to their step", () => {
    expect(stepOfItem("apns-certificate")).toBe("tenant");
    expect(stepOfItem("project-plan")).toBe("organization");
    expect(stepOfItem("pilot-mac")).toBe("setup");
    expect(stepOfItem("laps")).toBe("policies");
    expect(isItemId("nope")).toBe(false);
  });
});
