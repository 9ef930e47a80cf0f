// Which app registration live checks sign in with: public/config.json at runtime, overridable in settings.
import { validateAuthConfig, type AuthConfig, type AuthConfigProblem } from "./validate-config.ts";

export { validateAuthConfig, defaultRedirectUri, type AuthConfig, type AuthConfigProblem } from "./validate-config.ts";

export const PUBLIC_GRAPH_BASE_URL = "https://graph.microsoft.com";

export type RuntimeConfig =
  | { status: "ready"; config: AuthConfig; graphBaseUrl: string }
  /** No config.json, or one with an empty clientId: the UI explains how to register an app. */
  | { status: "not-configured"; config: null; reason: string; graphBaseUrl: string }
  | { status: "invalid"; config: null; reason: string; problems: readonly AuthConfigProblem[]; graphBaseUrl: string };

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

const LOOPBACK = /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/?$/;

/** Only browser-test builds may point Graph at the loopback stand-in; every other build talks to Graph itself. */
function graphBaseUrlFor(raw: Record<string, unknown>, mode: string): string {
  const candidate = raw.graphBaseUrl;
  if (mode === "e2e" && typeof candidate === "string" && LOOPBACK.test(candidate)) return candidate.replace(/\/$/, "");
  return PUBLIC_GRAPH_BASE_URL;
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
  const notConfigured = (reason: string): RuntimeConfig => ({ status: "not-configured", config: null, reason, graphBaseUrl: PUBLIC_GRAPH_BASE_URL });
  const invalid = (reason: string, problems: readonly AuthConfigProblem[] = []): RuntimeConfig => ({
    status: "invalid",
    config: null,
    reason,
    problems,
    graphBaseUrl: PUBLIC_GRAPH_BASE_URL,
  });
  let text: string;
  try {
    const response = await fetchImpl(`${env.baseUrl}config.json`, { cache: "no-store" });
    if (response.status === 404) return notConfigured("This site has no config.json, so no app registration is set.");
    if (!response.ok) return invalid(`config.json could not be read (HTTP ${response.status}).`);
    // A dev server or SPA host answers a missing file with index.html.
    if ((response.headers.get("content-type") ?? "").includes("text/html")) {
      return notConfigured("This site has no config.json, so no app registration is set.");
    }
    text = await response.text();
  } catch {
    return invalid("config.json could not be loaded (network error).");
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return invalid("config.json is not valid JSON.");
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return invalid("config.json must hold a JSON object.");
  const fields = raw as Record<string, unknown>;
  const graphBaseUrl = graphBaseUrlFor(fields, env.mode);
  const clientId = stringField(fields, "clientId");
  if (clientId === "") {
    return { ...notConfigured("config.json has no clientId: no app registration is set for live checks."), graphBaseUrl };
  }
  const result = validateAuthConfig(
    { clientId, authority: stringField(fields, "authority"), redirectUri: stringField(fields, "redirectUri") },
    { origin: env.origin, baseUrl: env.baseUrl },
  );
  if (!result.ok) return { ...invalid("config.json has settings that cannot work.", result.problems), graphBaseUrl };
  return { status: "ready", config: result.config, graphBaseUrl };
}

export type ResolvedAuthConfig =
  | { source: "settings" | "config.json"; config: AuthConfig }
  | { source: null; reason: string };

/** A saved override from the settings panel wins over config.json; an unusable override is ignored, not fatal. */
export function resolveAuthConfig(runtime: RuntimeConfig, override: AuthConfig | null): ResolvedAuthConfig {
  if (override) return { source: "settings", config: override };
  if (runtime.status === "ready") return { source: "config.json", config: runtime.config };
  return { source: null, reason: runtime.reason };
}
