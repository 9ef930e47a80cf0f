// Graph splits long lists into pages (`@odata.nextLink`). Reading only the first page could turn "not on page 1" into
// a false "not ready", so the rest is read here, one wave of GETs per page depth. A throttled or unavailable page is
// retried like a batch item (retry.ts); when a list still cannot be completed, the merged answer says why and where.
import { INCOMPLETE_KEY, type IncompleteCause, type IncompleteList } from "../../domain/verification/incomplete.ts";
import type { BatchItemResult } from "./batch.ts";
import { planRetry } from "./retry.ts";
import { sendGetUrl, trimBaseUrl, type Transport } from "./transport.ts";

/** Pages read per list at most (the first included): a runaway chain must not keep the admin waiting. */
export const MAX_PAGES = 20;

export type PageRetry = {
  sleep: (ms: number) => Promise<void>;
  /** Retry waves per page, on top of the first attempt. */
  maxRetries: number;
  /** A page told to wait longer than this is not retried. */
  maxRetryAfterSeconds: number;
};

/** Each round trip the paging makes: the next page of some lists, or another try of pages that were throttled. */
export type PageRoundTrip = "page" | "retry";

const NO_RETRY: PageRetry = { sleep: async () => undefined, maxRetries: 0, maxRetryAfterSeconds: 0 };

type Page = { value: unknown[]; nextLink: string | null };
type Chain = { value: unknown[]; nextLink: string | null; pages: number; rest: Record<string, unknown>; stop: IncompleteList | null };

function pageOf(body: unknown): Page | null {
  if (typeof body !== "object" || body === null || !("value" in body) || !Array.isArray(body.value)) return null;
  const link = "@odata.nextLink" in body ? body["@odata.nextLink"] : undefined;
  return { value: body.value, nextLink: typeof link === "string" && link !== "" ? link : null };
}

/** Only links back to the same Graph host and an API version are followed: the token must never go anywhere else. */
export function isFollowable(link: string, baseUrl: string): boolean {
  try {
    const url = new URL(link);
    const base = new URL(trimBaseUrl(baseUrl));
    return url.origin === base.origin && /^\/(v1\.0|beta)\//.test(url.pathname);
  } catch {
    return false;
  }
}

function causeOf(status: number): IncompleteCause {
  if (status === 0) return "network";
  if (status === 429 || status === 424) return "throttled";
  if (status >= 500) return "server";
  return "refused";
}

function stopped(chain: Chain, cause: IncompleteCause, answer?: BatchItemResult): Chain {
  const stop: IncompleteList = { pagesRead: chain.pages, cause };
  if (answer) stop.status = answer.status;
  if (answer?.retryAfterSeconds !== undefined) stop.retryAfterSeconds = answer.retryAfterSeconds;
  return { ...chain, stop };
}

/** One page of every due list, retrying throttled or unavailable pages within the bounds. */
async function readWave(
  transport: Transport,
  due: readonly [string, Chain][],
  retry: PageRetry,
  onRoundTrip: (kind: PageRoundTrip) => void,
): Promise<Map<string, BatchItemResult>> {
  const answers = new Map<string, BatchItemResult>();
  let pending = due;
  for (let attempt = 0; pending.length > 0; attempt += 1) {
    onRoundTrip(attempt === 0 ? "page" : "retry");
    const got = await Promise.all(pending.map(([, chain]) => sendGetUrl(transport, chain.nextLink!)));
    pending.forEach(([id], i) => answers.set(id, got[i]!));
    if (attempt >= retry.maxRetries) break;
    const plan = planRetry(pending.map((entry) => ({ item: entry, result: answers.get(entry[0]) })), attempt, retry.maxRetryAfterSeconds);
    if (plan.retry.length === 0) break;
    await retry.sleep(plan.waitSeconds * 1000);
    pending = plan.retry;
  }
  return answers;
}

function mergedBody(chain: Chain): Record<string, unknown> {
  const { "@odata.nextLink": _dropped, [INCOMPLETE_KEY]: _note, ...first } = chain.rest;
  if (chain.nextLink === null) return { ...first, value: chain.value };
  const body: Record<string, unknown> = { ...first, value: chain.value, "@odata.nextLink": chain.nextLink };
  if (chain.stop) body[INCOMPLETE_KEY] = chain.stop;
  return body;
}

/**
 * Appends every further page to the first page's `value`. The merged answer drops the link once the list is complete;
 * when a page fails for good, the page cap is hit or a link is not followable, the link stays, so the verdict engine
 * knows the list is partial rather than mistaking it for all there is, and a note (incomplete.ts) says what happened
 * on which page. Returns how many waves of page GETs were sent (retries not counted).
 */
export async function readRemainingPages(
  transport: Transport,
  results: Map<string, BatchItemResult>,
  onRoundTrip: (kind: PageRoundTrip) => void = () => undefined,
  retry: PageRetry = NO_RETRY,
): Promise<number> {
  const chains = new Map<string, Chain>();
  for (const [id, result] of results) {
    const page = result.status === 200 ? pageOf(result.body) : null;
    if (page?.nextLink) chains.set(id, { value: [...page.value], nextLink: page.nextLink, pages: 1, rest: result.body as Record<string, unknown>, stop: null });
  }
  let waves = 0;
  const due = () => {
    const ready: [string, Chain][] = [];
    for (const [id, chain] of chains) {
      if (chain.nextLink === null || chain.stop) continue;
      if (chain.pages >= MAX_PAGES) chains.set(id, stopped(chain, "page-cap"));
      else if (!isFollowable(chain.nextLink, transport.baseUrl)) chains.set(id, stopped(chain, "unfollowable"));
      else ready.push([id, chain]);
    }
    return ready;
  };
  for (let pending = due(); pending.length > 0; pending = due()) {
    waves += 1;
    const answers = await readWave(transport, pending, retry, onRoundTrip);
    for (const [id, chain] of pending) {
      const answer = answers.get(id)!;
      const page = answer.status === 200 ? pageOf(answer.body) : null;
      // Stop here; the link stays, so the list reads as partial.
      if (!page) chains.set(id, stopped(chain, answer.status === 200 ? "refused" : causeOf(answer.status), answer));
      else chains.set(id, { ...chain, value: [...chain.value, ...page.value], nextLink: page.nextLink, pages: chain.pages + 1 });
    }
  }
  for (const [id, chain] of chains) results.set(id, { ...results.get(id)!, body: mergedBody(chain) });
  return waves;
}
