import { describe, expect, it } from "vitest";
import type { Verdict } from "../../../src/domain/verification/types.ts";
import { NOW, check, days, graphError, res } from "./helpers.ts";

const cert = (expirationDateTime: string, extra: Record<string, unknown> = {}) => ({
  id: "3c2b1a09-0000-4000-8000-00000000d001",
  appleIdentifier: "mdm-apple@contoso.example",
  topicIdentifier: "com.apple.mgmt.External.6f1d2e3c-4b5a-4978-8a9b-0c1d2e3f4a5b",
  expirationDateTime,
  lastModifiedDateTime: "2026-03-02T10:15:00Z",
  certificateSerialNumber: "5A3F1C2B9D8E7F60",
  ...extra,
});
const apns = (body: unknown, status = 200) => check("apns-certificate", [res("apnsCertificate", body, status)]);

describe("apns-certificate", () => {
  it.each<[string, string, Verdict, RegExp]>([
    ["valid for a year", days(365), "ready", /valid until/],
    ["61 days left: ready, no renewal note", days(61), "ready", /^(?!.*plan the renewal).*valid until/],
    ["exactly 60 days left: ready with a renewal note", days(60), "ready", /plan the renewal before 2027-01-25/],
    ["31 days left: ready", days(31), "ready", /valid until/],
    ["exactly 30 days left: advisory", days(30), "advisory", /expires on 2026-12-26 \(in 30 days\)/],
    ["30 days and 23 hours left still floors to 30: advisory", days(30, 23), "advisory", /in 30 days/],
    ["1 hour left: advisory", days(0, 1), "advisory", /today/],
    ["expiring this very instant counts as expired", days(0), "not-ready", /grace period/],
    ["expired 1 day ago: inside grace", days(-1), "not-ready", /inside Apple's 30-day grace period: renew it now with the same Apple ID \(mdm-apple@contoso.example\)/],
    ["expired exactly 30 days ago: still inside grace", days(-30), "not-ready", /inside Apple's 30-day grace/],
    ["expired 30 days and 1 hour ago: grace over", days(-30, -1), "not-ready", /grace period is over/],
  ])("%s", (_, expiry, verdict, reason) => {
    const result = apns(cert(expiry));
    expect(result.verdict).toBe(verdict);
    expect(result.reason).toMatch(reason);
  });

  it.each<[string, unknown, number]>([
    ["404 ResourceNotFound", graphError("ResourceNotFound", "An error has occurred"), 404],
    ["empty Apple ID", cert(days(200), { appleIdentifier: "" }), 200],
    ["0001-01-01 expiry", cert("0001-01-01T00:00:00Z"), 200],
    ["no expiry at all", cert(days(200), { expirationDateTime: null }), 200],
  ])("missing certificate (%s) is not-ready", (_, body, status) => {
    const result = apns(body, status);
    expect(result.verdict).toBe("not-ready");
    expect(result.reason).toMatch(/No Apple MDM push certificate/);
    expect(result.renewals ?? []).toEqual([]);
  });

  it("always shows Apple ID, topic, expiry and the Renew, don't Create warning, and records the renewal", () => {
    const result = apns(cert(days(200)));
    expect(result.details).toEqual(expect.arrayContaining([
      "Apple ID: mdm-apple@contoso.example",
      "Topic: com.apple.mgmt.External.6f1d2e3c-4b5a-4978-8a9b-0c1d2e3f4a5b",
      "Expires: 2027-06-14 (in 200 days)",
    ]));
    expect(result.details.some((d) => d.startsWith("Renew, don't Create"))).toBe(true);
    expect(result.renewals).toEqual([{ label: "Apple MDM push certificate (mdm-apple@contoso.example)", expiresAt: days(200) }]);
  });

  it("reads the documentation's { value: {...} } wrapper too", () => {
    expect(apns({ value: cert(days(10)) }).verdict).toBe("advisory");
  });

  it("flags a personal Apple ID without changing the verdict", () => {
    const result = apns(cert(days(200), { appleIdentifier: "jane@icloud.com" }));
    expect(result.verdict).toBe("ready");
    expect(result.details.some((d) => /looks like a personal Apple ID/.test(d))).toBe(true);
  });

  it("accepts the beta alias of the request", () => {
    const result = check("apns-certificate", [{ request: "GET /beta/deviceManagement/applePushNotificationCertificate", status: 200, body: cert(days(100)) }]);
    expect(result.verdict).toBe("ready");
  });

  it("is computed against the now passed in", () => {
    const later = new Date(NOW.getTime() + 180 * 86_400_000);
    expect(check("apns-certificate", [res("apnsCertificate", cert(days(200)))], {}, later).verdict).toBe("advisory");
  });
});
