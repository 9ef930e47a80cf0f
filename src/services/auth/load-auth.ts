// The one door to sign-in. Both branches are dynamic imports, so MSAL is fetched only when the admin opts in, and
// Vite replaces `import.meta.env.MODE` at build time, dropping the test branch from production bundles.
import type { GraphAuth } from "./types.ts";
import type { AuthConfig } from "./validate-config.ts";

export async function loadAuth(config: AuthConfig): Promise<GraphAuth> {
  if (import.meta.env.MODE === "e2e") return (await import("./test-auth.ts")).createTestAuth();
  return (await import("./msal-auth.ts")).createMsalAuth(config);
}
