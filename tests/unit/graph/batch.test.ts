import { describe, expect, it } from "vitest";
import {
  batchResultFromHttp,
  buildBatch,
  MAX_BATCH_ITEMS,
  parseBatchResponse,
  parseRetryAfter,
} from "../../../src/services/graph/batch.ts";

const spec = (id: string, path = `/${id}`, query = "") => ({ id, path, query });

describe("buildBatch", () => {
  it("keeps spec ids and sends urls relative to the version, query included", () => {
    expect(buildBatch([spec("apns", "/deviceManagement/applePushNotificationCertificate"), spec("cfg", "/deviceManagement/deviceEnrollmentConfigurations", "$expand=assignments")], "beta")).toEqual({
      requests: [
        { id: "apns", method: "GET", url: "/deviceManagement/applePushNotificationCertificate" },
        { id: "cfg", method: "GET", url: "/deviceManagement/deviceEnrollmentConfigurations?$expand=assignments" },
      ],
    });
  });

  it.each([
    ["no requests", []],
    ["more than 20 requests", Array.from({ length: MAX_BATCH_ITEMS + 1 }, (_, i) => spec(`r${i}`))],
    ["ids that differ only in case", [spec("dep"), spec("DEP")]],
    ["a request for the other version", [{ ...spec("mdm"), version: "v1.0" as const }]],
  ])("refuses %s", (_, specs) => {
    expect(() => buildBatch(specs, "beta")).toThrow(RangeError);
  });

  it("accepts exactly 20 requests", () => {
    expect(buildBatch(Array.from({ length: MAX_BATCH_ITEMS }, (_, i) => spec(`r${i}`)), "v1.0").requests).toHaveLength(20);
  });
});

describe("parseRetryAfter", () => {
  const now = new Date("2026-05-01T09:00:00Z");
  it.each([
    ["10", 10],
    [" 3 ", 3],
    [7, 7],
    [2.2, 3],
    ["Fri, 01 May 2026 09:00:30 GMT", 30],
    ["Fri, 01 May 2026 08:59:00 GMT", 0],
    ["soon", undefined],
    [-1, undefined],
    [null, undefined],
  ])("%j → %j", (value, seconds) => {
    expect(parseRetryAfter(value, now)).toBe(seconds);
  });

  it("ignores an HTTP date when no clock is given", () => {
    expect(parseRetryAfter("Fri, 01 May 2026 09:00:30 GMT")).toBeUndefined();
  });
});

describe("parseBatchResponse", () => {
  it("correlates reordered responses by id, case-insensitively", () => {
    const results = parseBatchResponse(
      { responses: [{ id: "VPP", status: 200, body: { value: [1] } }, { id: "apns", status: 404, body: { error: { code: "ResourceNotFound" } } }] },
      ["apns", "vpp"],
    );
    expect(results.get("apns")).toEqual({ status: 404, body: { error: { code: "ResourceNotFound" } } });
    expect(results.get("vpp")).toEqual({ status: 200, body: { value: [1] } });
  });

  it.each([["Retry-After"], ["retry-after"], ["RETRY-AFTER"]])("reads the per-item %s header", (header) => {
    const results = parseBatchResponse({ responses: [{ id: "vpp", status: 429, headers: { [header]: "10" }, body: {} }] }, ["vpp"]);
    expect(results.get("vpp")?.retryAfterSeconds).toBe(10);
  });

  it("parses bodies sent as JSON strings and keeps other strings as they are", () => {
    const results = parseBatchResponse(
      { responses: [{ id: "a", status: 200, body: '{"value":[]}' }, { id: "b", status: 200, body: "plain text" }, { id: "c", status: 204 }] },
      ["a", "b", "c"],
    );
    expect(results.get("a")?.body).toEqual({ value: [] });
    expect(results.get("b")?.body).toBe("plain text");
    expect(results.get("c")?.body).toBeNull();
  });

  it("answers a missing item or one without a status with a synthetic 502", () => {
    const results = parseBatchResponse({ responses: [{ id: "a", status: "200" }] }, ["a", "b"]);
    for (const id of ["a", "b"]) {
      expect(results.get(id)).toMatchObject({ status: 502, body: { error: { code: "MalformedBatchResponse" } } });
    }
  });

  it.each([[null], ["text"], [{ value: [] }], [{ responses: {} }]])("gives every item a 502 for the malformed body %j", (json) => {
    const results = parseBatchResponse(json, ["a", "b"]);
    expect([...results.values()].map((r) => r.status)).toEqual([502, 502]);
  });
});

describe("batchResultFromHttp", () => {
  const ids = ["apns", "vpp"];

  it("reads per-item statuses from a 200, 403 included", () => {
    const text = JSON.stringify({ responses: [{ id: "vpp", status: 403, body: { error: { code: "Authorization_RequestDenied" } } }, { id: "apns", status: 200, body: {} }] });
    const results = batchResultFromHttp({ status: 200, retryAfter: null, text }, ids);
    expect(results.get("vpp")).toEqual({ status: 403, body: { error: { code: "Authorization_RequestDenied" } } });
    expect(results.get("apns")?.status).toBe(200);
  });

  it("turns a 200 that is not JSON into 502s", () => {
    const results = batchResultFromHttp({ status: 200, retryAfter: null, text: "<html>proxy</html>" }, ids);
    expect([...results.values()].map((r) => r.status)).toEqual([502, 502]);
  });

  it.each([
    [429, "5", 5],
    [503, null, undefined],
    [500, null, undefined],
    [401, null, undefined],
  ])("hands a batch-level %i to every item with its Retry-After", (status, retryAfter, seconds) => {
    const body = { error: { code: "Whatever" } };
    const results = batchResultFromHttp({ status, retryAfter, text: JSON.stringify(body) }, ids);
    for (const id of ids) {
      expect(results.get(id)).toEqual(seconds === undefined ? { status, body } : { status, body, retryAfterSeconds: seconds });
    }
  });

  it("reads items out of a batch-level 424 that carries them (older throttling docs)", () => {
    const text = JSON.stringify({ responses: [{ id: "apns", status: 200, body: {} }, { id: "vpp", status: 429, headers: { "Retry-After": "2" } }] });
    const results = batchResultFromHttp({ status: 424, retryAfter: null, text }, ids);
    expect(results.get("apns")?.status).toBe(200);
    expect(results.get("vpp")).toMatchObject({ status: 429, retryAfterSeconds: 2 });
  });

  it("keeps a non-JSON error body as text", () => {
    const results = batchResultFromHttp({ status: 502, retryAfter: null, text: "Bad gateway" }, ids);
    expect(results.get("apns")).toEqual({ status: 502, body: "Bad gateway" });
  });
});
