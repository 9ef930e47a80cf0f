import { describe, expect, it } from "vitest";
import type { Verdict } from "../../../src/domain/verification/types.ts";
import { check, days, devices, profilesRes, res } from "./helpers.ts";

const ID = "5e6f7a8b-0000-4000-8000-00000000e001";
const token = (extra: Record<string, unknown> = {}) => ({
  "@odata.type": "#microsoft.graph.depOnboardingSetting",
  id: ID,
  appleIdentifier: "abm-admin@contoso.example",
  tokenName: "Contoso ABM",
  tokenExpirationDateTime: days(200),
  lastSuccessfulSyncDateTime: days(0, -2),
  lastSyncErrorCode: 0,
  ...extra,
});
const macProfile = (isDefault: boolean) => ({ "@odata.type": "#microsoft.graph.depMacOSEnrollmentProfile", id: "p1", displayName: "macOS – Corporate", isDefault });
const iosProfile = { "@odata.type": "#microsoft.graph.depIOSEnrollmentProfile", id: "p2", displayName: "iOS", isDefault: true };
const healthyProfiles = profilesRes(ID, { value: [macProfile(true), iosProfile] });
const ade = (tokens: readonly object[], extra = [healthyProfiles], decisions = devices()) =>
  check("ade-token", [res("depSettings", { value: tokens }), ...extra], decisions);

describe("ade-token", () => {
  it.each<[string, Record<string, unknown>, Verdict, RegExp]>([
    ["healthy", {}, "ready", /valid, syncing and has a default macOS profile/],
    ["31 days to expiry", { tokenExpirationDateTime: days(31) }, "ready", /valid/],
    ["exactly 30 days to expiry: advisory", { tokenExpirationDateTime: days(30) }, "advisory", /expires on .* \(in 30 days\)/],
    ["expired an hour ago", { tokenExpirationDateTime: days(0, -1) }, "not-ready", /expired on/],
    ["synced exactly 1 day ago: still ready", { lastSuccessfulSyncDateTime: days(-1) }, "ready", /valid/],
    ["synced 1 day and 1 hour ago: advisory", { lastSuccessfulSyncDateTime: days(-1, -1) }, "advisory", /more than a day/],
    ["synced 2 days 23 hours ago: advisory", { lastSuccessfulSyncDateTime: days(-2, -23) }, "advisory", /more than a day/],
    ["synced exactly 3 days ago: not-ready", { lastSuccessfulSyncDateTime: days(-3) }, "not-ready", /3 days or more/],
    ["never synced (0001-01-01)", { lastSuccessfulSyncDateTime: "0001-01-01T00:00:00Z" }, "not-ready", /never synced/],
    ["non-zero lastSyncErrorCode", { lastSyncErrorCode: 401 }, "advisory", /Apple error code 401/],
  ])("%s", (_, extra, verdict, reason) => {
    const result = ade([token(extra)]);
    expect(result.verdict).toBe(verdict);
    expect(result.reason).toMatch(reason);
  });

  it.each<[string, object[], RegExp]>([
    ["no macOS enrollment profile", [iosProfile], /no macOS enrollment profile/],
    ["macOS profiles, none default", [macProfile(false), iosProfile], /none is the default/],
  ])("%s → advisory", (_, profiles, reason) => {
    const result = ade([token()], [profilesRes(ID, { value: profiles })]);
    expect(result.verdict).toBe("advisory");
    expect(result.reason).toMatch(reason);
  });

  it("worst token wins across several tokens", () => {
    const second = token({ id: "t2", tokenName: "School", tokenExpirationDateTime: days(-5) });
    const result = ade([token(), second], [healthyProfiles, profilesRes("t2", { value: [macProfile(true)] })]);
    expect(result.verdict).toBe("not-ready");
    expect(result.reason).toMatch(/Token "School" expired/);
    expect(result.renewals?.map((r) => r.label)).toEqual([
      'Enrollment program token "Contoso ABM" (abm-admin@contoso.example)',
      'Enrollment program token "School" (abm-admin@contoso.example)',
    ]);
  });

  it("a definite problem outranks a warning on the same token", () => {
    const result = ade([token({ tokenExpirationDateTime: days(10), lastSuccessfulSyncDateTime: days(-4), lastSyncErrorCode: 5 })]);
    expect(result.verdict).toBe("not-ready");
    expect(result.details.join(" ")).toMatch(/expires on .*Apple error code 5/);
  });

  it("profiles missing from the evidence → not-checked, never ready", () => {
    const result = ade([token()], []);
    expect(result.verdict).toBe("not-checked");
    expect(result.reason).toMatch(/enrollment profiles .* not in the evidence/);
  });

  it("profiles read refused → error with its cause", () => {
    const result = ade([token()], [profilesRes(ID, { error: { code: "Forbidden", message: "scopes missing" } }, 403)]);
    expect(result.verdict).toBe("error");
    expect(result.cause).toBe("missing-scope");
  });

  it.each<[string, Parameters<typeof devices>[0], Verdict]>([
    ["ADE required (corporate Macs bought through ABM)", { ownership: "corporate", abmPurchase: "yes" }, "not-ready"],
    ["ADE not required (personal Macs only)", { ownership: "personal", abmPurchase: "no" }, "not-applicable"],
    ["ADE not required (corporate Macs not bought through ABM)", { ownership: "corporate", abmPurchase: "no" }, "not-applicable"],
    // Applicability says "optional: needed once purchases go through ABM"; the verdict agrees instead of staying silent.
    ["ADE optional (ABM purchase only planned)", { ownership: "corporate", abmPurchase: "planned" }, "advisory"],
  ])("no token: %s", (_, decision, verdict) => {
    expect(ade([], [], devices(decision)).verdict).toBe(verdict);
  });

  it("no token and no strategy decided yet → advisory 'optional, decide first', like its applicability", () => {
    const result = ade([], [], {});
    expect(result.verdict).toBe("advisory");
    expect(result.reason).toMatch(/Optional until you decide the device strategy/);
  });
});
