// Cheap to import (no MSAL): the adapter and the tests read the ID token's directory roles through this one function.

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The `wids` claim of an ID token's claims as MSAL decoded them: the user's tenant-wide directory roles by role template
 * id (Learn, access-token-claims-reference), lower-cased. Null when the claim is absent — the app registration's
 * groupMembershipClaims is not DirectoryRole or All (Learn, how-to-connect-fed-group-claims) — or not a list of ids, so
 * "no claim" is never mistaken for "no roles". Only the ids leave here, never the token.
 */
export function rolesFromIdTokenClaims(claims: unknown): readonly string[] | null {
  if (typeof claims !== "object" || claims === null) return null;
  const wids: unknown = (claims as Record<string, unknown>).wids;
  if (!Array.isArray(wids) || !wids.every((id): id is string => typeof id === "string" && GUID.test(id))) return null;
  return wids.map((id) => id.toLowerCase());
}
