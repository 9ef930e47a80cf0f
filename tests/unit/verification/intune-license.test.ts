import { describe, expect, it } from "vitest";
import type { Verdict } from "../../../src/domain/verification/types.ts";
import { check, res } from "./helpers.ts";

type Plan = [name: string, id: string, status: string];
const INTUNE_A: Plan = ["INTUNE_A", "c1ec4a95-1f05-45b3-a911-aa3fa01094f5", "Success"];
const INTUNE_EDU: Plan = ["INTUNE_EDU", "da24caf9-af8e-485c-b7c8-e73336da2693", "Success"];
const INTUNE_SMBIZ: Plan = ["INTUNE_SMBIZ", "8e9ff0ff-aa7a-4b20-83c1-2f636b600ac2", "Success"];
const INTUNE_O365: Plan = ["INTUNE_O365", "882e1d05-acd1-4ccb-8708-6ee03664b117", "Success"];
const with_ = (plan: Plan, status: string): Plan => [plan[0], plan[1], status];
/** Real plans carry name and id; these keep only the name, so matching by name alone is tested too. */
const byName = (plan: Plan): Plan => [plan[0], "00000000-0000-0000-0000-000000000000", plan[2]];

const sku = (part: string, capabilityStatus: string, enabled: number, consumedUnits: number, plans: readonly Plan[]) => ({
  skuPartNumber: part,
  capabilityStatus,
  consumedUnits,
  prepaidUnits: { enabled, warning: 0, suspended: 0, lockedOut: 0 },
  servicePlans: plans.map(([servicePlanName, servicePlanId, provisioningStatus]) => ({ servicePlanName, servicePlanId, provisioningStatus })),
});
const license = (skus: readonly object[]) => check("intune-license", [res("subscribedSkus", { value: skus })]);

describe("intune-license", () => {
  it.each<[string, object[], Verdict, RegExp]>([
    ["Enabled SKU with INTUNE_A and free seats", [sku("SPE_E3", "Enabled", 200, 180, [INTUNE_A, with_(INTUNE_O365, "PendingActivation")])], "ready", /owns Intune Plan 1 through SPE_E3, with 20 seat\(s\) free/],
    ["INTUNE_EDU counts", [sku("M365EDU_A3_FACULTY", "Enabled", 10, 1, [INTUNE_EDU])], "ready", /9 seat/],
    ["INTUNE_SMBIZ counts", [sku("SPB", "Enabled", 10, 9, [INTUNE_SMBIZ])], "ready", /1 seat/],
    ["INTUNE_A matched by name alone", [sku("A", "Enabled", 2, 1, [byName(INTUNE_A)])], "ready", /1 seat/],
    ["INTUNE_EDU matched by name alone", [sku("E", "Enabled", 2, 1, [byName(INTUNE_EDU)])], "ready", /1 seat/],
    ["INTUNE_SMBIZ matched by name alone", [sku("S", "Enabled", 2, 1, [byName(INTUNE_SMBIZ)])], "ready", /1 seat/],
    ["INTUNE_O365 by name alone does not count", [sku("O", "Enabled", 2, 1, [byName(INTUNE_O365)])], "not-ready", /Basic Mobility/],
    ["matched by service plan id when the name differs", [sku("X", "Enabled", 5, 0, [["SOMETHING", INTUNE_A[1], "Success"]])], "ready", /X/],
    ["seats summed across SKUs", [sku("A", "Enabled", 10, 10, [INTUNE_A]), sku("B", "Enabled", 3, 1, [INTUNE_A])], "ready", /2 seat/],
    ["no free seats", [sku("SPE_E3", "Enabled", 200, 200, [INTUNE_A])], "advisory", /no seats are free/],
    ["only in a Warning SKU", [sku("INTUNE_A", "Warning", 0, 25, [INTUNE_A])], "advisory", /grace period \(Warning\)/],
    ["plan still provisioning", [sku("SPE_E3", "Enabled", 10, 0, [with_(INTUNE_A, "PendingProvisioning")])], "advisory", /provisioned/],
    ["INTUNE_O365 only", [sku("O365_BUSINESS_PREMIUM", "Enabled", 50, 10, [INTUNE_O365])], "not-ready", /Basic Mobility and Security/],
    ["plan disabled in the SKU", [sku("SPE_E3", "Enabled", 10, 0, [with_(INTUNE_A, "Disabled")])], "not-ready", /No active subscription/],
    ["only in a Suspended SKU", [sku("SPE_E3", "Suspended", 10, 0, [INTUNE_A])], "not-ready", /No active subscription/],
    ["no SKUs at all", [], "not-ready", /No active subscription includes Intune Plan 1\.$/],
  ])("%s", (_, skus, verdict, reason) => {
    const result = license(skus);
    expect(result.verdict).toBe(verdict);
    expect(result.reason).toMatch(reason);
  });

  it("explains INTUNE_O365 in the details", () => {
    expect(license([sku("O365_BUSINESS_PREMIUM", "Enabled", 50, 10, [INTUNE_O365])]).details.join(" ")).toMatch(/O365_BUSINESS_PREMIUM carry only Basic Mobility/);
  });

  it("a body without a value list is an unexpected response", () => {
    expect(check("intune-license", [res("subscribedSkus", { skus: [] })])).toMatchObject({ verdict: "error", cause: "unexpected-response" });
  });
});
