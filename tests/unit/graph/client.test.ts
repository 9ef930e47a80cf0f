import { describe, expect, it } from "vitest";
import { collectEvidence, collectEvidenceSequential, type CollectProgress } from "../../../src/services/graph/client.ts";
import { AuthError } from "../../../src/services/auth/errors.ts";
import { GRAPH_REQUESTS } from "../../../src/domain/verification/requests.ts";
import { indexEvidence, requestKey } from "../../../src/domain/verification/keys.ts";
import { profilesBody, tokenId } from "./graph-fixtures.ts";

import { fakeGraph, options, statusOf, type ItemAnswer } from "./fake-graph.ts";
describe("collectEvidence", () => {
  it("sends the v1.0 and beta batches in parallel, then one follow-up batch for the ADE token profiles", async () => {
    const graph = fakeGraph({ tokens: 1 });
    const { opts } = options(graph, { baseUrl: "https://graph.example/" });
    const evidence = await collectEvidence(opts);

    const [first = [], second = []] = [graph.calls.slice(0, 2), graph.calls.slice(2)];
    expect(first.map((c) => [c.url, c.ids.length]).sort()).toEqual([
      ["https://graph.example/beta/$batch", GRAPH_REQUESTS.filter((r) => r.version === "beta").length],
      ["https://graph.example/v1.0/$batch", GRAPH_REQUESTS.filter((r) => r.version === "v1.0").length],
    ]);
    expect(second.map((c) => [c.url, c.ids.length])).toEqual([["https://graph.example/beta/$batch", 1]]);
    expect(graph.maxInFlight()).toBe(2);
    expect(graph.calls[0]?.headers).toMatchObject({ authorization: "Bearer token-1", "content-type": "application/json" });
    const sentUrls = first.flatMap((c) => c.urls);
    expect(sentUrls).toEqual(expect.arrayContaining(GRAPH_REQUESTS.map((r) => (r.query ? `${r.path}?${r.query}` : r.path))));
    expect(second[0]?.urls).toEqual([`/deviceManagement/depOnboardingSettings/${tokenId(0)}/defaultMacOsEnrollmentProfile?$select=id,displayName,isDefault,requiresUserAuthentication,waitForDeviceConfiguredConfirmation,profileRemovalDisabled,fileVaultDisabled,adminAccountUserName,depProfileAdminAccountPasswordRotationSetting`]);

    expect(evidence).toMatchObject({ kind: "intune-mac-readiness-evidence", version: 1, collectedAt: "2026-05-01T09:00:00.000Z" });
    expect(evidence.responses.map((r) => r.request)).toEqual([
      ...GRAPH_REQUESTS.map((r) => `GET /${r.version}${r.path}${r.query ? `?${r.query}` : ""}`),
      `GET /beta/deviceManagement/depOnboardingSettings/${tokenId(0)}/defaultMacOsEnrollmentProfile?$select=id,displayName,isDefault,requiresUserAuthentication,waitForDeviceConfiguredConfirmation,profileRemovalDisabled,fileVaultDisabled,adminAccountUserName,depProfileAdminAccountPasswordRotationSetting`,
    ]);
    expect(evidence.responses.at(-1)).toMatchObject({ status: 200, body: profilesBody(0) });
  });

  it("retries only throttled items, in a new batch after their largest Retry-After", async () => {
    const graph = fakeGraph({
      answer: (url, _v, count): ItemAnswer => {
        if (url === "/me/memberOf" && count === 1) return { status: 429, headers: { "Retry-After": "4" }, body: {} };
        if (url === "/subscribedSkus" && count === 1) return { status: 429, headers: { "retry-after": "9" }, body: {} };
        return url === "/deviceManagement/depOnboardingSettings" ? { status: 200, body: { value: [] } } : { status: 200, body: { ok: url } };
      },
    });
    // The fake puts headers next to status/body, as Graph does for batch items.
    const { opts, sleeps } = options(graph);
    const evidence = await collectEvidence(opts);

    expect(sleeps).toEqual([9000]);
    expect(graph.calls).toHaveLength(3);
    expect(graph.calls[2]?.version).toBe("v1.0");
    expect(graph.calls[2]?.ids.sort()).toEqual(["memberOf", "subscribedSkus"]);
    expect(statusOf(evidence, "memberOf")).toBe(200);
    expect(statusOf(evidence, "subscribedSkus")).toBe(200);
  });

  it("stops after maxRetries and delivers the 429", async () => {
    const graph = fakeGraph({ answer: (url) => (url === "/deviceAppManagement/vppTokens" ? { status: 429, headers: { "Retry-After": "1" } } : { status: 200, body: { value: [] } }) });
    const { opts, sleeps } = options(graph, { maxRetries: 2 });
    const evidence = await collectEvidence(opts);
    expect(sleeps).toEqual([1000, 1000]);
    expect(graph.calls.filter((c) => c.ids.includes("vppTokens"))).toHaveLength(3);
    expect(evidence.responses.find((r) => r.request.includes("vppTokens"))).toMatchObject({ status: 429, retryAfterSeconds: 1 });
  });

  it("does not wait longer than maxRetryAfterSeconds: that item keeps its 429", async () => {
    const graph = fakeGraph({ answer: (url) => (url === "/deviceAppManagement/vppTokens" ? { status: 429, headers: { "Retry-After": "120" } } : { status: 200, body: { value: [] } }) });
    const { opts, sleeps } = options(graph, { maxRetryAfterSeconds: 30 });
    const evidence = await collectEvidence(opts);
    expect(sleeps).toEqual([]);
    expect(evidence.responses.find((r) => r.request.includes("vppTokens"))).toMatchObject({ status: 429, retryAfterSeconds: 120 });
  });

  it("writes evidence lines the engine's index reads back, one per request", async () => {
    const evidence = await collectEvidence(options(fakeGraph({ tokens: 3 })).opts);
    const index = indexEvidence(evidence.responses);
    for (const spec of GRAPH_REQUESTS) expect(index.lookup(spec), spec.id).toMatchObject({ status: 200 });
    for (const i of [0, 1, 2]) expect(index.profilesFor(tokenId(i))).toMatchObject({ status: 200, body: profilesBody(i) });
    expect(new Set(evidence.responses.map((r) => requestKey(r.request))).size).toBe(GRAPH_REQUESTS.length + 3);
  });

  it.each([403, 401, 404, 500])("delivers an item's %i faithfully without retrying it", async (status) => {
    const body = { error: { code: "Code", message: "Message" } };
    const graph = fakeGraph({ answer: (url) => (url === "/deviceManagement/applePushNotificationCertificate" ? { status, body } : { status: 200, body: { value: [] } }) });
    const { opts, sleeps } = options(graph);
    const evidence = await collectEvidence(opts);
    expect(evidence.responses.find((r) => r.request.includes("applePush"))).toMatchObject({ status, body });
    expect(sleeps).toEqual([]);
    expect(graph.calls).toHaveLength(2);
  });

  it.each([503, 504])("retries an item's %i after its Retry-After, like a 429", async (status) => {
    const graph = fakeGraph({
      answer: (url, _v, count) => (url === "/deviceManagement/applePushNotificationCertificate" && count === 1 ? { status, headers: { "Retry-After": "6" }, body: { error: { code: "ServiceUnavailable" } } } : undefined),
    });
    const { opts, sleeps } = options(graph);
    const evidence = await collectEvidence(opts);
    expect(sleeps).toEqual([6000]);
    expect(statusOf(evidence, "applePush")).toBe(200);
  });

  it("delivers a 503 that outlasts the retries, with its Retry-After", async () => {
    const graph = fakeGraph({ answer: (url) => (url === "/deviceManagement/applePushNotificationCertificate" ? { status: 503, headers: { "Retry-After": "2" }, body: {} } : undefined) });
    const { opts, sleeps } = options(graph, { maxRetries: 2 });
    const evidence = await collectEvidence(opts);
    expect(sleeps).toEqual([2000, 2000]);
    expect(evidence.responses.find((r) => r.request.includes("applePush"))).toMatchObject({ status: 503, retryAfterSeconds: 2 });
  });

  it("retries a batch-level 429 with every item of that batch", async () => {
    const graph = fakeGraph({
      batchAnswer: (version, count) => (version === "v1.0" && count <= 2 ? new Response("{}", { status: 429, headers: { "Retry-After": "3" } }) : null),
    });
    const { opts, sleeps } = options(graph);
    const evidence = await collectEvidence(opts);
    expect(sleeps).toEqual([3000]);
    expect(evidence.responses.every((r) => r.status === 200)).toBe(true);
  });

  it("turns a network failure into status 0 for that batch's items and carries on", async () => {
    const graph = fakeGraph({ batchAnswer: (version) => (version === "beta" ? new TypeError("Failed to fetch") : null) });
    const { opts } = options(graph);
    const evidence = await collectEvidence(opts);
    const beta = evidence.responses.filter((r) => r.request.startsWith("GET /beta"));
    expect(beta.map((r) => r.status)).toEqual(GRAPH_REQUESTS.filter((r) => r.version === "beta").map(() => 0));
    expect(beta[0]?.body).toMatchObject({ error: { code: "NetworkError", message: "Failed to fetch" } });
    expect(evidence.responses.filter((r) => r.request.startsWith("GET /v1.0")).every((r) => r.status === 200)).toBe(true);
    // No ADE token ids without a depOnboardingSettings answer, so no follow-up.
    expect(graph.calls).toHaveLength(2);
  });

  it("chunks more than 20 token follow-ups into several batches sent in the same round trip", async () => {
    const graph = fakeGraph({ tokens: 25 });
    const { opts, progress } = options(graph);
    const evidence = await collectEvidence(opts);
    const followUps = graph.calls.slice(2);
    expect(followUps.map((c) => c.ids.length)).toEqual([20, 5]);
    expect(progress.at(-1)).toEqual({ phase: "done", roundTrip: 2, expectedRoundTrips: 2 });
    const profiles = evidence.responses.slice(GRAPH_REQUESTS.length);
    expect(profiles.map((r) => r.request)).toEqual(Array.from({ length: 25 }, (_, i) => `GET /beta/deviceManagement/depOnboardingSettings/${tokenId(i)}/defaultMacOsEnrollmentProfile?$select=id,displayName,isDefault,requiresUserAuthentication,waitForDeviceConfiguredConfirmation,profileRemovalDisabled,fileVaultDisabled,adminAccountUserName,depProfileAdminAccountPasswordRotationSetting`));
    expect(profiles.map((r) => r.body)).toEqual(Array.from({ length: 25 }, (_, i) => profilesBody(i)));
  });

  it.each<[string, Parameters<typeof fakeGraph>[0], CollectProgress[]]>([
    ["two round trips", { tokens: 1 }, [
      { phase: "batches", roundTrip: 1, expectedRoundTrips: 2 },
      { phase: "enrollment-profiles", roundTrip: 2, expectedRoundTrips: 2 },
      { phase: "done", roundTrip: 2, expectedRoundTrips: 2 },
    ]],
    ["a throttled retry", { tokens: 1, answer: (url, _v, count) => (url === "/subscribedSkus" && count === 1 ? { status: 429 } : undefined) }, [
      { phase: "batches", roundTrip: 1, expectedRoundTrips: 2 },
      { phase: "throttle-retry", roundTrip: 2, expectedRoundTrips: 3 },
      { phase: "enrollment-profiles", roundTrip: 3, expectedRoundTrips: 3 },
      { phase: "done", roundTrip: 3, expectedRoundTrips: 3 },
    ]],
    ["no ADE token", { tokens: 0 }, [
      { phase: "batches", roundTrip: 1, expectedRoundTrips: 2 },
      { phase: "done", roundTrip: 1, expectedRoundTrips: 1 },
    ]],
  ])("reports progress for %s", async (_, script, expected) => {
    const { opts, progress } = options(fakeGraph(script));
    await collectEvidence(opts);
    expect(progress).toEqual(expected);
  });

  it("keeps going when the progress callback throws", async () => {
    const { opts } = options(fakeGraph({}), { onProgress: () => { throw new Error("render failed"); } });
    await expect(collectEvidence(opts)).resolves.toMatchObject({ kind: "intune-mac-readiness-evidence" });
  });

  it.each<[string, () => Promise<string>, string]>([
    ["a plain rejection", async () => { throw new Error("no account"); }, "sign-in-needed"],
    ["an AuthError", async () => { throw new AuthError("popup-blocked", "Allow pop-ups"); }, "popup-blocked"],
    ["an empty token", async () => "", "sign-in-needed"],
  ])("propagates a getToken failure (%s) as an AuthError and sends nothing", async (_, getToken, code) => {
    const graph = fakeGraph({});
    const { opts } = options(graph, { getToken });
    const error = await collectEvidence(opts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).code).toBe(code);
    expect(graph.calls).toHaveLength(0);
  });
});

