// Which items (batch items or pages) of a finished wave go into the next one, and how long to wait first
// (graph-checks.md §10, §11).
import type { BatchItemResult } from "./batch.ts";

/**
 * 429 is per-item throttling; 503 and 504 are Graph being briefly unavailable, and Graph's throttling guidance asks
 * for the same treatment (wait for Retry-After, else back off). 424 is how older Graph docs described a batch that
 * failed because of throttling; this client never uses `dependsOn`, so a 424 cannot mean anything else here. The
 * same rule applies to batch items and to the single GETs of further pages.
 */
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 424, 503, 504]);

export function isRetryable(result: BatchItemResult | undefined): boolean {
  return result !== undefined && RETRYABLE_STATUSES.has(result.status);
}

/** Without a Retry-After, back off exponentially (1 s, 2 s, 4 s, …) instead of retrying at once. */
export function backoffSeconds(attempt: number): number {
  return 2 ** attempt;
}

export type RetryPlan<T> = { retry: T[]; waitSeconds: number };

/**
 * Throttled or unavailable items are retried together after the largest Retry-After among them. An item told to wait longer than
 * `maxRetryAfterSeconds` is not retried: its answer is delivered as is, rather than keeping the admin waiting.
 */
export function planRetry<T>(
  items: readonly { item: T; result: BatchItemResult | undefined }[],
  attempt: number,
  maxRetryAfterSeconds: number,
): RetryPlan<T> {
  const retry: T[] = [];
  let waitSeconds = 0;
  for (const { item, result } of items) {
    if (!result || !isRetryable(result)) continue;
    const wait = result.retryAfterSeconds ?? Math.min(backoffSeconds(attempt), maxRetryAfterSeconds);
    if (wait > maxRetryAfterSeconds) continue;
    retry.push(item);
    waitSeconds = Math.max(waitSeconds, wait);
  }
  return { retry, waitSeconds };
}
