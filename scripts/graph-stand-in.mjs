// A loopback stand-in for Microsoft Graph: answers `$batch` (v1.0 and beta) and plain GETs from an evidence file,
// with per-request latency and injected faults. No dependencies; binds 127.0.0.1 only.
//
//   node scripts/graph-stand-in.mjs --port 4390 --latency 150 --evidence file.json \
//        [--fault vppTokens=429:2:1] [--fault /beta/$batch=503] [--token e2e-token] [--reorder] [--page-size 1]
//
// In code, `verifyToken` (the identity-provider stand-in's verifyAccessToken) makes it accept only that stand-in's
// tokens; `scopeOf(version, path)` names the delegated scope each read needs, checked against the token's `scp`, as
// Graph does (403 per item); `claimsChallenge: { times, acrs }` answers 401 with a WWW-Authenticate claims challenge
// (Continuous Access Evaluation) to tokens without that `acrs` value, `times` times.
//
// --page-size n splits every list longer than n into pages linked by @odata.nextLink ($skiptoken), as Graph does.
// --fault <path substring>=<status>[:<times>[:<retryAfter seconds>]]; a substring containing "$batch" faults the
// whole batch request instead of its items.
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const MAX_BATCH_ITEMS = 20;
const VERSIONS = ["v1.0", "beta"];
const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;

const graphError = (code, message) => ({ error: { code, message, innerError: { date: new Date().toISOString(), "request-id": "00000000-0000-0000-0000-000000000000" } } });

const FAULT_BODIES = {
  401: () => graphError("InvalidAuthenticationToken", "Access token is empty or invalid."),
  403: () => graphError("Forbidden", "Application is not authorized to perform this operation. Application must have one of the following scopes: DeviceManagementServiceConfig.Read.All, DeviceManagementServiceConfig.ReadWrite.All"),
  429: () => graphError("TooManyRequests", "Please retry again later."),
  500: () => graphError("InternalServerError", "An internal server error occurred."),
  503: () => graphError("ServiceUnavailable", "The service is temporarily unavailable."),
};

const faultBody = (status) => (FAULT_BODIES[status] ?? (() => graphError("Error", `Injected status ${status}.`)))();

/** "GET /v1.0/me/memberOf?$select=id" → "v1.0/me/memberof" (query ignored, case-insensitive). */
function keyOf(version, path) {
  return `${version}${path.split("?")[0]}`.replace(/\/+$/, "").toLowerCase();
}

function loadEvidence(evidence) {
  const file = typeof evidence === "string" ? JSON.parse(readFileSync(evidence, "utf8")) : evidence;
  if (!file || !Array.isArray(file.responses)) throw new Error("The evidence must have a responses array.");
  const answers = new Map();
  for (const entry of file.responses) {
    const match = /^GET\s+\/(v1\.0|beta)(\/\S*)$/i.exec(String(entry.request ?? "").trim());
    if (!match) continue;
    const key = keyOf(match[1].toLowerCase(), match[2]);
    // A later response for the same request wins, as in the app's evidence index (keys.ts).
    answers.set(key, { status: entry.status, body: entry.body });
  }
  return answers;
}

function compileFaults(faults = {}) {
  return Object.entries(faults).map(([substring, fault]) => ({
    substring: substring.toLowerCase(),
    status: fault.status,
    remaining: fault.times ?? Number.POSITIVE_INFINITY,
    retryAfter: fault.retryAfter ?? (fault.status === 429 ? 1 : undefined),
  }));
}

const FORBIDDEN_SCOPE = (scope) =>
  graphError("Forbidden", `Application is not authorized to perform this operation. Application must have one of the following scopes: ${scope}`);

/** The claims request Graph puts (base64) in its challenge: the token must carry this authentication context. */
export const challengeClaims = (acrs) => JSON.stringify({ access_token: { acrs: { essential: true, value: acrs } } });

