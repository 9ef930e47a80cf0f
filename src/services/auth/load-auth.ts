// The one door to sign-in: a dynamic import, so MSAL is fetched only when the admin opts in (or when the panel
// preloads it so the sign-in window can open inside the click). Browser tests run this same MSAL against a loopback
// identity-provider stand-in (scripts/identity-stand-in.mjs).
import type { GraphAuth } from "./types.ts";
import type { AuthConfig } from "./validate-config.ts";

export async function loadAuth(config: AuthConfig): Promise<GraphAuth> {
  return (await import("./msal-auth.ts")).createMsalAuth(config);
}