describe("collectEvidenceSequential", () => {
  it("sends one plain GET at a time and produces the same evidence as the batched client", async () => {
    const sequentialGraph = fakeGraph({ tokens: 2 });
    const sequential = await collectEvidenceSequential(options(sequentialGraph).opts);
    const batched = await collectEvidence(options(fakeGraph({ tokens: 2 })).opts);

    expect(sequentialGraph.maxInFlight()).toBe(1);
    expect(sequentialGraph.calls.map((c) => c.method)).toEqual(Array(GRAPH_REQUESTS.length + 2).fill("GET"));
    expect(sequentialGraph.calls[0]?.headers.authorization).toBe("Bearer token-1");
    expect(sequentialGraph.calls.map((c) => c.url)).toEqual([
      ...GRAPH_REQUESTS.map((r) => `https://graph.microsoft.com/${r.version}${r.path}${r.query ? `?${r.query}` : ""}`),
      ...[0, 1].map((i) => `https://graph.microsoft.com/beta/deviceManagement/depOnboardingSettings/${tokenId(i)}/defaultMacOsEnrollmentProfile?$select=id,displayName,isDefault,requiresUserAuthentication,waitForDeviceConfiguredConfirmation,profileRemovalDisabled,fileVaultDisabled,adminAccountUserName,depProfileAdminAccountPasswordRotationSetting`),
    ]);
    expect(sequential).toEqual(batched);
  });

  it("records a network failure as status 0", async () => {
    const failing = async () => {
      throw new TypeError("Failed to fetch");
    };
    const evidence = await collectEvidenceSequential({ getToken: async () => "t", fetchImpl: failing, now: () => new Date(0) });
    expect(evidence.responses.map((r) => r.status)).toEqual(GRAPH_REQUESTS.map(() => 0));
  });
});