export function startStandIn({
  port = 0,
  latencyMs = 0,
  evidence,
  faults = {},
  token = null,
  reorder = false,
  pageSize = 0,
  verifyToken = null,
  scopeOf = null,
  claimsChallenge = null,
} = {}) {
  const answers = loadEvidence(evidence);
  const compiled = compileFaults(faults);
  const log = [];
  let requests = 0;
  let selfOrigin = "";
  const started = performance.now();

  /** One page of a list, with the link to the next; `url` may carry the $skiptoken of a page link. */
  function paged(version, url, body) {
    if (!(pageSize > 0) || !body || !Array.isArray(body.value) || body.value.length <= pageSize) return body;
    const [path, query = ""] = url.split("?");
    const page = Number(new URLSearchParams(query).get("$skiptoken") ?? 0) || 0;
    const value = body.value.slice(page * pageSize, (page + 1) * pageSize);
    const more = (page + 1) * pageSize < body.value.length;
    return { ...body, value, ...(more ? { "@odata.nextLink": `${selfOrigin}/${version}${path}?$skiptoken=${page + 1}` } : {}) };
  }

  /** Consumes one use of the first matching fault, if any. */
  function takeFault(target, batchLevel) {
    const fault = compiled.find((f) => f.remaining > 0 && f.substring.includes("$batch") === batchLevel && target.includes(f.substring));
    if (!fault) return null;
    fault.remaining -= 1;
    return fault;
  }

  /** The answer for one GET, as Graph would give it inside a batch or on its own. */
  function answer(version, url, claims) {
    const path = url.startsWith("/") ? url : `/${url}`;
    const scope = scopeOf?.(version, path.split("?")[0]);
    if (scope && claims && !String(claims.scp ?? "").split(" ").some((s) => s.toLowerCase() === scope.toLowerCase())) {
      return { status: 403, headers: { "Content-Type": "application/json" }, body: FORBIDDEN_SCOPE(scope) };
    }
    const fault = takeFault(`/${version}${path.split("?")[0]}`.toLowerCase(), false);
    if (fault) {
      const headers = { "Content-Type": "application/json" };
      if (fault.retryAfter !== undefined) headers["Retry-After"] = String(fault.retryAfter);
      return { status: fault.status, headers, body: faultBody(fault.status) };
    }
    // The same resource often exists in both versions (requests.ts `alsoIn`): fall back to the other one.
    const other = VERSIONS.find((v) => v !== version);
    const found = answers.get(keyOf(version, path)) ?? answers.get(keyOf(other, path));
    if (!found) {
      return { status: 404, headers: { "Content-Type": "application/json" }, body: graphError("ResourceNotFound", `Resource not found for the segment '${path.split("?")[0]}'.`) };
    }
    return { status: found.status, headers: { "Content-Type": "application/json" }, body: found.status === 200 ? paged(version, path, found.body) : found.body };
  }

  function handleBatch(version, raw, claims) {
    let parsed;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return { status: 400, body: graphError("BadRequest", "Invalid batch payload format.") };
    }
    const items = parsed?.requests;
    if (!Array.isArray(items) || items.length === 0) return { status: 400, body: graphError("BadRequest", "Invalid batch payload format.") };
    if (items.length > MAX_BATCH_ITEMS) return { status: 400, body: graphError("BadRequest", `The number of batch requests (${items.length}) exceeds the limit of ${MAX_BATCH_ITEMS}.`) };
    const ids = items.map((item) => String(item?.id ?? "").toLowerCase());
    if (ids.some((id) => id === "") || new Set(ids).size !== ids.length) return { status: 400, body: graphError("BadRequest", "Batch request ids must be present and unique.") };
    const responses = items.map((item) => {
      if (item.method !== "GET" || typeof item.url !== "string") return { id: item.id, status: 405, headers: {}, body: graphError("BadRequest", "Only GET is served.") };
      return { id: item.id, ...answer(version, item.url, claims) };
    });
    return { status: 200, body: { responses: reorder ? responses.reverse() : responses }, ids: items.map((item) => item.id) };
  }

  /** The token's claims (an empty object for a fixed or any bearer token), or null when it is refused. */
  function authorised(req) {
    const header = req.headers.authorization ?? "";
    if (verifyToken) return verifyToken(header.replace(/^Bearer /, "")) ?? null;
    return (token === null ? /^Bearer \S+/.test(header) : header === `Bearer ${token}`) ? {} : null;
  }

  let challengesLeft = claimsChallenge?.times ?? 0;
  /** A WWW-Authenticate claims challenge for a token without the required authentication context, if one is due. */
  function challengeFor(claims) {
    if (challengesLeft <= 0 || (Array.isArray(claims.acrs) && claims.acrs.includes(claimsChallenge.acrs))) return null;
    challengesLeft -= 1;
    const encoded = Buffer.from(challengeClaims(claimsChallenge.acrs)).toString("base64");
    return `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="${encoded}"`;
  }

  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => {
      const entry = { method: req.method, path: req.url ?? "/", kind: "other", version: null, items: [], status: 0, startedAt: performance.now() - started, finishedAt: 0 };
      setTimeout(() => respond(req, res, Buffer.concat(chunks).toString("utf8"), entry), latencyMs);
    });
  });

  function respond(req, res, raw, entry) {
    const origin = req.headers.origin;
    if (origin && LOCAL_ORIGIN.test(origin)) {
      res.setHeader("Access-Control-Allow-Origin", origin);
      res.setHeader("Vary", "Origin");
      res.setHeader("Access-Control-Expose-Headers", "Retry-After, WWW-Authenticate");
    }
    const send = (status, body, headers = {}) => {
      entry.status = status;
      entry.finishedAt = performance.now() - started;
      if (entry.kind !== "preflight") requests += 1;
      log.push(entry);
      res.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store", ...headers });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    if (req.method === "OPTIONS") {
      entry.kind = "preflight";
      return send(204, undefined, {
        "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
        "Access-Control-Allow-Headers": "Authorization, Content-Type, Accept",
        "Access-Control-Max-Age": "600",
      });
    }
    const url = new URL(entry.path, "http://127.0.0.1");
    if (req.method === "GET" && url.pathname === "/health") return send(200, { ok: true });
    const match = /^\/(v1\.0|beta)(\/.*)$/.exec(url.pathname);
    if (!match) return send(404, graphError("BadRequest", "Invalid version."));
    const [, version, rest] = match;
    entry.version = version;
    if (req.method === "POST" && rest === "/$batch") entry.kind = "batch";
    else if (req.method === "GET") entry.kind = "get";
    const claims = authorised(req);
    if (!claims) return send(401, faultBody(401), { "WWW-Authenticate": 'Bearer error="invalid_token"' });
    entry.scp = claims.scp ?? null;
    const challenge = challengeFor(claims);
    if (challenge) {
      entry.challenged = true;
      return send(401, graphError("InvalidAuthenticationToken", "Continuous access evaluation resulted in challenge with result: InteractionRequired and code: TokenIssuedBeforeRevocationTimestamp"), { "WWW-Authenticate": challenge });
    }
    if (req.method === "POST" && rest === "/$batch") {
      entry.kind = "batch";
      const fault = takeFault(`/${version}/$batch`, true);
      if (fault) {
        return send(fault.status, faultBody(fault.status), fault.retryAfter !== undefined ? { "Retry-After": String(fault.retryAfter) } : {});
      }
      const result = handleBatch(version, raw, claims);
      entry.items = result.ids ?? [];
      return send(result.status, result.body);
    }
    if (req.method === "GET") {
      entry.kind = "get";
      entry.items = [rest];
      const result = answer(version, `${rest}${url.search}`, claims);
      return send(result.status, result.body, result.headers["Retry-After"] ? { "Retry-After": result.headers["Retry-After"] } : {});
    }
    return send(405, graphError("BadRequest", "Method not allowed."));
  }

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      selfOrigin = `http://127.0.0.1:${address.port}`;
      resolve({
        url: `http://127.0.0.1:${address.port}`,
        get requests() {
          return requests;
        },
        log,
        close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(() => done()); }),
      });
    });
  });
}

