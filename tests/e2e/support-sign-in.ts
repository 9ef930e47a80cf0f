// The real sign-in path for browser tests: MSAL (the app's own lazily loaded chunk) signs in against the loopback
// identity-provider stand-in, and the Graph stand-in accepts only that stand-in's tokens, checking each read's scope.
import { expect, type Page } from "@playwright/test";
import { ENROLLMENT_PROFILES_REQUEST, GRAPH_REQUESTS } from "../../src/domain/verification/requests.ts";
import { startStandIn, type StandIn, type StandInOptions } from "../../scripts/graph-stand-in.mjs";
import { startIdentityStandIn, type IdentityStandIn, type IdentityStandInOptions } from "../../scripts/identity-stand-in.mjs";
import { recordLiveProgress } from "./support-graph.ts";

export const E2E_CLIENT_ID = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";

export type SignInRig = { idp: IdentityStandIn; graph: StandIn; close(): Promise<void> };

/** The delegated scope each read of the request table needs, as Graph enforces it. */
export function scopeOf(version: string, path: string): string | null {
  const lower = path.toLowerCase();
  const spec = GRAPH_REQUESTS.find((r) => r.path.toLowerCase() === lower && (r.version === version || r.alsoIn === version));
  if (spec) return spec.scope;
  return lower.startsWith("/devicemanagement/deponboardingsettings/") ? ENROLLMENT_PROFILES_REQUEST.scope : null;
}

export async function startSignInRig(
  baseURL: string | undefined,
  options: { graph?: Omit<StandInOptions, "verifyToken" | "scopeOf"> & Partial<Pick<StandInOptions, "evidence">>; idp?: Partial<IdentityStandInOptions> } = {},
): Promise<SignInRig> {
  const appOrigin = new URL(baseURL ?? "http://127.0.0.1:4174/").origin;
  const idp = await startIdentityStandIn({ clientId: E2E_CLIENT_ID, redirectUris: [`${appOrigin}/redirect.html`], ...options.idp });
  const graph = await startStandIn({
    port: 0,
    evidence: { kind: "intune-mac-readiness-evidence", version: 1, collectedAt: new Date().toISOString(), responses: [] },
    ...options.graph,
    verifyToken: (token) => idp.verifyAccessToken(token),
    scopeOf,
  } as StandInOptions);
  return { idp, graph, close: async () => void (await Promise.all([graph.close(), idp.close()])) };
}

/** Serves a config.json that points sign-in at the identity stand-in and Graph at the Graph stand-in. */
export async function routeConfig(page: Page, rig: SignInRig): Promise<void> {
  await page.route("**/config.json", (route) =>
    route.fulfill({ json: { clientId: E2E_CLIENT_ID, authority: rig.idp.authority, graphBaseUrl: rig.graph.url }, headers: { "Cache-Control": "no-store" } }),
  );
}

export const signedInAs = (page: Page) => page.getByTestId("signed-in-as");

/** Clicks "Sign in" and lets the real MSAL popup run through the stand-in and the redirect bridge, which closes it. */
export async function signInWithPopup(page: Page, rig: SignInRig): Promise<void> {
  const popup = page.waitForEvent("popup");
  await page.getByRole("button", { name: "Sign in" }).click();
  await (await popup).waitForEvent("close");
  await expect(signedInAs(page)).toContainText(rig.idp.user.preferred_username);
}

/** Opens "Check live" on the tenant step with the stand-ins configured and signs in through the popup. */
export async function signInToStandIn(page: Page, rig: SignInRig): Promise<void> {
  await routeConfig(page, rig);
  await recordLiveProgress(page);
  await page.goto("/tenant");
  await page.getByRole("tab", { name: "Check live" }).click();
  await expect(page.getByText("Signs in with the app registration")).toBeVisible();
  await signInWithPopup(page, rig);
}

/** Every sessionStorage and localStorage entry of the page, as "key=value". */
export async function storageEntries(page: Page): Promise<{ session: string[]; local: string[] }> {
  return page.evaluate(() => {
    const all = (storage: Storage) => Object.keys(storage).map((key) => `${key}=${storage.getItem(key) ?? ""}`);
    return { session: all(sessionStorage), local: all(localStorage) };
  });
}
