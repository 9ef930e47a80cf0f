// Which app registration live checks sign in with: the site's public/config.json at runtime, overridable in settings.
import { CLOUDS } from "./clouds.ts";
import { validateAuthConfig, type AuthConfig, type AuthConfigProblem } from "./validate-config.ts";

export { validateAuthConfig, defaultRedirectUri, type AuthConfig, type AuthConfigProblem } from "./validate-config.ts";

/**
 * `graphBaseUrl` is set only in browser-test builds, to the loopback Graph stand-in; everywhere else Graph's host
 * follows the cloud of the app registration in use (see graphBaseUrlOf).
 */
export type RuntimeConfig =
  | { status: "ready"; config: AuthConfig; graphBaseUrl: string | null }
  /** No config.json, or one with an empty clientId: the UI explains how to register an app. */
  | { status: "not-configured"; config: null; reason: string; graphBaseUrl: string | null }
  | { status: "invalid"; config: null; reason: string; problems: readonly AuthConfigProblem[]; graphBaseUrl: string | null };

/** The Graph host a sign-in with this configuration may call: the same cloud as its authority. */
export function graphBaseUrlOf(config: AuthConfig, runtime: RuntimeConfig | null): string {
  return runtime?.graphBaseUrl ?? CLOUDS[config.cloud].graphOrigin;
}

export type RuntimeEnv = {
  /** Vite's BASE_URL, always ending in "/". */
  baseUrl: string;
  mode: string;
  /** The app's origin: the redirect bridge must live on it. */
  origin: string;
};

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

const browserEnv = (): RuntimeEnv => ({
  baseUrl: import.meta.env.BASE_URL,
  mode: import.meta.env.MODE,
  origin: globalThis.location?.origin ?? "",
});

// In the admin's words: they never see config.json, whoever hosts the site does (docs/deploy.md names the file).
const NOT_SET_UP = "Live checks sign in with an app registration in your own tenant, and none is set up for this site. Register one (about five minutes, steps below) and enter its IDs.";
const SITE_BROKEN = "This site’s sign-in settings are damaged, so they were ignored. Ask whoever hosts this site, or enter your app registration below.";

const LOOPBACK = /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/?$/;

/** Only browser-test builds may point Graph at the loopback stand-in; every other build talks to Graph itself. */
function graphBaseUrlFor(raw: Record<string, unknown>, mode: string): string | null {
  const candidate = raw.graphBaseUrl;
  if (mode === "e2e" && typeof candidate === "string" && LOOPBACK.test(candidate)) return candidate.replace(/\/$/, "");
  return null;
}

function stringField(raw: Record<string, unknown>, name: string): string {
  const value = raw[name];
  return typeof value === "string" ? value.trim() : "";
}

/** Reads `${BASE_URL}config.json`. Never throws: every failure is a status with a reason the UI can show. */
export async function loadRuntimeConfig(
  fetchImpl: FetchLike = (input, init) => fetch(input, init),
  env: RuntimeEnv = browserEnv(),
): Promise<RuntimeConfig> {
  const notConfigured = (reason: string): RuntimeConfig => ({ status: "not-configured", config: null, reason, graphBaseUrl: null });
  const invalid = (reason: string, problems: readonly AuthConfigProblem[] = []): RuntimeConfig => ({
    status: "invalid",
    config: null,
    reason,
    problems,
    graphBaseUrl: null,
  });
  let text: string;
  try {
    const response = await fetchImpl(`${env.baseUrl}config.json`, { cache: "no-store" });
    if (response.status === 404) return notConfigured(NOT_SET_UP);
    if (!response.ok) return invalid(`This site’s sign-in settings could not be read (HTTP ${response.status}). Ask whoever hosts this site, or enter your app registration below.`);
    // A dev server or SPA host answers a missing file with index.html.
    if ((response.headers.get("content-type") ?? "").includes("text/html")) {
      return notConfigured(NOT_SET_UP);
    }
    text = await response.text();
  } catch {
    return invalid("This site’s sign-in settings could not be loaded (network error). Reload the page, or enter your app registration below.");
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return invalid(SITE_BROKEN);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return invalid(SITE_BROKEN);
  const fields = raw as Record<string, unknown>;
  const graphBaseUrl = graphBaseUrlFor(fields, env.mode);
  const clientId = stringField(fields, "clientId");
  if (clientId === "") {
    return { ...notConfigured(NOT_SET_UP), graphBaseUrl };
  }
  const result = validateAuthConfig(
    { clientId, authority: stringField(fields, "authority"), redirectUri: stringField(fields, "redirectUri"), cloud: fields.cloud },
    { origin: env.origin, baseUrl: env.baseUrl, allowLoopbackAuthority: env.mode === "e2e" },
  );
  if (!result.ok) return { ...invalid("The app registration this site is set up with cannot work:", result.problems), graphBaseUrl };
  return { status: "ready", config: result.config, graphBaseUrl };
}

export type ResolvedAuthConfig =
  | { source: "settings" | "site"; config: AuthConfig }
  | { source: null; reason: string };

/** A saved override from the settings panel wins over config.json; an unusable override is ignored, not fatal. */
export function resolveAuthConfig(runtime: RuntimeConfig, override: AuthConfig | null): ResolvedAuthConfig {
  if (override) return { source: "settings", config: override };
  if (runtime.status === "ready") return { source: "site", config: runtime.config };
  return { source: null, reason: runtime.reason };
}
