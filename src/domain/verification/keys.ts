import { ENROLLMENT_PROFILES_REQUEST, LEGACY_ENROLLMENT_PROFILES_PATH, type GraphRequestSpec, type GraphVersion } from "./requests.ts";
import type { GraphResponse } from "./types.ts";

const GRAPH_ORIGIN = /^https:\/\/graph\.microsoft\.com(?=\/)/i;
const VERSIONS: readonly GraphVersion[] = ["v1.0", "beta"];

/**
 * The matching key of a request line: "GET /v1.0/Path%28x%29/?a=b" → "GET /v1.0/path(x)". Method upper-cased, path
 * percent-decoded and lower-cased, query string, fragment and trailing slashes dropped. Null when the line is not
 * "<METHOD> /<v1.0|beta>/<path>" (an absolute https://graph.microsoft.com URL is accepted too).
 */
export function requestKey(request: string): string | null {
  const match = /^([A-Za-z]+) +(\S+)$/.exec(request.trim());
  if (!match) return null;
  const [, method = "", rawTarget = ""] = match;
  const withoutQuery = rawTarget.replace(GRAPH_ORIGIN, "").split(/[?#]/, 1)[0] ?? "";
  let decoded: string;
  try {
    decoded = decodeURIComponent(withoutQuery);
  } catch {
    return null;
  }
  const path = decoded.toLowerCase().replace(/\/+$/, "");
  const version = VERSIONS.find((v) => path.startsWith(`/${v}/`));
  if (!version || path.length <= version.length + 2) return null;
  return `${method.toUpperCase()} ${path}`;
}

/** The line the collection script, the live client and the demo write for a spec, query included. */
export function requestLine(spec: Pick<GraphRequestSpec, "method" | "version" | "path" | "query">): string {
  return `${spec.method} /${spec.version}${spec.path}${spec.query ? `?${spec.query}` : ""}`;
}

/**
 * The line of the follow-up read for one ADE token (its default macOS profile, query included). Encoded so an odd
 * token id can neither break the line nor reach another path; the key decodes it again.
 */
export function defaultMacProfileLine(depSettingId: string): string {
  const { method, version, pathFor, query } = ENROLLMENT_PROFILES_REQUEST;
  return `${method} /${version}${pathFor(encodeURIComponent(depSettingId))}?${query}`;
}

/** The line older scripts and builds wrote for the same follow-up: the whole profile list of one ADE token. */
export function enrollmentProfilesLine(depSettingId: string): string {
  const { method, version } = ENROLLMENT_PROFILES_REQUEST;
  return `${method} /${version}${LEGACY_ENROLLMENT_PROFILES_PATH(encodeURIComponent(depSettingId))}`;
}

/** Responses as the engine reads them: by request, whatever order or version alias they arrived in. */
export type EvidenceIndex = {
  /** The response for a spec in its own version, else in `alsoIn`; undefined when neither is present. */
  lookup(spec: Pick<GraphRequestSpec, "method" | "version" | "path" | "alsoIn">): GraphResponse | undefined;
  /**
   * The enrollment-profile response for one ADE token: its default macOS profile (one object), or from an older
   * evidence file the whole profile list (`value`).
   */
  profilesFor(depSettingId: string): GraphResponse | undefined;
};

export type IndexableResponse = { request: string; status: number; body: unknown; retryAfterSeconds?: number };

/** Later responses for the same request replace earlier ones (a re-run appended to the same list wins). */
export function indexEvidence(responses: readonly IndexableResponse[]): EvidenceIndex {
  const byKey = new Map<string, GraphResponse>();
  for (const r of responses) {
    const key = requestKey(r.request);
    if (key === null) continue;
    byKey.set(key, r.retryAfterSeconds === undefined
      ? { status: r.status, body: r.body }
      : { status: r.status, body: r.body, retryAfterSeconds: r.retryAfterSeconds });
  }
  const get = (line: string) => {
    const key = requestKey(line);
    return key === null ? undefined : byKey.get(key);
  };
  return {
    lookup(spec) {
      const primary = get(requestLine({ ...spec, query: "" }));
      if (primary || !spec.alsoIn) return primary;
      return get(requestLine({ ...spec, version: spec.alsoIn, query: "" }));
    },
    profilesFor(depSettingId) {
      return get(defaultMacProfileLine(depSettingId)) ?? get(enrollmentProfilesLine(depSettingId));
    },
  };
}
