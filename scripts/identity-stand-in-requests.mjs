// Request parsing for the identity-provider stand-in (identity-stand-in.mjs): scopes, claims requests, base64url.

/** Scopes every sign-in gets without a consent prompt (OpenID Connect's own). */
export const OIDC_SCOPES = new Set(["openid", "profile", "offline_access", "email"]);
export const GRAPH_RESOURCE = "https://graph.microsoft.com";

export const b64url = (value) => Buffer.from(value).toString("base64url");
export const fromB64url = (value) => Buffer.from(value, "base64url").toString("utf8");

/** "https://graph.microsoft.com/User.Read" and "User.Read" are the same Graph scope. */
export function graphScopes(scopeParam) {
  return [...new Set(String(scopeParam ?? "").split(/\s+/).filter(Boolean))]
    .filter((s) => !OIDC_SCOPES.has(s.toLowerCase()))
    .map((s) => (s.toLowerCase().startsWith(`${GRAPH_RESOURCE}/`) ? s.slice(GRAPH_RESOURCE.length + 1) : s));
}

/** The access-token claims a claims request asks for beyond the client capabilities (xms_cc) MSAL always sends. */
export function requestedAcrs(claimsParam) {
  if (!claimsParam) return [];
  try {
    const parsed = JSON.parse(claimsParam);
    const acrs = parsed?.access_token?.acrs;
    if (Array.isArray(acrs?.values)) return acrs.values.map(String);
    if (typeof acrs?.value === "string") return [acrs.value];
  } catch {
    // An unreadable claims request is ignored, as Entra answers with an error page we do not model.
  }
  return [];
}
