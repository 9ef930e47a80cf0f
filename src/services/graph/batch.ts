// Graph JSON batching: building the request body and reading the answer defensively (graph-checks.md §10).
import type { GraphVersion } from "../../domain/verification/requests.ts";
import { isRecord } from "../../domain/is-record.ts";
import type { GraphResponse } from "../../domain/verification/types.ts";

/** Graph rejects a batch with more items than this as a whole (400). */
export const MAX_BATCH_ITEMS = 20;

export type BatchItemSpec = {
  id: string;
  /** Relative to the version root, e.g. "/me/memberOf". */
  path: string;
  /** Without the leading "?"; empty for none. */
  query: string;
  /** When given, must equal the batch's version: one batch is pinned to one version. */
  version?: GraphVersion;
};

export type BatchRequestBody = {
  requests: { id: string; method: "GET"; url: string }[];
};

/** One item's answer as the client keeps it until it becomes evidence. */
/** A batch item's answer is the domain's one Graph response type. */
export type BatchItemResult = GraphResponse;

/** What the client read off the HTTP response to the `$batch` POST itself. */
export type BatchHttpResponse = { status: number; retryAfter: string | null; text: string };

export function relativeUrl(path: string, query: string): string {
  return query ? `${path}?${query}` : path;
}

export function buildBatch(specs: readonly BatchItemSpec[], version: GraphVersion): BatchRequestBody {
  if (specs.length === 0 || specs.length > MAX_BATCH_ITEMS) {
    throw new RangeError(`A batch holds 1 to ${MAX_BATCH_ITEMS} requests, got ${specs.length}.`);
  }
  const seen = new Set<string>();
  for (const spec of specs) {
    // Graph compares ids case-insensitively and fails the whole batch on a duplicate.
    const key = spec.id.toLowerCase();
    if (seen.has(key)) throw new RangeError(`Duplicate batch id "${spec.id}".`);
    seen.add(key);
    if (spec.version !== undefined && spec.version !== version) {
      throw new RangeError(`Request "${spec.id}" is for ${spec.version}, not ${version}.`);
    }
  }
  return { requests: specs.map((spec) => ({ id: spec.id, method: "GET", url: relativeUrl(spec.path, spec.query) })) };
}

function graphError(code: string, message: string) {
  return { error: { code, message } };
}

function malformed(message: string): BatchItemResult {
  // 502: the engine reports it as an unexpected server answer rather than as "not configured".
  return { status: 502, body: graphError("MalformedBatchResponse", message) };
}

/** Seconds, or an HTTP date turned into seconds from `now`; anything else is ignored. */
export function parseRetryAfter(value: unknown, now?: Date): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? Math.ceil(value) : undefined;
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  if (!now) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

function headerValue(headers: unknown, name: string): unknown {
  if (!isRecord(headers)) return undefined;
  const wanted = name.toLowerCase();
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === wanted);
  return key === undefined ? undefined : headers[key];
}

/** Item bodies arrive as JSON objects, but some proxies and older services send them as JSON strings. */
export function parseBody(body: unknown): unknown {
  if (typeof body !== "string") return body ?? null;
  if (body.trim() === "") return null;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

function isHttpStatus(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 100 && value <= 599;
}

/**
 * Reads a `$batch` response body into one result per requested id. Graph may reorder responses; ids are matched
 * case-insensitively; a missing or unreadable item becomes a synthetic 502 so the engine never sees a gap.
 */
export function parseBatchResponse(json: unknown, ids: readonly string[], now?: Date): Map<string, BatchItemResult> {
  const results = new Map<string, BatchItemResult>();
  const responses = isRecord(json) ? json.responses : undefined;
  if (!Array.isArray(responses)) {
    for (const id of ids) results.set(id, malformed("The batch response has no responses array."));
    return results;
  }
  const byId = new Map<string, unknown>();
  for (const entry of responses) {
    if (!isRecord(entry) || typeof entry.id !== "string") continue;
    const key = entry.id.toLowerCase();
    if (!byId.has(key)) byId.set(key, entry);
  }
  for (const id of ids) {
    const entry = byId.get(id.toLowerCase());
    if (!isRecord(entry)) {
      results.set(id, malformed(`The batch response has no item for "${id}".`));
      continue;
    }
    if (!isHttpStatus(entry.status)) {
      results.set(id, malformed(`The batch item "${id}" has no valid status.`));
      continue;
    }
    const retryAfterSeconds = parseRetryAfter(headerValue(entry.headers, "retry-after"), now);
    const result: BatchItemResult = { status: entry.status, body: parseBody(entry.body) };
    if (retryAfterSeconds !== undefined) result.retryAfterSeconds = retryAfterSeconds;
    results.set(id, result);
  }
  return results;
}

/**
 * Turns the HTTP answer to the `$batch` POST into per-item results. A 200 carries per-item statuses; a batch-level
 * 4xx/5xx/429 (no per-item answers) is handed to every item unchanged, with the batch's Retry-After, so throttling
 * and server errors reach the engine faithfully. Older Graph docs had a failed batch answer 424 with items inside.
 */
export function batchResultFromHttp(
  response: BatchHttpResponse,
  ids: readonly string[],
  now?: Date,
): Map<string, BatchItemResult> {
  let json: unknown;
  let parsed = true;
  try {
    json = response.text.trim() === "" ? null : (JSON.parse(response.text) as unknown);
  } catch {
    parsed = false;
  }
  if (response.status === 200) {
    if (!parsed) {
      return new Map(ids.map((id) => [id, malformed("The batch response is not JSON.")]));
    }
    return parseBatchResponse(json, ids, now);
  }
  if (parsed && isRecord(json) && Array.isArray(json.responses)) return parseBatchResponse(json, ids, now);
  const retryAfterSeconds = parseRetryAfter(response.retryAfter, now);
  const body = parsed ? json : response.text;
  return new Map(
    ids.map((id) => {
      const result: BatchItemResult = { status: response.status, body };
      if (retryAfterSeconds !== undefined) result.retryAfterSeconds = retryAfterSeconds;
      return [id, result];
    }),
  );
}
