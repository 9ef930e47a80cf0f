// Live evidence collection: one v1.0 and one beta `$batch` in parallel, bounded retries of throttled items, the rest of
// any list Graph paged, then one follow-up beta batch for the ADE tokens' enrollment profiles (graph-checks.md §9).
// Output is the evidence format.
import { ENROLLMENT_PROFILES_REQUEST, type GraphVersion } from "../../domain/verification/requests.ts";
import { stripSecrets } from "../../domain/verification/secrets.ts";
import { requestsForSteps, type VerifiedStep } from "../../domain/verification/step-requests.ts";
import type { EvidenceFile, EvidenceResponse } from "../../domain/verification/types.ts";
import { defaultMacProfileLine, requestLine } from "../../domain/verification/keys.ts";
import { AuthError } from "../auth/errors.ts";
import { MAX_BATCH_ITEMS, type BatchItemResult, type BatchItemSpec } from "./batch.ts";
import { planRetry } from "./retry.ts";
import { readRemainingPages } from "./paging.ts";
import { DEFAULT_GRAPH_BASE_URL, sendBatch, sendGet, type FetchLike, type Transport } from "./transport.ts";

export type CollectPhase = "batches" | "throttle-retry" | "more-pages" | "enrollment-profiles" | "done";

/** `roundTrip` of `expectedRoundTrips`: the estimate grows when Graph throttles and shrinks when no follow-up is due. */
export type CollectProgress = { phase: CollectPhase; roundTrip: number; expectedRoundTrips: number };

export type CollectOptions = {
  /**
   * Called without options for the first token; after a 401 once more with `forceRefresh` (a cached token is what
   * Graph refused) and the `claims` of Graph's challenge, if it sent one.
   */
  getToken: (options?: { claims?: string; forceRefresh?: boolean }) => Promise<string>;
  baseUrl?: string;
  fetchImpl?: FetchLike;
  sleep?: (ms: number) => Promise<void>;
  /** Retry waves per round, on top of the first attempt. */
  maxRetries?: number;
  /** Items told to wait longer than this keep their 429. */
  maxRetryAfterSeconds?: number;
  now?: () => Date;
  onProgress?: (progress: CollectProgress) => void;
  /**
   * Which steps' reads to send (default: the prerequisite check's). The set-up and policies steps need scopes the
   * prerequisite check does not ask for, so they are read only when the admin verifies them (step-requests.ts).
   */
  steps?: readonly VerifiedStep[];
};

/** `request` is the evidence line, written by the domain's own helpers so the engine always finds it. */
type Planned = BatchItemSpec & { version: GraphVersion; request: string };

type Run = {
  transport: Transport;
  sleep: (ms: number) => Promise<void>;
  maxRetries: number;
  maxRetryAfterSeconds: number;
  progress: (phase: CollectPhase, laterRoundTrips: number) => void;
};

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const firstRound = (steps: readonly VerifiedStep[] = ["tenant"]): Planned[] =>
  requestsForSteps(steps).map((spec) => ({ id: spec.id, version: spec.version, path: spec.path, query: spec.query, request: requestLine(spec) }));

function profileRequests(tokenIds: readonly string[]): Planned[] {
  const { version, pathFor, query } = ENROLLMENT_PROFILES_REQUEST;
  // Encoded: a token id must not be able to reach another path.
  return tokenIds.map((tokenId, index) => ({
    id: `profiles-${index}`,
    version,
    path: pathFor(encodeURIComponent(tokenId)),
    query,
    request: defaultMacProfileLine(tokenId),
  }));
}

