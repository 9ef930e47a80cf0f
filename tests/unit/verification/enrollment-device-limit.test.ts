import { describe, expect, it } from "vitest";
import type { Verdict } from "../../../src/domain/verification/types.ts";
import { check, devices, res } from "./helpers.ts";

const TENANT = "11111111-2222-3333-4444-555555555555";
const limitPolicy = (id: string, limit: number, extra: Record<string, unknown> = {}) => ({
  "@odata.type": "#microsoft.graph.deviceEnrollmentLimitConfiguration",
  id,
  displayName: id.endsWith("_DefaultLimit") ? "All users and all devices" : "Custom",
  priority: id.endsWith("_DefaultLimit") ? 0 : 1,
  deviceEnrollmentConfigurationType: "limit",
  limit,
  assignments: [],
  ...extra,
});
const defaultLimit = (limit: number) => limitPolicy(`${TENANT}_DefaultLimit`, limit);
const perUser = (n: number) => devices({ perUser: { mac: 1, iphone: n - 1, ipad: 0, other: 0 } });
const deviceLimit = (items: readonly object[], decisions = perUser(3)) =>
  check("enrollment-device-limit", [res("enrollmentConfigurations", { value: items })], decisions);

describe("enrollment-device-limit", () => {
  it.each<[string, number, number, Verdict]>([
    ["limit above the devices per user", 5, 3, "ready"],
    ["limit exactly the devices per user", 3, 3, "ready"],
    ["limit one below", 2, 3, "advisory"],
    ["limit 1 for a Mac-only user", 1, 1, "ready"],
    ["15 (Intune's maximum) below 16 planned", 15, 16, "advisory"],
  ])("%s (limit %i, need %i)", (_, limit, need, verdict) => {
    expect(deviceLimit([defaultLimit(limit)], perUser(need)).verdict).toBe(verdict);
  });

  it("without a devices decision: ready with a note to set devices per user", () => {
    const result = deviceLimit([defaultLimit(1)], {});
    expect(result.verdict).toBe("ready");
    expect(result.details.join(" ")).toMatch(/set your devices per user in the strategy step/i);
  });

  it("finds the default by id suffix even though its type says limit, not defaultLimit", () => {
    const result = deviceLimit([limitPolicy("custom-1", 10), defaultLimit(2)]);
    expect(result.verdict).toBe("advisory");
    expect(result.reason).toMatch(/default device limit is 2/);
  });

  it("default not found → error", () => {
    const result = deviceLimit([limitPolicy("custom-1", 10)]);
    expect(result).toMatchObject({ verdict: "error", cause: "unexpected-response" });
  });

  it("lists custom limit policies with priority and assignment", () => {
    const result = deviceLimit([defaultLimit(5), limitPolicy("custom-1", 10, { displayName: "Engineers", priority: 2, assignments: [{ id: "a" }] }), limitPolicy("custom-2", 4, { displayName: "Unused" })]);
    expect(result.details).toEqual(expect.arrayContaining([
      'Custom limit "Engineers" (priority 2): 10 device(s).',
      'Custom limit "Unused" (priority 1): 4 device(s), not assigned.',
    ]));
    expect(result.verdict).toBe("ready");
  });

  it("an assigned custom limit below the need is advisory", () => {
    const result = deviceLimit([defaultLimit(5), limitPolicy("custom-1", 1, { assignments: [{ id: "a" }] })]);
    expect(result.verdict).toBe("advisory");
    expect(result.reason).toMatch(/assigned custom limit/);
  });

  it("a 404 on the collection is an error, not a verdict about the tenant", () => {
    const result = check("enrollment-device-limit", [res("enrollmentConfigurations", { error: { code: "NotFound", message: "" } }, 404)]);
    expect(result.verdict).toBe("error");
  });
});
