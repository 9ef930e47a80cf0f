import { describe, expect, it } from "vitest";
import { MAX_PAGES, isFollowable, readRemainingPages } from "../../../src/services/graph/paging.ts";
import type { BatchItemResult } from "../../../src/services/graph/batch.ts";
import type { Transport } from "../../../src/services/graph/transport.ts";
import { INCOMPLETE_KEY, incompleteListText } from "../../../src/domain/verification/incomplete.ts";

const BASE = "https://graph.microsoft.com";
const link = (list: string, page: number) => `${BASE}/beta/deviceManagement/${list}?$skiptoken=${page}`;

type Fault = { page: number; status: number; times?: number; retryAfter?: string };

/**
 * A Graph whose lists continue over `pages` pages; `fail` answers a given page with that status (500 when only a page
 * number is given), `times` times (always when not given), with an optional Retry-After header.
 */
function pagedGraph(lists: Record<string, number>, fail: Record<string, number | Fault> = {}) {
  const requested: string[] = [];
  const served = new Map<string, number>();
  const transport: Transport = {
    baseUrl: BASE,
    token: "t",
    now: () => new Date(0),
    fetchImpl: async (input) => {
      requested.push(input);
      const url = new URL(input);
      const list = url.pathname.split("/").pop()!;
      const page = Number(url.searchParams.get("$skiptoken"));
      const spec = fail[list];
      const fault: Fault | undefined = typeof spec === "number" ? { page: spec, status: 500 } : spec;
      const count = (served.get(input) ?? 0) + 1;
      served.set(input, count);
      if (fault && fault.page === page && count <= (fault.times ?? Infinity)) {
        const headers: Record<string, string> = fault.retryAfter === undefined ? {} : { "Retry-After": fault.retryAfter };
        return new Response(JSON.stringify({ error: { code: fault.status === 429 ? "TooManyRequests" : "ServiceUnavailable" } }), { status: fault.status, headers });
      }
      const next = page + 1 < lists[list]! ? { "@odata.nextLink": link(list, page + 1) } : {};
      return new Response(JSON.stringify({ value: [`${list}-${page}`], ...next }), { status: 200 });
    },
  };
  return { transport, requested };
}

const firstPage = (list: string, extra: Record<string, unknown> = {}): BatchItemResult => ({
  status: 200,
  body: { "@odata.context": "ctx", value: [`${list}-0`], "@odata.nextLink": link(list, 1), ...extra },
});

describe("readRemainingPages", () => {
  it("appends every page to the first, drops the link once the list is complete, and reads lists side by side", async () => {
    const { transport, requested } = pagedGraph({ configs: 3, skus: 2 });
    const results = new Map<string, BatchItemResult>([
      ["configs", firstPage("configs")],
      ["skus", firstPage("skus")],
      ["single", { status: 200, body: { value: ["only"] } }],
      ["refused", { status: 403, body: { error: {} } }],
    ]);
    const trips: string[] = [];
    expect(await readRemainingPages(transport, results, (kind) => trips.push(kind))).toBe(2);
    expect(trips).toEqual(["page", "page"]);
    expect(results.get("configs")?.body).toEqual({ "@odata.context": "ctx", value: ["configs-0", "configs-1", "configs-2"] });
    expect(results.get("skus")?.body).toEqual({ "@odata.context": "ctx", value: ["skus-0", "skus-1"] });
    expect(results.get("single")?.body).toEqual({ value: ["only"] });
    expect(results.get("refused")?.status).toBe(403);
    expect(requested).toHaveLength(3);
  });

  it("keeps the link when a page fails, so the list reads as partial, and keeps what it already has", async () => {
    const { transport } = pagedGraph({ configs: 4 }, { configs: 2 });
    const results = new Map([["configs", firstPage("configs")]]);
    await readRemainingPages(transport, results);
    expect(results.get("configs")?.body).toEqual({
      "@odata.context": "ctx",
      value: ["configs-0", "configs-1"],
      "@odata.nextLink": link("configs", 2),
      [INCOMPLETE_KEY]: { pagesRead: 2, cause: "server", status: 500 },
    });
  });

  it(`stops after ${MAX_PAGES} pages of a list that never ends`, async () => {
    const { transport, requested } = pagedGraph({ configs: 1_000 });
    const results = new Map([["configs", firstPage("configs")]]);
    await readRemainingPages(transport, results);
    expect(requested).toHaveLength(MAX_PAGES - 1);
    const body = results.get("configs")?.body as { value: unknown[]; "@odata.nextLink"?: string };
    expect(body.value).toHaveLength(MAX_PAGES);
    expect(body["@odata.nextLink"]).toBe(link("configs", MAX_PAGES));
    expect(results.get("configs")?.body).toMatchObject({ [INCOMPLETE_KEY]: { pagesRead: MAX_PAGES, cause: "page-cap" } });
  });

  it("never sends the token to a link outside Graph", async () => {
    const { transport, requested } = pagedGraph({ configs: 3 });
    const results = new Map<string, BatchItemResult>([["configs", { status: 200, body: { value: [1], "@odata.nextLink": "https://evil.example/beta/x" } }]]);
    expect(await readRemainingPages(transport, results)).toBe(0);
    expect(requested).toEqual([]);
    expect(results.get("configs")?.body).toEqual({ value: [1], "@odata.nextLink": "https://evil.example/beta/x", [INCOMPLETE_KEY]: { pagesRead: 1, cause: "unfollowable" } });
  });
});

