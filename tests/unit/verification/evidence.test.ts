import { isTenantItemId } from "../../../src/domain/catalog/ids.ts";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/domain/verification/engine.ts";
import { MAX_EVIDENCE_BYTES, parseEvidenceFile } from "../../../src/domain/verification/evidence.ts";
import { indexEvidence } from "../../../src/domain/verification/keys.ts";
import { NOW } from "./helpers.ts";

const file = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({ kind: "intune-mac-readiness-evidence", version: 1, collectedAt: "2026-11-26T09:00:00Z", responses: [], ...overrides });
const response = (request: string, status = 200, body: unknown = { value: [] }) => ({ request, status, body });

function parsedOk(text: string) {
  const result = parseEvidenceFile(text);
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.file;
}
function message(text: string): string {
  const result = parseEvidenceFile(text);
  if (result.ok) throw new Error("expected a rejection");
  return result.message;
}

/** The request lines the issue says a file must be accepted with, exactly as written there. */
const ISSUE_REQUESTS = [
  "GET /beta/policies/mobileDeviceManagementPolicies/0000000a-0000-0000-c000-000000000000",
  "GET /v1.0/me/memberOf",
  "GET /v1.0/roleManagement/directory/roleAssignmentScheduleInstances/filterByCurrentUser(on='principal')",
  "GET /v1.0/roleManagement/directory/roleEligibilityScheduleInstances/filterByCurrentUser(on='principal')",
  "GET /v1.0/subscribedSkus",
  "GET /beta/deviceManagement/deviceEnrollmentConfigurations",
  "GET /v1.0/deviceManagement/applePushNotificationCertificate",
  "GET /beta/deviceManagement/depOnboardingSettings",
  "GET /beta/deviceManagement/depOnboardingSettings/5e6f7a8b-0000-4000-8000-00000000e001/enrollmentProfiles",
  "GET /v1.0/deviceAppManagement/vppTokens",
];

describe("parseEvidenceFile: accepted", () => {
  it("reads the documented example", () => {
    const parsed = parsedOk(file({ responses: [response("GET /v1.0/deviceManagement/applePushNotificationCertificate", 200, {})] }));
    expect(parsed).toEqual({
      kind: "intune-mac-readiness-evidence",
      version: 1,
      collectedAt: "2026-11-26T09:00:00Z",
      responses: [{ request: "GET /v1.0/deviceManagement/applePushNotificationCertificate", status: 200, body: {} }],
    });
  });

  it("accepts the exact request list from the issue, and every check is then performed", () => {
    const body = (request: string) => (request.includes("depOnboardingSettings") && !request.endsWith("enrollmentProfiles")
      ? { value: [{ id: "5e6f7a8b-0000-4000-8000-00000000e001", tokenName: "t" }] }
      : { value: [] });
    const parsed = parsedOk(file({ responses: ISSUE_REQUESTS.map((r) => response(r, 200, body(r))) }));
    expect(parsed.responses).toHaveLength(ISSUE_REQUESTS.length);
    // The prerequisite checks; the rollout steps' reads are not in that list.
    const verdicts = evaluate(indexEvidence(parsed.responses), {}, NOW).filter((r) => isTenantItemId(r.item)).map((r) => r.verdict);
    expect(verdicts).not.toContain("not-checked");
  });

  it("a check whose responses are absent is not-checked", () => {
    const parsed = parsedOk(file({ responses: [response("GET /v1.0/subscribedSkus", 200, { value: [] })] }));
    const results = evaluate(indexEvidence(parsed.responses), {}, NOW);
    expect(results.filter((r) => r.verdict !== "not-checked").map((r) => r.item)).toEqual(["intune-license"]);
  });

  it("accepts a UTF-8 byte order mark, error statuses and a missing body", () => {
    const parsed = parsedOk(`\uFEFF${file({ responses: [{ request: "GET /v1.0/subscribedSkus", status: 403 }] })}`);
    expect(parsed.responses[0]).toEqual({ request: "GET /v1.0/subscribedSkus", status: 403, body: null });
  });
});

