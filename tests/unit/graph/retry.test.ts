import { describe, expect, it } from "vitest";
import { planRetry } from "../../../src/services/graph/retry.ts";
import type { BatchItemResult } from "../../../src/services/graph/batch.ts";

const r = (status: number, retryAfterSeconds?: number): BatchItemResult =>
  retryAfterSeconds === undefined ? { status, body: null } : { status, body: null, retryAfterSeconds };

describe("planRetry", () => {
  it.each<[string, [string, BatchItemResult | undefined][], number, string[], number]>([
    ["nothing throttled or unavailable", [["a", r(200)], ["b", r(403)], ["c", r(500)], ["d", r(0)], ["e", r(404)]], 0, [], 0],
    ["retries 503 and 504 like 429, after their Retry-After", [["a", r(503, 5)], ["b", r(504)], ["c", r(500)]], 0, ["a", "b"], 5],
    ["waits for the largest Retry-After among throttled items", [["a", r(429, 2)], ["b", r(429, 7)], ["c", r(200)]], 0, ["a", "b"], 7],
    ["backs off 1 s on the first retry without a Retry-After", [["a", r(429)]], 0, ["a"], 1],
    ["backs off 4 s on the third retry without a Retry-After", [["a", r(429)]], 2, ["a"], 4],
    ["caps a backoff at the bound", [["a", r(429)]], 10, ["a"], 30],
    ["leaves an item told to wait past the bound", [["a", r(429, 31)], ["b", r(429, 3)]], 0, ["b"], 3],
    ["retries a 424 like a throttled item", [["a", r(424)]], 0, ["a"], 1],
    ["skips items with no result", [["a", undefined]], 0, [], 0],
  ])("%s", (_, items, attempt, retried, wait) => {
    const plan = planRetry(items.map(([item, result]) => ({ item, result })), attempt, 30);
    expect(plan).toEqual({ retry: retried, waitSeconds: wait });
  });
});
