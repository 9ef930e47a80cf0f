// Graph's answer when a token is no longer good enough (Continuous Access Evaluation, Conditional Access
// authentication context): HTTP 401 with
//   WWW-Authenticate: Bearer realm="", authorization_uri="…", error="insufficient_claims", claims="<base64 JSON>"
// https://learn.microsoft.com/entra/identity-platform/claims-challenge. MSAL wants the claims decoded, as JSON text.

/** The decoded claims of a challenge, or undefined for an ordinary 401 (expired or unusable token). */
export function claimsFromChallenge(header: string | null): string | undefined {
  if (!header) return undefined;
  const match = /\bclaims="([^"]+)"/i.exec(header);
  if (!match?.[1]) return undefined;
  try {
    const base64 = match[1].replace(/-/g, "+").replace(/_/g, "/");
    const padded = base64 + "=".repeat((4 - (base64.length % 4)) % 4);
    const json = new TextDecoder().decode(Uint8Array.from(atob(padded), (c) => c.charCodeAt(0)));
    JSON.parse(json);
    return json;
  } catch {
    // An unreadable challenge still deserves the one refresh, without claims.
    return undefined;
  }
}