describe("readRemainingPages: throttled and unavailable pages", () => {
  const retrying = () => {
    const sleeps: number[] = [];
    return { sleeps, retry: { sleep: async (ms: number) => void sleeps.push(ms), maxRetries: 3, maxRetryAfterSeconds: 30 } };
  };

  it.each([429, 503, 504])("retries a page that answered %i after its Retry-After, then carries on", async (status) => {
    const { transport, requested } = pagedGraph({ configs: 4 }, { configs: { page: 2, status, times: 1, retryAfter: "7" } });
    const { sleeps, retry } = retrying();
    const trips: string[] = [];
    const results = new Map([["configs", firstPage("configs")]]);
    expect(await readRemainingPages(transport, results, (kind) => trips.push(kind), retry)).toBe(3);
    expect(sleeps).toEqual([7000]);
    expect(trips).toEqual(["page", "page", "retry", "page"]);
    expect(requested.filter((url) => url === link("configs", 2))).toHaveLength(2);
    expect(results.get("configs")?.body).toEqual({ "@odata.context": "ctx", value: ["configs-0", "configs-1", "configs-2", "configs-3"] });
  });

  it("backs off without a Retry-After, and retries only the lists that need it", async () => {
    const { transport, requested } = pagedGraph({ configs: 3, skus: 3 }, { configs: { page: 1, status: 503, times: 2 } });
    const { sleeps, retry } = retrying();
    const results = new Map([["configs", firstPage("configs")], ["skus", firstPage("skus")]]);
    await readRemainingPages(transport, results, undefined, retry);
    expect(sleeps).toEqual([1000, 2000]);
    expect(requested.filter((url) => url === link("skus", 1))).toHaveLength(1);
    expect((results.get("configs")?.body as { value: unknown[] }).value).toHaveLength(3);
    expect((results.get("skus")?.body as { value: unknown[] }).value).toHaveLength(3);
  });

  it("stops after the bounded retries and notes on which page, and why, the list ends", async () => {
    const { transport } = pagedGraph({ configs: 5 }, { configs: { page: 2, status: 429, retryAfter: "4" } });
    const { sleeps, retry } = retrying();
    const results = new Map([["configs", firstPage("configs")]]);
    await readRemainingPages(transport, results, undefined, retry);
    expect(sleeps).toEqual([4000, 4000, 4000]);
    const body = results.get("configs")?.body;
    expect(body).toMatchObject({ value: ["configs-0", "configs-1"], "@odata.nextLink": link("configs", 2), [INCOMPLETE_KEY]: { pagesRead: 2, cause: "throttled", status: 429, retryAfterSeconds: 4 } });
    // What the admin reads: the page that was throttled (the third), not "the first page".
    expect(incompleteListText("the enrollment restrictions", body)).toMatch(/^Microsoft Graph throttled the read of the enrollment restrictions on page 3 \(429, asked to wait 4 s\).*pages 1–2 were read/);
  });

  it("does not wait longer than the bound: a page told to wait 120 s is not retried", async () => {
    const { transport, requested } = pagedGraph({ configs: 3 }, { configs: { page: 1, status: 429, retryAfter: "120" } });
    const { sleeps, retry } = retrying();
    const results = new Map([["configs", firstPage("configs")]]);
    await readRemainingPages(transport, results, undefined, retry);
    expect(sleeps).toEqual([]);
    expect(requested).toHaveLength(1);
    expect(results.get("configs")?.body).toMatchObject({ [INCOMPLETE_KEY]: { pagesRead: 1, cause: "throttled", retryAfterSeconds: 120 } });
  });

  it("never retries a page Graph refused (403)", async () => {
    const { transport, requested } = pagedGraph({ configs: 3 }, { configs: { page: 1, status: 403 } });
    const { sleeps, retry } = retrying();
    const results = new Map([["configs", firstPage("configs")]]);
    await readRemainingPages(transport, results, undefined, retry);
    expect(sleeps).toEqual([]);
    expect(requested).toHaveLength(1);
    expect(results.get("configs")?.body).toMatchObject({ [INCOMPLETE_KEY]: { pagesRead: 1, cause: "refused", status: 403 } });
  });
});

describe("isFollowable", () => {
  it.each([
    ["https://graph.microsoft.com/v1.0/subscribedSkus?$skiptoken=x", true],
    ["https://graph.microsoft.com/beta/deviceManagement/x?$skiptoken=y", true],
    ["https://graph.microsoft.com/other/x", false],
    ["http://graph.microsoft.com/v1.0/x", false],
    ["https://graph.microsoft.com.evil.example/v1.0/x", false],
    ["https://evil.example/v1.0/x", false],
    ["/v1.0/relative", false],
    ["javascript:alert(1)", false],
  ])("%s → %s", (url, expected) => {
    expect(isFollowable(url, "https://graph.microsoft.com/")).toBe(expected);
  });
});