/** ADE token ids from a successful depOnboardingSettings answer; anything else means no follow-up. */
export function depTokenIds(result: BatchItemResult | undefined): string[] {
  if (!result || result.status !== 200) return [];
  const body = result.body;
  if (typeof body !== "object" || body === null || !("value" in body) || !Array.isArray(body.value)) return [];
  const ids = (body.value as unknown[]).flatMap((entry) =>
    typeof entry === "object" && entry !== null && "id" in entry && typeof entry.id === "string" && entry.id !== "" ? [entry.id] : [],
  );
  return [...new Set(ids)];
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/** One round trip: every batch of the wave (one per version, chunked at 20) goes out at once. */
async function sendWave(transport: Transport, items: readonly Planned[]): Promise<Map<string, BatchItemResult>> {
  const versions = [...new Set(items.map((item) => item.version))];
  const batches = versions.flatMap((version) =>
    chunk(items.filter((item) => item.version === version), MAX_BATCH_ITEMS).map((group) => ({ version, group })),
  );
  const answers = await Promise.all(batches.map(({ version, group }) => sendBatch(transport, version, group)));
  return new Map(answers.flatMap((answer) => [...answer]));
}

async function runRound(run: Run, items: readonly Planned[], phase: CollectPhase, laterRoundTrips: number) {
  const results = new Map<string, BatchItemResult>();
  let pending: readonly Planned[] = items;
  for (let attempt = 0; pending.length > 0; attempt += 1) {
    run.progress(attempt === 0 ? phase : "throttle-retry", laterRoundTrips);
    for (const [id, result] of await sendWave(run.transport, pending)) results.set(id, result);
    if (attempt >= run.maxRetries) break;
    const next = planRetry(pending.map((item) => ({ item, result: results.get(item.id) })), attempt, run.maxRetryAfterSeconds);
    if (next.retry.length === 0) break;
    await run.sleep(next.waitSeconds * 1000);
    pending = next.retry;
  }
  return results;
}

/**
 * A live response may also say how long Graph asked us to wait (a 429 left after the bounded retries), so the
 * engine can tell the admin when to try again; indexEvidence() reads it.
 */
/** The evidence entry type already carries `retryAfterSeconds`. */
export type LiveEvidenceResponse = EvidenceResponse;

function toEvidence(items: readonly Planned[], results: ReadonlyMap<string, BatchItemResult>): LiveEvidenceResponse[] {
  return items.map((item) => {
    const result = results.get(item.id);
    // Nothing secret may reach an evidence file, even if Graph ignored a `$select` (secrets.ts).
    const response: LiveEvidenceResponse = { request: item.request, status: result?.status ?? 0, body: stripSecrets(result?.body ?? null) };
    if (result?.retryAfterSeconds !== undefined && (result.status === 429 || result.status === 503 || result.status === 504)) {
      response.retryAfterSeconds = result.retryAfterSeconds;
    }
    return response;
  });
}

export type LiveEvidenceFile = EvidenceFile & { responses: readonly LiveEvidenceResponse[] };

function evidenceFile(responses: LiveEvidenceResponse[], now: () => Date): LiveEvidenceFile {
  return { kind: "intune-mac-readiness-evidence", version: 1, collectedAt: now().toISOString(), responses };
}

/** A getToken failure is the one thing that escapes: the UI turns it into "sign in again". */
async function acquireToken(getToken: () => Promise<string>): Promise<string> {
  let token: unknown;
  try {
    token = await getToken();
  } catch (error) {
    if (error instanceof AuthError) throw error;
    throw new AuthError("sign-in-needed", "Sign in again to run the live checks.", { cause: error });
  }
  if (typeof token !== "string" || token === "") {
    throw new AuthError("sign-in-needed", "Sign-in did not return an access token. Sign in again to run the live checks.");
  }
  return token;
}

function transportFor(options: CollectOptions, token: string): Transport {
  // One renewal per collection, shared by every request that met a 401 meanwhile; a second 401 stays a 401.
  let renewal: Promise<string> | null = null;
  const transport: Transport = {
    baseUrl: options.baseUrl ?? DEFAULT_GRAPH_BASE_URL,
    token,
    // Wrapped so the browser's fetch is never called with a foreign `this`.
    fetchImpl: options.fetchImpl ?? ((input, init) => fetch(input, init)),
    now: options.now ?? (() => new Date()),
    renewToken: async (claims, rejected) => {
      renewal ??= acquireToken(() => options.getToken({ forceRefresh: true, ...(claims === undefined ? {} : { claims }) })).then((fresh) => {
        transport.token = fresh;
        return fresh;
      });
      const fresh = await renewal;
      return fresh === rejected ? null : fresh;
    },
  };
  return transport;
}

export async function collectEvidence(options: CollectOptions): Promise<LiveEvidenceFile> {
  const token = await acquireToken(options.getToken);
  const transport = transportFor(options, token);
  let roundTrip = 0;
  const report = (progress: CollectProgress) => {
    try {
      options.onProgress?.(progress);
    } catch {
      // A failing progress display must not lose the evidence.
    }
  };
  const run: Run = {
    transport,
    sleep: options.sleep ?? defaultSleep,
    maxRetries: Math.max(0, options.maxRetries ?? 3),
    maxRetryAfterSeconds: options.maxRetryAfterSeconds ?? 30,
    progress: (phase, laterRoundTrips) => {
      roundTrip += 1;
      report({ phase, roundTrip, expectedRoundTrips: roundTrip + laterRoundTrips });
    },
  };

  // Pages get the same bounded retries as batch items.
  const pageRetry = { sleep: run.sleep, maxRetries: run.maxRetries, maxRetryAfterSeconds: run.maxRetryAfterSeconds };
  const pages = (results: Map<string, BatchItemResult>, laterRoundTrips: number) =>
    readRemainingPages(transport, results, (kind) => run.progress(kind === "page" ? "more-pages" : "throttle-retry", laterRoundTrips), pageRetry);

  const main = firstRound(options.steps);
  const mainResults = await runRound(run, main, "batches", 1);
  await pages(mainResults, 1);
  const profiles = profileRequests(depTokenIds(mainResults.get("depSettings")));
  const profileResults = profiles.length > 0 ? await runRound(run, profiles, "enrollment-profiles", 0) : new Map<string, BatchItemResult>();
  await pages(profileResults, 0);
  report({ phase: "done", roundTrip, expectedRoundTrips: roundTrip });
  return evidenceFile([...toEvidence(main, mainResults), ...toEvidence(profiles, profileResults)], transport.now);
}

/** The one-request-at-a-time baseline the benchmark compares against. Not used by the app. */
export async function collectEvidenceSequential(options: CollectOptions): Promise<LiveEvidenceFile> {
  const transport = transportFor(options, await acquireToken(options.getToken));
  const results = new Map<string, BatchItemResult>();
  const main = firstRound(options.steps);
  for (const item of main) results.set(item.id, await sendGet(transport, item.version, item.path, item.query));
  await readRemainingPages(transport, results);
  const profiles = profileRequests(depTokenIds(results.get("depSettings")));
  const profileResults = new Map<string, BatchItemResult>();
  for (const item of profiles) profileResults.set(item.id, await sendGet(transport, item.version, item.path, item.query));
  await readRemainingPages(transport, profileResults);
  return evidenceFile([...toEvidence(main, results), ...toEvidence(profiles, profileResults)], transport.now);
}
