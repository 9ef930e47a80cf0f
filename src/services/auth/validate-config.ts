// Rules for an app registration's settings, with messages an Intune admin can act on. The authority field takes what
// the set-up steps tell people to copy (a Directory (tenant) ID or a domain) as well as a full authority URL.
import { CLOUDS, cloudOfLoginOrigin, isCloudId, type CloudId } from "./clouds.ts";

export type AuthConfig = { clientId: string; authority: string; redirectUri: string; cloud: CloudId };

export type AuthConfigProblem = { field: "clientId" | "authority" | "redirectUri" | "cloud"; message: string };

export type AuthConfigValidation = { ok: true; config: AuthConfig } | { ok: false; problems: readonly AuthConfigProblem[] };

export type AuthConfigInput = { clientId?: unknown; authority?: unknown; redirectUri?: unknown; cloud?: unknown };

export type ValidationContext = {
  /** The app's origin, e.g. "https://readiness.contoso.com". */
  origin: string;
  /** Vite's BASE_URL ("/" or "/sub/"), used for the default redirect URI. */
  baseUrl: string;
  /** Browser-test builds only: an https authority on loopback (the identity-provider stand-in) is accepted. */
  allowLoopbackAuthority?: boolean;
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The redirect bridge page that ships with the app (redirect.html next to index.html). */
export function defaultRedirectUri(origin: string, baseUrl: string): string {
  return `${origin}${baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`}redirect.html`;
}

const asText = (value: unknown) => (typeof value === "string" ? value.trim() : "");

function checkClientId(value: string): string | null {
  if (value === "") return "Enter the Application (client) ID from the app registration's Overview page in the Microsoft Entra admin center.";
  if (!GUID.test(value)) return "The Application (client) ID is a GUID such as 1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d.";
  if (/^[0-]+$/.test(value)) return "This is the placeholder GUID, not an app registration's ID.";
  return null;
}

function checkTenant(tenant: string): string | null {
  const lower = tenant.toLowerCase();
  if (lower === "common") {
    return "“common” also admits personal Microsoft accounts, which can never read Intune. Use your tenant ID or domain (single-tenant app), or “organizations” (multi-tenant app).";
  }
  if (lower === "consumers") return "“consumers” admits personal Microsoft accounts only, which cannot read Intune. Use your tenant ID or domain.";
  if (lower === "organizations" || GUID.test(tenant) || DOMAIN.test(tenant)) return null;
  return "Enter your Directory (tenant) ID (a GUID from the Overview page), a verified domain such as contoso.onmicrosoft.com, or “organizations”.";
}

/** A bare tenant ID, domain or "organizations" rather than a URL. */
const looksLikeTenant = (value: string) => !/[/:]/.test(value);

/** Returns the normalised authority or a problem. The authority must be on the chosen cloud's sign-in host. */
function checkAuthority(value: string, cloud: CloudId, context: ValidationContext): { authority: string } | { problem: string } {
  const loginOrigin = CLOUDS[cloud].loginOrigin;
  const usage = `Enter your Directory (tenant) ID or domain, or ${loginOrigin}/<tenant ID or domain>.`;
  if (value === "") {
    return { problem: "Enter your Directory (tenant) ID from the app registration's Overview page, or a domain such as contoso.onmicrosoft.com." };
  }
  if (looksLikeTenant(value)) {
    const problem = checkTenant(value);
    return problem ? { problem } : { authority: `${loginOrigin}/${value.toLowerCase()}` };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { problem: `This is neither a tenant ID, a domain nor a web address. ${usage}` };
  }
  const loopback = context.allowLoopbackAuthority === true && url.protocol === "https:" && LOOPBACK_HOSTS.has(url.hostname);
  if (!loopback && url.origin !== loginOrigin) {
    const other = cloudOfLoginOrigin(url.origin);
    const where = other === "gcc-high" ? "US Government (GCC High or DoD)" : other ? CLOUDS[other].label : null;
    return {
      problem: where
        ? `That address signs in to the ${where} cloud, but the cloud chosen is ${CLOUDS[cloud].label}. Choose the matching cloud above.`
        : `That is not the Microsoft sign-in address for ${CLOUDS[cloud].label}. ${usage}`,
    };
  }
  if (url.search || url.hash) return { problem: `The authority has no query or fragment. ${usage}` };
  const segments = url.pathname.split("/").filter((segment) => segment !== "");
  if (segments.length !== 1 || segments[0] === undefined) {
    return { problem: `The authority has exactly one path segment, the tenant (no /v2.0 or /oauth2). ${usage}` };
  }
  const tenant = decodeURIComponent(segments[0]);
  const problem = checkTenant(tenant);
  return problem ? { problem } : { authority: `${url.origin}/${tenant.toLowerCase()}` };
}

function checkRedirectUri(value: string, context: ValidationContext): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "The redirect URI must be an absolute URL, e.g. https://readiness.contoso.com/redirect.html.";
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
    return "Microsoft Entra only accepts https redirect URIs (http only for localhost).";
  }
  if (url.hash) return "The redirect URI cannot contain a fragment (#).";
  // The bridge page hands the response back over BroadcastChannel, which only reaches the same origin.
  if (context.origin && url.origin !== context.origin) {
    return `The redirect URI must be on this site (${context.origin}), where the sign-in bridge page is served.`;
  }
  return null;
}

export function validateAuthConfig(input: AuthConfigInput, context: ValidationContext): AuthConfigValidation {
  const problems: AuthConfigProblem[] = [];
  const rawCloud = input.cloud === undefined || input.cloud === "" ? "global" : input.cloud;
  const cloud: CloudId = isCloudId(rawCloud) ? rawCloud : "global";
  if (!isCloudId(rawCloud)) problems.push({ field: "cloud", message: "Choose Global, US Government GCC High, US Government DoD or China (21Vianet)." });

  const clientId = asText(input.clientId).toLowerCase();
  const clientIdProblem = checkClientId(clientId);
  if (clientIdProblem) problems.push({ field: "clientId", message: clientIdProblem });

  const authority = checkAuthority(asText(input.authority), cloud, context);
  if ("problem" in authority) problems.push({ field: "authority", message: authority.problem });

  const redirectUri = asText(input.redirectUri) || defaultRedirectUri(context.origin, context.baseUrl);
  const redirectProblem = checkRedirectUri(redirectUri, context);
  if (redirectProblem) problems.push({ field: "redirectUri", message: redirectProblem });

  if (problems.length > 0 || "problem" in authority) return { ok: false, problems };
  return { ok: true, config: { clientId, authority: authority.authority, redirectUri, cloud } };
}
