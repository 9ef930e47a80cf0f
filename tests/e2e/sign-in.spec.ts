// The real sign-in path: @azure/msal-browser (the app's own lazily loaded chunk) against the loopback identity-provider
// stand-in, through redirect.html, with the Graph stand-in accepting only that stand-in's tokens.
import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import { test, expect, type Page } from "@playwright/test";
import type { TenantItemId } from "../../src/domain/catalog/ids.ts";
import { scenarioEvidenceFile } from "../../src/domain/verification/demo.ts";
import { CHECK_SCOPES, SIGN_IN_SCOPES } from "../../src/services/auth/scopes.ts";
import { REDIRECT_MARKER_KEY } from "../../src/services/auth/redirect-marker.ts";
import { TENANT_ITEMS } from "./support.ts";
import { expectCardVerdicts } from "./support-graph.ts";
import { routeConfig, signInToStandIn, signedInAs, startSignInRig, storageEntries, type SignInRig } from "./support-sign-in.ts";

const allReady = Object.fromEntries(TENANT_ITEMS.map((id) => [id, "ready"])) as Record<TenantItemId, "ready">;
const healthy = () => scenarioEvidenceFile("healthy", new Date());
const sorted = (values: readonly string[]) => [...values].map((v) => v.toLowerCase()).sort();
/** The scopes the check run adds to sign-in's User.Read: what the second consent screen must list. */
const CHECK_ONLY = sorted(CHECK_SCOPES.filter((s) => !SIGN_IN_SCOPES.includes(s)));

/** Every bearer token the page sends to the Graph stand-in. */
function recordGraphTokens(page: Page, rig: SignInRig): Set<string> {
  const tokens = new Set<string>();
  page.on("request", (request) => {
    const header = request.headers().authorization;
    if (request.url().startsWith(rig.graph.url) && header?.startsWith("Bearer ")) tokens.add(header.slice(7));
  });
  return tokens;
}

const interactive = (rig: SignInRig) => rig.idp.log.filter((e) => e.kind === "authorize" && e.outcome === "code");
const tokenGrants = (rig: SignInRig, grant: string) => rig.idp.log.filter((e) => e.kind === "token" && e.grant === grant);

async function openLiveWay(page: Page, rig: SignInRig) {
  await routeConfig(page, rig);
  await page.goto("/tenant");
  await page.getByRole("tab", { name: "Check live" }).click();
  // The panel loads MSAL as soon as the registration is known, so the click needs no network round trip.
  await expect(page.getByRole("button", { name: "Sign in" })).toHaveAttribute("data-sign-in-ready", "true");
}

