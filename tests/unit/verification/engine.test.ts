import { describe, expect, it } from "vitest";
import { catalogItem } from "../../../src/domain/catalog/catalog.ts";
import { VERIFIABLE_ITEM_IDS } from "../../../src/domain/catalog/ids.ts";
import { evaluate } from "../../../src/domain/verification/engine.ts";
import { indexEvidence, requestLine } from "../../../src/domain/verification/keys.ts";
import { ALL_REQUESTS } from "../../../src/domain/verification/requests.ts";
import type { ErrorCause } from "../../../src/domain/verification/types.ts";
import { NOW, check, graphError, line, res } from "./helpers.ts";

describe("evaluate", () => {
  it("returns one result per verifiable item, in catalog order", () => {
    expect(evaluate(indexEvidence([]), {}, NOW).map((r) => r.item)).toEqual([...VERIFIABLE_ITEM_IDS]);
  });

  it("with no evidence every check is not-checked, never ready", () => {
    const results = evaluate(indexEvidence([]), {}, NOW);
    expect(new Set(results.map((r) => r.verdict))).toEqual(new Set(["not-checked"]));
  });

  it("the fix comes from the catalog: admin-center path and Learn link", () => {
    const result = check("apns-certificate", [res("apnsCertificate", graphError("ResourceNotFound", ""), 404)]);
    const item = catalogItem("apns-certificate");
    expect(result.fix).toEqual({ path: item.adminCenterPath, learnUrl: item.learnUrl });
  });
});

describe("error mapping", () => {
  // APNs is used as the probe: any status it cannot evaluate must become an error with a cause, never a verdict.
  const apns = (status: number, body: unknown, retryAfterSeconds?: number) =>
    evaluate(indexEvidence([{ request: line("apnsCertificate"), status, body, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) }]), {}, NOW)
      .find((r) => r.item === "apns-certificate");

  it.each<[string, number, unknown, ErrorCause, RegExp]>([
    ["403 listing the scopes the app lacks", 403, graphError("Forbidden", "Application is not authorized to perform this operation. Application must have one of the following scopes: DeviceManagementServiceConfig.Read.All"), "missing-scope", /DeviceManagementServiceConfig\.Read\.All/],
    ["403 without a body", 403, null, "missing-scope", /needs the delegated permission DeviceManagementServiceConfig\.Read\.All/],
    // A 401 is "sign in again" (expired or challenged token), never "needs admin consent" (issue 9 §4).
    ["401", 401, graphError("InvalidAuthenticationToken", "Access token is empty."), "sign-in-needed", /sign in again/],
    ["401 claims challenge", 401, graphError("InvalidAuthenticationToken", "Continuous access evaluation resulted in challenge"), "sign-in-needed", /^(?!.*admin consent).*did not accept the sign-in/],
    ["403 insufficient privileges (role)", 403, graphError("Authorization_RequestDenied", "Insufficient privileges to complete the operation."), "missing-role", /your account's role/],
    ["403 naming an RBAC role", 403, graphError("Forbidden", "User does not have the required RBAC role"), "missing-role", /role/],
    ["403 about a licence", 403, graphError("Forbidden", "Tenant does not have a valid Intune license"), "not-licensed", /not licensed/],
    ["400 about a licence", 400, graphError("BadRequest", "No license found for Intune"), "not-licensed", /not licensed/],
    ["404 about a licence", 404, graphError("NotFound", "License check failed"), "not-licensed", /not licensed/],
    ["429", 429, graphError("TooManyRequests", "Please retry again later."), "throttled", /throttled/],
    ["500", 500, graphError("InternalServerError", ""), "server", /server error \(500\)/],
    ["503", 503, null, "server", /server error \(503\)/],
    ["status 0 (no response)", 0, null, "network", /network/],
    ["200 with an unparsable body", 200, "<html>oops</html>", "unexpected-response", /cannot read/],
    ["200 with an array body", 200, [1, 2], "unexpected-response", /cannot read/],
    ["400 without a licence signal", 400, graphError("BadRequest", "Invalid filter"), "unexpected-response", /unexpected response \(400\)/],
    ["302", 302, null, "unexpected-response", /unexpected response \(302\)/],
  ])("%s → error (%s)", (_, status, body, cause, reason) => {
    const result = apns(status, body);
    expect(result?.verdict).toBe("error");
    expect(result?.cause).toBe(cause);
    expect(result?.reason).toMatch(reason);
  });

  it("names each request's own scope", () => {
    const forbidden = (id: Parameters<typeof res>[0]) => res(id, null, 403);
    expect(check("mdm-user-scope", [forbidden("mdmPolicy")]).reason).toMatch(/Policy\.Read\.All/);
    expect(check("intune-license", [forbidden("subscribedSkus")]).reason).toMatch(/LicenseAssignment\.Read\.All/);
    expect(check("vpp-token", [forbidden("vppTokens")]).reason).toMatch(/DeviceManagementServiceConfig\.Read\.All/);
  });

  it("says when to retry a throttled read", () => {
    expect(apns(429, null, 30)?.reason).toMatch(/Retry after 30 s/);
  });

  it("shows Graph's error code and message in the details", () => {
    expect(apns(403, graphError("Forbidden", "Application must have one of the following scopes: X"))?.details).toEqual([
      "Graph answered 403 Forbidden: Application must have one of the following scopes: X",
    ]);
  });

  it("a failed read is never ready for any check", () => {
    const failing = [500, 429, 403, 0].flatMap((status) => evaluate(indexEvidence(
      ALL_REQUESTS.map((spec) => ({ request: requestLine(spec), status, body: null })),
    ), {}, NOW));
    expect(failing.map((r) => r.verdict).filter((v) => v !== "error")).toEqual([]);
  });
});
