// The real loopback stand-in, driven by the real client over Node's fetch. Runs in the default (jsdom) environment:
// Node's fetch and http stay available there, and tests/setup.ts needs `window`.
import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { countRoundTrips, startStandIn, type StandIn, type StandInOptions } from "../../../scripts/graph-stand-in.mjs";
import { collectEvidence, collectEvidenceSequential, type CollectOptions } from "../../../src/services/graph/client.ts";
import { GRAPH_REQUESTS } from "../../../src/domain/verification/requests.ts";
import { pathOf, tenantEvidence } from "./graph-fixtures.ts";

let running: StandIn[] = [];
afterEach(async () => {
  await Promise.all(running.map((standIn) => standIn.close()));
  running = [];
});

async function start(options: Partial<StandInOptions> = {}) {
  const standIn = await startStandIn({ evidence: tenantEvidence(), ...options });
  running.push(standIn);
  return standIn;
}

function client(standIn: StandIn, extra: Partial<CollectOptions> = {}) {
  const sleeps: number[] = [];
  const options: CollectOptions = {
    baseUrl: standIn.url,
    getToken: async () => "e2e-token",
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...extra,
  };
  return { options, sleeps };
}

const byPath = (evidence: { responses: readonly { request: string; status: number; body: unknown }[] }) =>
  new Map(evidence.responses.map((r) => [pathOf(r.request).toLowerCase(), r]));

describe("graph stand-in + collectEvidence", () => {
  it("answers every request from the evidence file in two round trips", async () => {
    const source = tenantEvidence(2);
    // Latency makes the two parallel batches overlap at the server even on a loaded machine, so rounds are countable.
    const standIn = await start({ evidence: source, reorder: true, latencyMs: 120 });
    const evidence = await collectEvidence(client(standIn).options);

    const got = byPath(evidence);
    for (const expected of source.responses) {
      // The APNs answer was recorded under beta; the client asks v1.0 and gets it through the version fallback.
      // Likewise the VPP answer was recorded under v1.0 and is asked for under beta.
      const path = pathOf(expected.request).toLowerCase()
        .replace("/beta/devicemanagement/applepush", "/v1.0/devicemanagement/applepush")
        .replace("/v1.0/deviceappmanagement/vpptokens", "/beta/deviceappmanagement/vpptokens");
      expect(got.get(path), path).toMatchObject({ status: expected.status, body: expected.body });
    }
    expect(standIn.log.filter((entry) => entry.kind === "batch").map((entry) => entry.version).sort()).toEqual(["beta", "beta", "v1.0"]);
    expect(countRoundTrips(standIn.log)).toBe(2);
  });

  it("needs at most two sequential round trips at 150 ms latency; the baseline needs one per request", async () => {
    const standIn = await start({ latencyMs: 150 });
    await collectEvidence(client(standIn).options);
    const batched = countRoundTrips(standIn.log);
    expect(standIn.requests).toBe(3);

    const baseline = await start({ latencyMs: 150 });
    await collectEvidenceSequential(client(baseline).options);
    expect(batched).toBeLessThanOrEqual(2);
    expect(countRoundTrips(baseline.log)).toBe(GRAPH_REQUESTS.length + 1);
  });

  it("throttles an item with 429 + Retry-After for the first calls, then answers", async () => {
    const standIn = await start({ faults: { vppTokens: { status: 429, times: 2, retryAfter: 2 } } });
    const { options, sleeps } = client(standIn);
    const evidence = await collectEvidence(options);
    expect(sleeps).toEqual([2000, 2000]);
    expect(byPath(evidence).get("/beta/deviceappmanagement/vpptokens")?.status).toBe(200);
    const retries = standIn.log.filter((entry) => entry.kind === "batch" && entry.items.length === 1 && entry.items[0] === "vppTokens");
    expect(retries).toHaveLength(2);
  });

  it("leaves a 429 in place once retries run out", async () => {
    const standIn = await start({ faults: { vppTokens: { status: 429, retryAfter: 1 } } });
    const evidence = await collectEvidence(client(standIn, { maxRetries: 3 }).options);
    expect(byPath(evidence).get("/beta/deviceappmanagement/vpptokens")).toMatchObject({ status: 429, body: { error: { code: "TooManyRequests" } } });
  });

  it.each([403, 500, 503])("delivers an injected %i faithfully", async (status) => {
    const standIn = await start({ faults: { applePushNotificationCertificate: { status } } });
    const evidence = await collectEvidence(client(standIn).options);
    expect(byPath(evidence).get("/v1.0/devicemanagement/applepushnotificationcertificate")?.status).toBe(status);
    expect(byPath(evidence).get("/v1.0/subscribedskus")?.status).toBe(200);
  });

  it("fails a whole batch when the fault names $batch", async () => {
    const standIn = await start({ faults: { "/beta/$batch": { status: 500, times: 1 } } });
    const evidence = await collectEvidence(client(standIn).options);
    const beta = evidence.responses.filter((r) => r.request.startsWith("GET /beta"));
    expect(beta.map((r) => r.status)).toEqual(GRAPH_REQUESTS.filter((r) => r.version === "beta").map(() => 500));
  });

  it("retries a whole batch that answered 503, after its Retry-After", async () => {
    const standIn = await start({ faults: { "/beta/$batch": { status: 503, times: 1, retryAfter: 3 } } });
    const { options, sleeps } = client(standIn);
    const evidence = await collectEvidence(options);
    expect(sleeps).toEqual([3000]);
    expect(evidence.responses.filter((r) => r.request.startsWith("GET /beta")).every((r) => r.status === 200)).toBe(true);
  });

  it("answers 404 with a Graph error for a resource the evidence lacks", async () => {
    const source = tenantEvidence(0);
    const standIn = await start({ evidence: { ...source, responses: source.responses.filter((r) => !r.request.includes("vppTokens")) } });
    const evidence = await collectEvidence(client(standIn).options);
    expect(byPath(evidence).get("/beta/deviceappmanagement/vpptokens")).toMatchObject({ status: 404, body: { error: { code: "ResourceNotFound" } } });
  });

  it("reads the evidence from a file path", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "stand-in-")), "evidence.json");
    writeFileSync(file, JSON.stringify(tenantEvidence(1)));
    const standIn = await start({ evidence: file });
    const evidence = await collectEvidence(client(standIn).options);
    expect(evidence.responses.every((r) => r.status === 200)).toBe(true);
  });

  it("gives status 0 when nothing listens", async () => {
    const standIn = await start();
    const url = standIn.url;
    await standIn.close();
    running = [];
    const evidence = await collectEvidence({ baseUrl: url, getToken: async () => "t" });
    expect(evidence.responses.map((r) => r.status)).toEqual(GRAPH_REQUESTS.map(() => 0));
  });
});

