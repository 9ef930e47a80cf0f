import { describe, expect, it } from "vitest";
import { enrollmentProfilesLine, indexEvidence, requestKey } from "../../../src/domain/verification/keys.ts";
import { GRAPH_REQUESTS } from "../../../src/domain/verification/requests.ts";

const spec = (id: string) => {
  const found = GRAPH_REQUESTS.find((s) => s.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe("requestKey", () => {
  it.each<[string, string | null]>([
    ["GET /v1.0/deviceManagement/applePushNotificationCertificate", "GET /v1.0/devicemanagement/applepushnotificationcertificate"],
    ["get /V1.0/DeviceManagement/ApplePushNotificationCertificate?$select=a,b", "GET /v1.0/devicemanagement/applepushnotificationcertificate"],
    ["GET /v1.0/subscribedSkus/", "GET /v1.0/subscribedskus"],
    ["GET /v1.0/subscribedSkus#frag", "GET /v1.0/subscribedskus"],
    ["  GET   /beta/deviceManagement/depOnboardingSettings  ", "GET /beta/devicemanagement/deponboardingsettings"],
    ["GET https://graph.microsoft.com/v1.0/subscribedSkus?x=1", "GET /v1.0/subscribedskus"],
    [
      "GET /v1.0/roleManagement/directory/roleAssignmentScheduleInstances/filterByCurrentUser(on=%27principal%27)",
      "GET /v1.0/rolemanagement/directory/roleassignmentscheduleinstances/filterbycurrentuser(on='principal')",
    ],
    ["GET /v1.0/a%2Fb?c=%2F", "GET /v1.0/a/b"],
    ["GET /v2.0/subscribedSkus", null],
    ["GET /v1.0/", null],
    ["GET /v1.0", null],
    ["GET v1.0/subscribedSkus", null],
    ["/v1.0/subscribedSkus", null],
    ["GET /v1.0/bad%E0%A4%A", null],
    ["GET https://evil.example/v1.0/subscribedSkus", null],
    ["", null],
  ])("%j → %j", (input, expected) => {
    expect(requestKey(input)).toBe(expected);
  });
});

describe("indexEvidence", () => {
  const apns = spec("apnsCertificate");
  const mdm = spec("mdmPolicy");

  it("matches a spec in its own version, ignoring case, encoding and query", () => {
    const index = indexEvidence([{ request: "GET /V1.0/devicemanagement/applePushNotificationCertificate?$select=x", status: 200, body: { a: 1 } }]);
    expect(index.lookup(apns)).toEqual({ status: 200, body: { a: 1 } });
  });

  it("accepts the alsoIn version when the spec's own version is absent, and prefers its own when both are there", () => {
    const beta = { request: "GET /beta/deviceManagement/applePushNotificationCertificate", status: 200, body: { v: "beta" } };
    const v1 = { request: "GET /v1.0/deviceManagement/applePushNotificationCertificate", status: 200, body: { v: "v1" } };
    expect(indexEvidence([beta]).lookup(apns)?.body).toEqual({ v: "beta" });
    expect(indexEvidence([beta, v1]).lookup(apns)?.body).toEqual({ v: "v1" });
  });

  it("does not alias a beta-only resource to v1.0", () => {
    const index = indexEvidence([{ request: `GET /v1.0${mdm.path}`, status: 200, body: {} }]);
    expect(index.lookup(mdm)).toBeUndefined();
  });

  it("the later response for the same request wins", () => {
    const index = indexEvidence([
      { request: "GET /v1.0/subscribedSkus", status: 429, body: {} },
      { request: "GET /v1.0/subscribedSkus?$select=skuId", status: 200, body: { value: [] } },
    ]);
    expect(index.lookup(spec("subscribedSkus"))?.status).toBe(200);
  });

  it("finds enrollment profiles per token, whatever the id's case", () => {
    const index = indexEvidence([
      { request: "GET /beta/deviceManagement/depOnboardingSettings/ABC-1/enrollmentProfiles", status: 200, body: { value: ["a"] } },
      { request: "GET /beta/deviceManagement/depOnboardingSettings/def-2/enrollmentProfiles", status: 200, body: { value: ["b"] } },
    ]);
    expect(index.profilesFor("abc-1")?.body).toEqual({ value: ["a"] });
    expect(index.profilesFor("def-2")?.body).toEqual({ value: ["b"] });
    expect(index.profilesFor("other")).toBeUndefined();
  });

  it("an id with a slash cannot reach another resource", () => {
    expect(enrollmentProfilesLine("x/../../subscribedSkus")).toBe("GET /beta/deviceManagement/depOnboardingSettings/x%2F..%2F..%2FsubscribedSkus/enrollmentProfiles");
  });

  it("keeps retryAfterSeconds from live responses", () => {
    const index = indexEvidence([{ request: "GET /v1.0/subscribedSkus", status: 429, body: {}, retryAfterSeconds: 12 }]);
    expect(index.lookup(spec("subscribedSkus"))).toEqual({ status: 429, body: {}, retryAfterSeconds: 12 });
  });
});