describe("collectEvidence: lists Graph splits into pages", () => {
  it("reads the remaining pages before judging, one round trip per page depth, and reports it", async () => {
    const next = "https://graph.example/beta/deviceManagement/deviceEnrollmentConfigurations?$expand=assignments&$skiptoken=p2";
    const graph = fakeGraph({
      tokens: 0,
      answer: (url, _v, count) => {
        if (url !== "/deviceManagement/deviceEnrollmentConfigurations") return undefined;
        return count === 1 ? { status: 200, body: { value: [{ id: "a" }], "@odata.nextLink": next } } : { status: 200, body: { value: [{ id: "b" }] } };
      },
    });
    const { opts, progress } = options(graph, { baseUrl: "https://graph.example/" });
    const evidence = await collectEvidence(opts);
    const configs = evidence.responses.find((r) => r.request.includes("deviceEnrollmentConfigurations"));
    expect(configs?.body).toEqual({ value: [{ id: "a" }, { id: "b" }] });
    expect(graph.calls.filter((c) => c.method === "GET").map((c) => c.url)).toEqual([next]);
    expect(progress.map((p) => p.phase)).toEqual(["batches", "more-pages", "done"]);
    expect(progress.at(-1)).toEqual({ phase: "done", roundTrip: 2, expectedRoundTrips: 2 });
  });
});
