import { describe, expect, it } from "vitest";
import { isStale, toRecords } from "../../../src/domain/verification/records.ts";
import type { CheckResult } from "../../../src/domain/verification/types.ts";

const result = (item: CheckResult["item"], verdict: CheckResult["verdict"], extra: Partial<CheckResult> = {}): CheckResult => ({
  item, verdict, reason: `${item} ${verdict}`, details: ["d"], fix: null, ...extra,
});

describe("toRecords", () => {
  it("keeps verdict, words and renewals with source and time, and leaves not-checked items out", () => {
    const records = toRecords([
      result("apns-certificate", "advisory", { renewals: [{ label: "APNs", expiresAt: "2026-12-01T00:00:00.000Z" }], cause: undefined }),
      result("vpp-token", "not-checked"),
      result("intune-license", "error", { cause: "missing-scope" }),
    ], { source: "demo", checkedAt: "2026-11-26T09:00:00.000Z", scenario: "healthy", judgedUnder: {} });
    expect(records).toEqual({
      "apns-certificate": { verdict: "advisory", reason: "apns-certificate advisory", details: ["d"], renewals: [{ label: "APNs", expiresAt: "2026-12-01T00:00:00.000Z" }], checkedAt: "2026-11-26T09:00:00.000Z", source: "demo", scenario: "healthy" },
      "intune-license": { verdict: "error", reason: "intune-license error", details: ["d"], renewals: [], checkedAt: "2026-11-26T09:00:00.000Z", source: "demo", scenario: "healthy", strategyFingerprint: expect.stringMatching(/^[0-9a-f]{8}$/) },
    });
  });

  it("has no scenario key outside demo runs", () => {
    const records = toRecords([result("apns-certificate", "ready")], { source: "file", checkedAt: "2026-11-26T09:00:00.000Z", judgedUnder: {} });
    expect(records["apns-certificate"]).not.toHaveProperty("scenario");
  });
});

describe("isStale", () => {
  const checkedAt = "2026-11-19T09:00:00.000Z";
  it.each<[string, string, boolean]>([
    ["checked just now", "2026-11-19T09:00:00.000Z", false],
    ["exactly 7 days later: not yet stale", "2026-11-26T09:00:00.000Z", false],
    ["7 days and 1 ms later: stale", "2026-11-26T09:00:00.001Z", true],
    ["a month later", "2026-12-19T09:00:00.000Z", true],
  ])("%s", (_, now, stale) => {
    expect(isStale({ checkedAt }, new Date(now))).toBe(stale);
  });

  it("an unreadable date counts as stale", () => {
    expect(isStale({ checkedAt: "not a date" }, new Date("2026-11-19T09:00:00.000Z"))).toBe(true);
  });
});
