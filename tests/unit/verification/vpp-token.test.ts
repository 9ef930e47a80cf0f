import type { Decisions } from "../../../src/domain/strategy/schema.ts";
import { describe, expect, it } from "vitest";
import type { Verdict } from "../../../src/domain/verification/types.ts";
import { check, days, res, withAppsAndBooks } from "./helpers.ts";

const token = (extra: Record<string, unknown> = {}) => ({
  id: "9ceb2f92-0000-4000-8000-00000000b001",
  organizationName: "Contoso Ltd",
  appleId: "abm-apps@contoso.example",
  expirationDateTime: days(200),
  lastSyncDateTime: days(0, -3),
  lastSyncStatus: "completed",
  state: "valid",
  ...extra,
});
const vpp = (tokens: readonly object[], decisions = withAppsAndBooks()) => check("vpp-token", [res("vppTokens", { value: tokens })], decisions);

describe("vpp-token", () => {
  it.each<[string, Record<string, unknown>, Verdict, RegExp]>([
    ["valid and fresh", {}, "ready", /valid and syncing/],
    ["state expired", { state: "expired" }, "not-ready", /is expired/],
    ["state invalid (password changed)", { state: "invalid" }, "not-ready", /invalid .*password change/],
    ["state assignedToExternalMDM", { state: "assignedToExternalMDM" }, "not-ready", /another MDM/],
    ["state duplicateLocationId (beta)", { state: "duplicateLocationId" }, "not-ready", /location/],
    ["past expiry while still reported valid", { expirationDateTime: days(0, -1) }, "not-ready", /expired on/],
    ["exactly 30 days to expiry", { expirationDateTime: days(30) }, "advisory", /in 30 days/],
    ["31 days to expiry", { expirationDateTime: days(31) }, "ready", /valid/],
    ["last sync failed", { lastSyncStatus: "failed" }, "advisory", /the last sync failed/],
    ["synced exactly 1 day ago", { lastSyncDateTime: days(-1) }, "ready", /valid/],
    ["synced more than 1 day ago", { lastSyncDateTime: days(-1, -1) }, "advisory", /last synced successfully 25 hours ago \(more than a day\)/],
    ["state unknown", { state: "unknown" }, "advisory", /unknown/],
  ])("%s", (_, extra, verdict, reason) => {
    const result = vpp([token(extra)]);
    expect(result.verdict).toBe(verdict);
    expect(result.reason).toMatch(reason);
  });

  it("worst token wins and every token's expiry becomes a renewal", () => {
    const result = vpp([token({ expirationDateTime: days(12) }), token({ id: "b2", organizationName: "Fabrikam", state: "invalid" })]);
    expect(result.verdict).toBe("not-ready");
    expect(result.reason).toMatch(/"Fabrikam" is invalid/);
    expect(result.renewals).toEqual([
      { label: 'Apps and Books (VPP) token "Contoso Ltd" (abm-apps@contoso.example)', expiresAt: days(12) },
      { label: 'Apps and Books (VPP) token "Fabrikam" (abm-apps@contoso.example)', expiresAt: days(200) },
    ]);
  });

  it.each<[string, Decisions, Verdict]>([
    ["required by the strategy", withAppsAndBooks(), "not-ready"],
    ["not used by the strategy", { policies: { value: { areas: [], appsAndBooks: false, notes: "" }, decidedAt: "2026-01-01T00:00:00.000Z" } }, "not-applicable"],
    ["policies not decided yet (optional, decide first)", {}, "advisory"],
  ])("no token, %s", (_, decisions, verdict) => {
    const result = vpp([], decisions);
    expect(result.verdict).toBe(verdict);
    expect(result.fix === null).toBe(verdict === "not-applicable");
  });
});