describe("graph stand-in protocol", () => {
  const batch = (count: number) => ({ requests: Array.from({ length: count }, (_, i) => ({ id: `r${i}`, method: "GET", url: "/subscribedSkus" })) });
  const post = (standIn: StandIn, body: unknown, headers: Record<string, string> = { Authorization: "Bearer x" }) =>
    fetch(`${standIn.url}/v1.0/$batch`, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify(body) });

  it.each([
    ["more than 20 items", batch(21)],
    ["duplicate ids", { requests: [{ id: "a", method: "GET", url: "/x" }, { id: "A", method: "GET", url: "/y" }] }],
    ["no requests array", { value: [] }],
  ])("rejects a batch with %s (400)", async (_, body) => {
    const standIn = await start();
    expect((await post(standIn, body)).status).toBe(400);
  });

  it("accepts exactly 20 items", async () => {
    const standIn = await start();
    const response = await post(standIn, batch(20));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { responses: unknown[] }).responses).toHaveLength(20);
  });

  it("requires a bearer token, and the configured one when set", async () => {
    const standIn = await start({ token: "e2e-token" });
    expect((await post(standIn, batch(1), {})).status).toBe(401);
    expect((await post(standIn, batch(1), { Authorization: "Bearer other" })).status).toBe(401);
    expect((await post(standIn, batch(1), { Authorization: "Bearer e2e-token" })).status).toBe(200);
  });

  it("answers CORS preflights for localhost origins only", async () => {
    const standIn = await start();
    const preflight = (origin: string) =>
      fetch(`${standIn.url}/beta/$batch`, {
        method: "OPTIONS",
        headers: { Origin: origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization,content-type" },
      });
    const local = await preflight("http://127.0.0.1:4173");
    expect(local.status).toBe(204);
    expect(local.headers.get("access-control-allow-origin")).toBe("http://127.0.0.1:4173");
    expect(local.headers.get("access-control-allow-headers")).toMatch(/Authorization/);
    const foreign = await preflight("https://evil.example");
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
    expect(standIn.requests).toBe(0);
  });

  it("serves plain GETs with the query ignored and the path case-insensitive", async () => {
    const standIn = await start();
    const response = await fetch(`${standIn.url}/v1.0/DEVICEAPPMANAGEMENT/vppTokens?$select=id`, { headers: { Authorization: "Bearer x" } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ value: [{ id: "vpp-1", state: "valid" }] });
  });
});
