// A fake Graph $batch endpoint for the client tests: answers per request id, records every call.
import type { CollectOptions, CollectProgress } from "../../../src/services/graph/client.ts";
import { depSettingsBody, profilesBody } from "./graph-fixtures.ts";

export type ItemAnswer = { status: number; body?: unknown; headers?: Record<string, string> };
export type Call = { method: string; url: string; version: string; ids: string[]; urls: string[]; headers: Record<string, string> };

/** A scripted Graph: `answer` decides each item (batch item or plain GET); `batchAnswer` may fail a whole batch. */
export function fakeGraph(options: {
  answer?: (url: string, version: string, count: number) => ItemAnswer | undefined;
  batchAnswer?: (version: string, count: number) => Response | Error | null;
  tokens?: number;
}) {
  const calls: Call[] = [];
  const perUrl = new Map<string, number>();
  let inFlight = 0;
  let maxInFlight = 0;
  const defaultAnswer = (url: string): ItemAnswer => {
    if (url.startsWith("/deviceManagement/depOnboardingSettings/")) {
      const index = Number(url.split("/")[3]?.slice(-12));
      return { status: 200, body: profilesBody(index) };
    }
    if (url === "/deviceManagement/depOnboardingSettings") return { status: 200, body: depSettingsBody(options.tokens ?? 1) };
    return { status: 200, body: { url } };
  };
  // Scripts match on the path: the request table's query strings are not this test's business.
  const answerItem = (url: string, version: string) => {
    const path = url.split("?")[0] ?? url;
    const count = (perUrl.get(path) ?? 0) + 1;
    perUrl.set(path, count);
    return options.answer?.(path, version, count) ?? defaultAnswer(path);
  };
  let batchCount = 0;
  const fetchImpl = async (input: string, init?: RequestInit): Promise<Response> => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      await new Promise((resolve) => setTimeout(resolve, 5));
      const url = new URL(input);
      const [, version = "", ...rest] = url.pathname.split("/");
      const headers = Object.fromEntries(new Headers(init?.headers).entries());
      if (init?.method === "POST") {
        const body = JSON.parse(String(init.body)) as { requests: { id: string; url: string }[] };
        calls.push({ method: "POST", url: input, version, ids: body.requests.map((r) => r.id), urls: body.requests.map((r) => r.url), headers });
        batchCount += 1;
        const override = options.batchAnswer?.(version, batchCount);
        if (override instanceof Error) throw override;
        if (override) return override;
        const responses = body.requests.map((r) => ({ id: r.id, ...answerItem(r.url, version) })).reverse();
        return new Response(JSON.stringify({ responses }), { status: 200 });
      }
      const relative = `/${rest.join("/")}${url.search}`;
      calls.push({ method: "GET", url: input, version, ids: [], urls: [relative], headers });
      const item = answerItem(decodeURIComponent(relative), version);
      return new Response(JSON.stringify(item.body ?? null), { status: item.status });
    } finally {
      inFlight -= 1;
    }
  };
  return { fetchImpl, calls, maxInFlight: () => maxInFlight };
}

export function options(graph: ReturnType<typeof fakeGraph>, extra: Partial<CollectOptions> = {}) {
  const sleeps: number[] = [];
  const progress: CollectProgress[] = [];
  const opts: CollectOptions = {
    getToken: async () => "token-1",
    fetchImpl: graph.fetchImpl,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    now: () => new Date("2026-05-01T09:00:00Z"),
    onProgress: (p) => progress.push(p),
    ...extra,
  };
  return { opts, sleeps, progress };
}

export const statusOf = (evidence: { responses: readonly { request: string; status: number }[] }, fragment: string) =>
  evidence.responses.find((r) => r.request.includes(fragment))?.status;
