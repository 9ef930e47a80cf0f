// Delegated Graph scopes (graph-checks.md §0.3), taken from the domain's request table so they cannot drift from it.
import { SCOPES_IN_USE } from "../../domain/verification/consent.ts";

/** Sign-in asks for nothing that needs admin consent. */
export const SIGN_IN_SCOPES: readonly string[] = ["User.Read"];

/** Asked for when the admin runs the checks (incremental consent). */
export const CHECK_SCOPES: readonly string[] = [...new Set([...SIGN_IN_SCOPES, ...SCOPES_IN_USE])];
