// One HTTP exchange with Graph. Never throws: a network failure becomes status 0 for the items it carried.
import type { GraphVersion } from "../../domain/verification/requests.ts";
import {
  batchResultFromHttp,
  buildBatch,
  parseBody,
  parseRetryAfter,
  relativeUrl,
  type BatchItemResult,
  type BatchItemSpec,
} from "./batch.ts";

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export type Transport = {
  baseUrl: string;
  token: string;
  fetchImpl: FetchLike;
  now: () => Date;
};

export const DEFAULT_GRAPH_BASE_URL = "https://graph.microsoft.com";

export function trimBaseUrl(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, "");
}

export function networkFailure(error: unknown): BatchItemResult {
  const message = error instanceof Error ? error.message : String(error);
  return { status: 0, body: { error: { code: "NetworkError", message } } };
}

function headers(token: string, json: boolean): Record<string, string> {
  const base: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: "application/json" };
  return json ? { ...base, "Content-Type": "application/json" } : base;
}

export async function sendBatch(
  transport: Transport,
  version: GraphVersion,
  items: readonly BatchItemSpec[],
): Promise<Map<string, BatchItemResult>> {
  const ids = items.map((item) => item.id);
  const body = JSON.stringify(buildBatch(items, version));
  try {
    // Called unbound: window.fetch throws "Illegal invocation" when called as a method of another object.
    const { fetchImpl } = transport;
    const response = await fetchImpl(`${trimBaseUrl(transport.baseUrl)}/${version}/$batch`, {
      method: "POST",
      headers: headers(transport.token, true),
      body,
    });
    const text = await response.text();
    return batchResultFromHttp(
      { status: response.status, retryAfter: response.headers.get("retry-after"), text },
      ids,
      transport.now(),
    );
  } catch (error) {
    return new Map(ids.map((id) => [id, networkFailure(error)]));
  }
}

/** A plain GET, one request per resource: the benchmark's baseline. */
export function sendGet(transport: Transport, version: GraphVersion, path: string, query: string): Promise<BatchItemResult> {
  return sendGetUrl(transport, `${trimBaseUrl(transport.baseUrl)}/${version}${relativeUrl(path, query)}`);
}

/** A GET of an absolute Graph URL (a list's next page); the caller has checked that it points at Graph. */
export async function sendGetUrl(transport: Transport, url: string): Promise<BatchItemResult> {
  try {
    const { fetchImpl } = transport;
    const response = await fetchImpl(url, {
      method: "GET",
      headers: headers(transport.token, false),
    });
    const result: BatchItemResult = { status: response.status, body: parseBody(await response.text()) };
    // A throttled or unavailable page says when to come back, as a batch item does (paging.ts retries it).
    const retryAfterSeconds = parseRetryAfter(response.headers.get("retry-after"), transport.now());
    if (retryAfterSeconds !== undefined) result.retryAfterSeconds = retryAfterSeconds;
    return result;
  } catch (error) {
    return networkFailure(error);
  }
}