describe("parseEvidenceFile: rejected with a clear message", () => {
  it.each<[string, string, RegExp]>([
    ["truncated", file().slice(0, 40), /truncated or not JSON/],
    ["not JSON", "hello", /truncated or not JSON/],
    ["empty", "", /truncated or not JSON/],
    ["a JSON array", "[]", /not an evidence file/],
    ["wrong kind", file({ kind: "something-else" }), /not an evidence file/],
    ["no kind", JSON.stringify({ version: 1, responses: [] }), /not an evidence file/],
    ["newer version", file({ version: 2 }), /version 2, newer than this app/],
    ["version as text", file({ version: "1" }), /no valid "version"/],
    ["version 0", file({ version: 0 }), /no valid "version"/],
    ["bad collectedAt", file({ collectedAt: "yesterday" }), /collectedAt/],
    ["responses not an array", file({ responses: { request: "GET /v1.0/me" } }), /"responses" must be a list/],
    ["response not an object", file({ responses: ["GET /v1.0/me"] }), /Response 1 is not an object/],
    ["no request line", file({ responses: [{ status: 200, body: {} }] }), /Response 1 has no "request"/],
    ["not a GET", file({ responses: [response("POST /v1.0/subscribedSkus")] }), /not a request line/],
    ["no version segment", file({ responses: [response("GET /subscribedSkus")] }), /not a request line/],
    ["another host", file({ responses: [response("GET https://evil.example/v1.0/me")] }), /not a request line/],
    ["broken percent-encoding", file({ responses: [response("GET /v1.0/me%E0%A4%A")] }), /not a request line/],
    ["status as text", file({ responses: [response("GET /v1.0/me", "200" as unknown as number)] }), /HTTP status code from 100 to 599/],
    ["status 0", file({ responses: [response("GET /v1.0/me", 0)] }), /100 to 599/],
    ["status 600", file({ responses: [response("GET /v1.0/me", 600)] }), /100 to 599/],
    ["status 200.5", file({ responses: [response("GET /v1.0/me", 200.5)] }), /100 to 599/],
  ])("%s", (_, text, expected) => {
    expect(message(text)).toMatch(expected);
  });

  it("more than 500 responses", () => {
    const responses = Array.from({ length: 501 }, () => response("GET /v1.0/me"));
    expect(message(file({ responses }))).toMatch(/501 responses; at most 500/);
  });

  it("exactly 500 responses are fine", () => {
    const responses = Array.from({ length: 500 }, () => response("GET /v1.0/me"));
    expect(parseEvidenceFile(file({ responses })).ok).toBe(true);
  });

  it("more than 5 MB, counted in UTF-8 bytes", () => {
    const padding = "é".repeat(MAX_EVIDENCE_BYTES / 2);
    expect(message(file({ responses: [response("GET /v1.0/me", 200, { padding })] }))).toMatch(/larger than 5 MB/);
    expect(message("x".repeat(MAX_EVIDENCE_BYTES + 1))).toMatch(/larger than 5 MB/);
  });

  it("hostile nesting is rejected without blowing the stack", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    expect(message(file({ responses: [] }).replace('"responses":[]', `"responses":[],"x":${deep}`))).toMatch(/nests deeper/);
  });

  it("echoes hostile request lines only short and on one line", () => {
    const text = message(file({ responses: [response(`POST /v1.0/${"a".repeat(500)}\n<script>`)] }));
    expect(text.length).toBeLessThan(300);
    expect(text).not.toContain("\n");
  });

  it("never throws, whatever it is given", () => {
    for (const input of ["null", "0", '"text"', "{", "{}", '{"kind":null}', "\u0000", file({ responses: [null] }), file({ responses: [[1]] })]) {
      expect(() => parseEvidenceFile(input)).not.toThrow();
      expect(parseEvidenceFile(input).ok).toBe(false);
    }
  });
});

describe("parseEvidenceFile: prototype pollution", () => {
  const hostile = `{
    "kind": "intune-mac-readiness-evidence", "version": 1, "collectedAt": "2026-11-26T09:00:00Z",
    "__proto__": { "pollutedTop": true },
    "constructor": { "prototype": { "pollutedCtor": true } },
    "responses": [ { "request": "GET /v1.0/deviceManagement/applePushNotificationCertificate", "status": 200,
      "__proto__": { "pollutedItem": true },
      "body": { "__proto__": { "appleIdentifier": "attacker@evil.example", "isAdmin": true },
                "constructor": { "prototype": { "polluted": true } },
                "nested": [ { "__proto__": { "deep": true }, "ok": 1 } ] } } ]
  }`;

  it("drops __proto__/constructor/prototype keys and pollutes nothing", () => {
    const parsed = parsedOk(hostile);
    const [first] = parsed.responses;
    const body = first?.body as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(["nested"]);
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    expect(body.appleIdentifier).toBeUndefined();
    expect((body.nested as Record<string, unknown>[])[0]).toEqual({ ok: 1 });
    expect(Object.keys(first ?? {})).toEqual(["request", "status", "body"]);

    // Copying the result with naive code must not reach any prototype either.
    const merged: Record<string, unknown> = {};
    Object.assign(merged, body, parsed);
    const probe: Record<string, unknown> = {};
    for (const key of ["pollutedTop", "pollutedCtor", "pollutedItem", "isAdmin", "polluted", "deep"]) {
      expect(probe[key]).toBeUndefined();
      expect(merged[key]).toBeUndefined();
    }
  });

  it("a certificate smuggled in through __proto__ is not seen by the engine", () => {
    const parsed = parsedOk(hostile);
    const apns = evaluate(indexEvidence(parsed.responses), {}, NOW).find((r) => r.item === "apns-certificate");
    expect(apns?.verdict).toBe("not-ready");
    expect(apns?.details.join(" ")).not.toContain("attacker@evil.example");
  });
});
