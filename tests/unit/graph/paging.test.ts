import { describe, expect, it } from "vitest";
import { MAX_PAGES, isFollowable, readRemainingPages } from "../../../src/services/graph/paging.ts";
import type { BatchItemResult } from "../../../src/services/graph/batch.ts";
import type { Transport } from "../../../src/services/graph/transport.ts";

const BASE = "https://graph.microsoft.com";
const link = (list: string, page: number) => `${BASE}/beta/deviceManagement/${list}?$skiptoken=${page}`;

/** A Graph whose lists continue over `pages` pages; `fail` answers a given page with that status. */
function pagedGraph(lists: Record<string, number>, fail: Record<string, number> = {}) {
  const requested: string[] = [];
  const transport: Transport = {
    baseUrl: BASE,
    token: "t",
    now: () => new Date(0),
    fetchImpl: async (input) => {
      requested.push(input);
      const url = new URL(input);
      const list = url.pathname.split("/").pop()!;
      const page = Number(url.searchParams.get("$skiptoken"));
      if (fail[list] === page) return new Response(JSON.stringify({ error: { code: "InternalServerError" } }), { status: 500 });
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
    const waves: number[] = [];
    expect(await readRemainingPages(transport, results, (w) => waves.push(w))).toBe(2);
    expect(waves).toEqual([1, 2]);
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
    expect(results.get("configs")?.body).toEqual({ "@odata.context": "ctx", value: ["configs-0", "configs-1"], "@odata.nextLink": link("configs", 2) });
  });

  it(`stops after ${MAX_PAGES} pages of a list that never ends`, async () => {
    const { transport, requested } = pagedGraph({ configs: 1_000 });
    const results = new Map([["configs", firstPage("configs")]]);
    await readRemainingPages(transport, results);
    expect(requested).toHaveLength(MAX_PAGES - 1);
    const body = results.get("configs")?.body as { value: unknown[]; "@odata.nextLink"?: string };
    expect(body.value).toHaveLength(MAX_PAGES);
    expect(body["@odata.nextLink"]).toBe(link("configs", MAX_PAGES));
  });

  it("never sends the token to a link outside Graph", async () => {
    const { transport, requested } = pagedGraph({ configs: 3 });
    const results = new Map<string, BatchItemResult>([["configs", { status: 200, body: { value: [1], "@odata.nextLink": "https://evil.example/beta/x" } }]]);
    expect(await readRemainingPages(transport, results)).toBe(0);
    expect(requested).toEqual([]);
    expect(results.get("configs")?.body).toEqual({ value: [1], "@odata.nextLink": "https://evil.example/beta/x" });
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