/**
 * Sequential round trips seen by the server: a request that arrived after an earlier one had been answered starts a
 * new round. Preflights are ignored (the browser pairs each with its request).
 */
export function countRoundTrips(log) {
  const entries = log.filter((entry) => entry.kind !== "preflight").sort((a, b) => a.startedAt - b.startedAt);
  let rounds = 0;
  let roundEnd = Number.NEGATIVE_INFINITY;
  for (const entry of entries) {
    if (entry.startedAt >= roundEnd) {
      rounds += 1;
      roundEnd = entry.finishedAt;
    } else {
      roundEnd = Math.max(roundEnd, entry.finishedAt);
    }
  }
  return rounds;
}

function parseArgs(argv) {
  const options = { port: 4390, latencyMs: 0, evidence: null, faults: {}, token: null, reorder: false, pageSize: 0 };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => argv[++i] ?? "";
    if (arg === "--port") options.port = Number(value());
    else if (arg === "--latency") options.latencyMs = Number(value());
    else if (arg === "--evidence") options.evidence = value();
    else if (arg === "--token") options.token = value();
    else if (arg === "--reorder") options.reorder = true;
    else if (arg === "--page-size") options.pageSize = Number(value());
    else if (arg === "--fault") {
      const [substring, spec = ""] = value().split(/=(?=[^=]*$)/);
      const [status, times, retryAfter] = spec.split(":").map((part) => (part === "" ? undefined : Number(part)));
      options.faults[substring] = { status, times, retryAfter };
    } else throw new Error(`Unknown argument ${arg}`);
  }
  if (!options.evidence) throw new Error("--evidence <file.json> is required");
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const standIn = await startStandIn(parseArgs(process.argv.slice(2)));
  console.log(`Graph stand-in listening on ${standIn.url}`);
  const stop = () => standIn.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
