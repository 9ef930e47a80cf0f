// One HTTP exchange with Graph. Never throws: a network failure becomes status 0 for the items it carried.
import type { GraphVersion } from "../../domain/verification/requests.ts";
import { AuthError } from "../auth/errors.ts";
import { claimsFromChallenge } from "./claims-challenge.ts";
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
  /**
   * Asked once a request comes back 401 (expired token, claims challenge): returns the token to retry with, or null
   * when there is nothing better than `rejected` (the caller then keeps the 401). Throws AuthError when sign-in is needed.
   */
  renewToken?: (claims: string | undefined, rejected: string) => Promise<string | null>;
};

export const DEFAULT_GRAPH_BASE_URL = "https://graph.microsoft.com";

export function trimBaseUrl(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, "");
}

export function networkFailure(error: unknown): BatchItemResult {
  const message = error instanceof Error ? error.message : String(error);
  return { status: 0, body: { error: { code: "NetworkError", message } } };
}

/**
 * One request, and on a 401 one retry with a renewed token: a 401 means "sign in again", which a silent refresh
 * (carrying a claims challenge if Graph sent one) usually answers without the admin noticing.
 */
async function fetchAuthorised(transport: Transport, url: string, init: (token: string) => RequestInit): Promise<Response> {
  // Called unbound: window.fetch throws "Illegal invocation" when called as a method of another object.
  const { fetchImpl } = transport;
  const used = transport.token;
  const response = await fetchImpl(url, init(used));
  if (response.status !== 401 || !transport.renewToken) return response;
  const fresh = await transport.renewToken(claimsFromChallenge(response.headers.get("www-authenticate")), used);
  return fresh === null ? response : fetchImpl(url, init(fresh));
}

/** Sign-in problems leave the collection (the UI asks the admin to sign in); anything else is a failed read. */
function rethrowAuth(error: unknown): void {
  if (error instanceof AuthError) throw error;
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
    const response = await fetchAuthorised(transport, `${trimBaseUrl(transport.baseUrl)}/${version}/$batch`, (token) => ({
      method: "POST",
      headers: headers(token, true),
      body,
    }));
    const text = await response.text();
    return batchResultFromHttp(
      { status: response.status, retryAfter: response.headers.get("retry-after"), text },
      ids,
      transport.now(),
    );
  } catch (error) {
    rethrowAuth(error);
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
    const response = await fetchAuthorised(transport, url, (token) => ({ method: "GET", headers: headers(token, false) }));
    const result: BatchItemResult = { status: response.status, body: parseBody(await response.text()) };
    // A throttled or unavailable page says when to come back, as a batch item does (paging.ts retries it).
    const retryAfterSeconds = parseRetryAfter(response.headers.get("retry-after"), transport.now());
    if (retryAfterSeconds !== undefined) result.retryAfterSeconds = retryAfterSeconds;
    return result;
  } catch (error) {
    rethrowAuth(error);
    return networkFailure(error);
  }
}
