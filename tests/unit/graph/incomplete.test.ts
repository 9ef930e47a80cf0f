// What the admin reads about a list the live check could not complete: what happened, on which page.
import { describe, expect, it } from "vitest";
import { INCOMPLETE_KEY, incompleteListText, readIncomplete } from "../../../src/domain/verification/incomplete.ts";
import { collectEvidence } from "../../../src/services/graph/client.ts";
import { indexEvidence } from "../../../src/domain/verification/keys.ts";
import { evaluate } from "../../../src/domain/verification/engine.ts";
import { check, res } from "../verification/helpers.ts";

const partial = (note?: object) => ({
  value: [{ id: "a" }],
  "@odata.nextLink": "https://graph.microsoft.com/beta/deviceManagement/deviceEnrollmentConfigurations?$skiptoken=x",
  ...(note ? { [INCOMPLETE_KEY]: note } : {}),
});

describe("incompleteListText", () => {
  it.each<[string, object | undefined, RegExp]>([
    ["no note (an evidence file keeps each first page)", undefined, /^Only the first page of the list was read/],
    ["throttled on page 3", { pagesRead: 2, cause: "throttled", status: 429, retryAfterSeconds: 40 }, /^Microsoft Graph throttled the read of the list on page 3 \(429, asked to wait 40 s\).*pages 1–2 were read/],
    ["unavailable on page 2", { pagesRead: 1, cause: "server", status: 503 }, /^Microsoft Graph had a server error \(503\) on page 2 of the list.*page 1 was read/],
    ["network on page 4", { pagesRead: 3, cause: "network", status: 0 }, /^Page 4 of the list could not be fetched \(network error\)/],
    ["refused page 2", { pagesRead: 1, cause: "refused", status: 403 }, /^Microsoft Graph refused page 2 of the list \(403\)/],
    ["past the page cap", { pagesRead: 20, cause: "page-cap" }, /^The list runs past 20 pages/],
    ["a link outside Graph", { pagesRead: 1, cause: "unfollowable" }, /^The link to page 2 of the list did not point to Microsoft Graph/],
  ])("%s", (_, note, expected) => {
    const text = incompleteListText("the list", partial(note));
    expect(text).toMatch(expected);
    if (note) expect(text).not.toMatch(/first page/);
  });

  it("ignores a malformed note", () => {
    expect(readIncomplete(partial({ pagesRead: 0, cause: "throttled" }))).toBeNull();
    expect(readIncomplete(partial({ pagesRead: 2, cause: "bored" }))).toBeNull();
    expect(readIncomplete({ value: [], [INCOMPLETE_KEY]: "x" })).toBeNull();
  });
});

describe("a check on a list the live check could not complete", () => {
  it("is an error that says it was throttled on page 3, with the throttled cause", () => {
    const result = check("enrollment-device-limit", [res("enrollmentConfigurations", partial({ pagesRead: 2, cause: "throttled", status: 429, retryAfterSeconds: 40 }))]);
    expect(result.verdict).toBe("error");
    expect(result.cause).toBe("throttled");
    expect(result.reason).toMatch(/throttled the read of the enrollment restrictions on page 3/);
  });

  it("end to end: a page Graph keeps throttling becomes that message, not 'first page'", async () => {
    const next = "https://graph.microsoft.com/beta/deviceManagement/deviceEnrollmentConfigurations?$expand=assignments&$skiptoken=";
    const fetchImpl = async (input: string, init?: RequestInit): Promise<Response> => {
      if (init?.method === "GET") {
        const page = Number(new URL(input).searchParams.get("$skiptoken"));
        if (page === 2) return new Response(JSON.stringify({ error: { code: "TooManyRequests" } }), { status: 429, headers: { "Retry-After": "5" } });
        return new Response(JSON.stringify({ value: [{ id: `c${page}` }], "@odata.nextLink": `${next}${page + 1}` }), { status: 200 });
      }
      const { requests } = JSON.parse(String(init?.body)) as { requests: { id: string; url: string }[] };
      const body = (url: string) => (url.startsWith("/deviceManagement/deviceEnrollmentConfigurations") ? { value: [{ id: "c0" }], "@odata.nextLink": `${next}1` } : { value: [] });
      return new Response(JSON.stringify({ responses: requests.map((r) => ({ id: r.id, status: 200, body: body(r.url) })) }), { status: 200 });
    };
    const sleeps: number[] = [];
    const evidence = await collectEvidence({ getToken: async () => "t", fetchImpl, sleep: async (ms) => void sleeps.push(ms) });
    expect(sleeps).toEqual([5000, 5000, 5000]);
    const result = evaluate(indexEvidence(evidence.responses), {}, new Date()).find((r) => r.item === "enrollment-device-limit");
    expect(result?.reason).toMatch(/on page 3 \(429, asked to wait 5 s\).*pages 1–2 were read/);
  });
});
