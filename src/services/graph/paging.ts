// Graph splits long lists into pages (`@odata.nextLink`). Reading only the first page could turn "not on page 1" into
// a false "not ready", so the rest is read here, one wave of GETs per page depth.
import type { BatchItemResult } from "./batch.ts";
import { sendGetUrl, trimBaseUrl, type Transport } from "./transport.ts";

/** Pages read per list at most (the first included): a runaway chain must not keep the admin waiting. */
export const MAX_PAGES = 20;

type Page = { value: unknown[]; nextLink: string | null };

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

/**
 * Appends every further page to the first page's `value`. The merged answer drops the link once the list is complete;
 * when a page fails, the page cap is hit or a link is not followable, the link stays, so the verdict engine knows the
 * list is partial rather than mistaking it for all there is. Returns how many waves of GETs were sent.
 */
export async function readRemainingPages(
  transport: Transport,
  results: Map<string, BatchItemResult>,
  onWave: (wave: number) => void = () => undefined,
): Promise<number> {
  const chains = new Map<string, { status: number; value: unknown[]; nextLink: string | null; pages: number; rest: Record<string, unknown> }>();
  for (const [id, result] of results) {
    const page = result.status === 200 ? pageOf(result.body) : null;
    if (page?.nextLink) chains.set(id, { status: result.status, value: [...page.value], nextLink: page.nextLink, pages: 1, rest: result.body as Record<string, unknown> });
  }
  let waves = 0;
  const due = () => [...chains].filter(([, c]) => c.nextLink !== null && c.pages < MAX_PAGES && isFollowable(c.nextLink, transport.baseUrl));
  for (let pending = due(); pending.length > 0; pending = due()) {
    waves += 1;
    onWave(waves);
    const answers = await Promise.all(pending.map(([, chain]) => sendGetUrl(transport, chain.nextLink!)));
    pending.forEach(([id, chain], i) => {
      const answer = answers[i]!;
      const page = answer.status === 200 ? pageOf(answer.body) : null;
      if (!page) {
        chains.set(id, { ...chain, pages: MAX_PAGES }); // stop here; the link stays, so the list reads as partial
        return;
      }
      chains.set(id, { ...chain, value: [...chain.value, ...page.value], nextLink: page.nextLink, pages: chain.pages + 1 });
    });
  }
  for (const [id, chain] of chains) {
    const { "@odata.nextLink": _dropped, ...first } = chain.rest;
    const body = chain.nextLink === null ? { ...first, value: chain.value } : { ...first, value: chain.value, "@odata.nextLink": chain.nextLink };
    results.set(id, { ...results.get(id)!, body });
  }
  return waves;
}