test("popup sign-in, incremental consent for the checks, tokens only in sessionStorage and never in a link or export; sign-out clears them", async ({ page, baseURL }, info) => {
  const rig = await startSignInRig(baseURL, { graph: { evidence: healthy() } });
  try {
    const sent = recordGraphTokens(page, rig);
    await signInToStandIn(page, rig);
    // Sign-in asked for User.Read only, and the consent screen listed only that.
    expect(interactive(rig).map((e) => [e.scopes, e.newlyConsented])).toEqual([[["User.Read"], ["User.Read"]]]);

    const consent = page.waitForEvent("popup");
    await page.getByRole("button", { name: "Run checks" }).click();
    await (await consent).waitForEvent("close");
    await expectCardVerdicts(page, allReady);
    // Running the checks asked again, for the read-only Intune scopes only, and the batches carried them.
    expect(interactive(rig)).toHaveLength(2);
    expect(sorted(interactive(rig)[1]?.newlyConsented ?? [])).toEqual(CHECK_ONLY);
    const batches = rig.graph.log.filter((e) => e.kind === "batch");
    expect(batches.length).toBeGreaterThan(0);
    for (const batch of batches) expect(sorted(String(batch.scp).split(" "))).toEqual(expect.arrayContaining(CHECK_ONLY));

    const tokens = [...sent];
    expect(tokens.length).toBeGreaterThan(0);
    const before = await storageEntries(page);
    for (const token of tokens) expect(before.session.some((entry) => entry.includes(token)), "MSAL keeps the access token in sessionStorage").toBe(true);
    expect(before.session.some((entry) => /"secret":"rt\./.test(entry)), "and the refresh token").toBe(true);
    expect(before.local.filter((entry) => /eyJ|"secret"|rt\.|msal/i.test(entry) || tokens.some((t) => entry.includes(t)))).toEqual([]);

    // Nothing of them in a share link, the JSON backup or the Markdown summary.
    await page.goto("/summary");
    await page.getByRole("button", { name: "Share" }).click();
    const link = await page.getByRole("dialog", { name: "Share progress with a link" }).getByRole("textbox", { name: "Link" }).inputValue();
    // s1.<base64url(crc32 (4 bytes) + deflate-raw(json))>, see src/domain/share/codec.ts.
    const shared = inflateRawSync(Buffer.from(link.split("#share=s1.")[1] ?? "", "base64url").subarray(4)).toString("utf8");
    expect(shared).toContain('"');
    await page.getByRole("button", { name: "Close" }).click();
    const exported: Record<string, string> = { "share link": `${link}\n${shared}` };
    for (const item of ["Download backup (JSON)", "Download Markdown summary"]) {
      await page.getByRole("button", { name: "Export" }).click();
      const download = page.waitForEvent("download");
      await page.getByRole("menuitem", { name: item }).click();
      const path = info.outputPath(item.replace(/\W+/g, "-"));
      await (await download).saveAs(path);
      exported[item] = readFileSync(path, "utf8");
    }
    for (const [where, text] of Object.entries(exported)) {
      for (const marker of [...tokens, "eyJ", "rt.", rig.idp.user.oid, rig.idp.origin, rig.graph.url]) {
        expect(text.includes(marker), `${where} contains ${marker.slice(0, 24)}`).toBe(false);
      }
    }

    // Sign-out forgets the account and every token of this app in this tab.
    await page.goto("/tenant");
    await page.getByRole("tab", { name: "Check live" }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    const after = await storageEntries(page);
    expect([...after.session, ...after.local].filter((entry) => /eyJ|"secret"/.test(entry) || tokens.some((t) => entry.includes(t)))).toEqual([]);
  } finally {
    await rig.close();
  }
});

test("a claims challenge is answered by one silent refresh carrying the claims and one retry; the next run renews silently", async ({ page, baseURL }) => {
  // Access tokens that MSAL treats as due for renewal at once (it renews 5 minutes ahead), so every run refreshes.
  const rig = await startSignInRig(baseURL, { graph: { evidence: healthy(), latencyMs: 50, claimsChallenge: { times: 1, acrs: "c1" } }, idp: { accessTokenSeconds: 120 } });
  try {
    await signInToStandIn(page, rig);
    const consent = page.waitForEvent("popup");
    await page.getByRole("button", { name: "Run checks" }).click();
    await (await consent).waitForEvent("close");
    let popups = 0;
    page.on("popup", () => (popups += 1));

    await expectCardVerdicts(page, allReady);
    const challenged = rig.graph.log.filter((e) => e.challenged);
    expect(challenged).toHaveLength(1);
    const withClaims = tokenGrants(rig, "refresh_token").filter((e) => e.claims?.includes('"c1"'));
    expect(withClaims.map((e) => e.status)).toEqual([200]);
    // The challenged batch was sent again once, with the new token, and every batch ended well.
    const batches = rig.graph.log.filter((e) => e.kind === "batch");
    expect(batches.filter((e) => e.status === 401)).toEqual(challenged);
    expect(batches.filter((e) => e.status === 200).length).toBe(batches.length - 1);
    await expect(page.locator("[data-problem]")).toHaveCount(0);

    const refreshesBefore = tokenGrants(rig, "refresh_token").length;
    const batchesBefore = batches.length;
    await page.getByRole("button", { name: "Run checks" }).click();
    await expect.poll(() => rig.graph.log.filter((e) => e.kind === "batch" && e.status === 200).length).toBeGreaterThan(batchesBefore);
    await expect(page.getByRole("button", { name: "Run checks" })).toBeEnabled();
    expect(tokenGrants(rig, "refresh_token").length, "the second run renewed the token with the refresh token").toBeGreaterThan(refreshesBefore);
    expect(popups, "no window for the challenge or the renewal").toBe(0);
  } finally {
    await rig.close();
  }
});

test("with 2 s of sign-in latency the popup still opens inside the click, as browsers that only allow pop-ups from a click require", async ({ page, baseURL }) => {
  const rig = await startSignInRig(baseURL, { graph: { evidence: healthy() }, idp: { latencyMs: 2000 } });
  // Safari's rule, made strict: window.open works only in the click's own task (its microtasks included), so any
  // network round trip before it would be blocked.
  await page.addInitScript(() => {
    let inClick = false;
    const state = window as unknown as { __blockedPopups: number };
    state.__blockedPopups = 0;
    addEventListener("click", () => {
      inClick = true;
      setTimeout(() => (inClick = false), 0);
    }, true);
    const open = window.open.bind(window);
    window.open = (...args: Parameters<typeof window.open>) => {
      if (inClick) return open(...args);
      state.__blockedPopups += 1;
      return null;
    };
  });
  try {
    await openLiveWay(page, rig);
    const clickedAt = Date.now();
    const popup = page.waitForEvent("popup");
    await page.getByRole("button", { name: "Sign in" }).click();
    await popup;
    // Opened before the stand-in had answered anything asked after the click.
    expect(rig.idp.log.filter((e) => e.at >= clickedAt && e.status !== 0)).toEqual([]);
    await expect(signedInAs(page)).toContainText(rig.idp.user.preferred_username, { timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { __blockedPopups: number }).__blockedPopups)).toBe(0);
  } finally {
    await rig.close();
  }
});

test("when pop-ups are blocked, sign-in and the consent for the checks go through this tab and return to the same step, with the check resumed", async ({ page, baseURL }) => {
  const rig = await startSignInRig(baseURL, { graph: { evidence: healthy() } });
  await page.addInitScript(() => {
    window.open = () => null;
  });
  try {
    await openLiveWay(page, rig);
    await page.getByRole("button", { name: "Sign in" }).click();
    // Microsoft's page (the stand-in) in this tab, then redirect.html, then back to the tenant step.
    await expect(signedInAs(page)).toContainText(rig.idp.user.preferred_username, { timeout: 20_000 });
    expect(new URL(page.url()).pathname).toBe("/tenant");
    await expect(page.getByRole("tab", { name: "Check live" })).toHaveAttribute("aria-selected", "true");
    expect(interactive(rig).map((e) => e.scopes)).toEqual([["User.Read"]]);

    await page.getByRole("button", { name: "Run checks" }).click();
    // Away for consent and back: the run carries on by itself, without another click.
    await expectCardVerdicts(page, allReady);
    expect(interactive(rig)).toHaveLength(2);
    expect(sorted(interactive(rig)[1]?.newlyConsented ?? [])).toEqual(CHECK_ONLY);
    expect(new URL(page.url()).pathname).toBe("/tenant");
    expect(await page.evaluate((key) => sessionStorage.getItem(key), REDIRECT_MARKER_KEY)).toBeNull();
    const { local } = await storageEntries(page);
    expect(local.filter((entry) => /eyJ|"secret"/.test(entry))).toEqual([]);
  } finally {
    await rig.close();
  }
});
