import { test, expect, type Page } from "@playwright/test";
import { contentSecurityPolicy, PERMISSIONS_POLICY, REDIRECT_BRIDGE_PATH } from "../../security-headers.ts";
import { scenarioEvidenceFile } from "../../src/domain/verification/demo.ts";
import { setStatus } from "./support.ts";
import { routeConfig, signInWithPopup, startSignInRig } from "./support-sign-in.ts";

// The browser suite previews dist-e2e, so the e2e policy (production + the loopback Graph stand-in) is expected.
const EXPECTED_CSP = contentSecurityPolicy("e2e");

type Violation = { directive: string; blocked: string; source: string; sample: string };

/** Collects CSP violations from every document the page loads; exposeBinding survives full navigations. */
async function recordCspViolations(page: Page): Promise<Violation[]> {
  const violations: Violation[] = [];
  await page.exposeBinding("__reportCspViolation", (_source, violation: Violation) => {
    violations.push(violation);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCspViolation: (v: Violation) => void }).__reportCspViolation;
      report({ directive: event.effectiveDirective, blocked: event.blockedURI, source: `${event.sourceFile}:${event.lineNumber}`, sample: event.sample });
    });
  });
  return violations;
}

/** Every request URL the page makes, from the first navigation on. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  return urls;
}

async function xssFired(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
}

const payload = (field: string) => `${field} <img src=x onerror=window.__xss=1><svg onload=window.__xss=2>"'><script>window.__xss=3</script>`;

const injected = (page: Page) => page.locator('img[src="x"], svg[onload], script:not([src])');

test.describe("security headers", () => {
  for (const path of ["/", "/organization", "/summary"]) {
    test(`${path} is served with the strict policy and the other security headers`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const headers = response.headers();
      expect(headers["content-security-policy"]).toBe(EXPECTED_CSP);
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["content-security-policy"]).toMatch(/script-src 'self';/);
      expect(headers["referrer-policy"]).toBe("no-referrer");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["permissions-policy"]).toBe(PERMISSIONS_POLICY);
      expect(headers["x-frame-options"]).toBe("DENY");
    });
  }

  test("the sign-in bridge page may be framed by this site only, is never cached and has no Cross-Origin-Opener-Policy", async ({ request }) => {
    const response = await request.get(REDIRECT_BRIDGE_PATH);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers["content-security-policy"]).toBe(contentSecurityPolicy("e2e", "bridge"));
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'self'");
    expect(headers["x-frame-options"]).toBe("SAMEORIGIN");
    expect(headers["cache-control"]).toBe("no-store");
    expect(headers).not.toHaveProperty("cross-origin-opener-policy");
    expect(await response.text()).toContain("Finishing sign-in");
  });

  test("in the browser: the app refuses to be framed, while MSAL's hidden iframe can still load the bridge page", async ({ page }) => {
    const violations = await recordCspViolations(page);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const framed = async (src: string) =>
      page.evaluate(
        (url) =>
          new Promise<string | null>((resolve) => {
            const frame = document.createElement("iframe");
            frame.hidden = true;
            frame.src = url;
            // A refused frame shows an error page of another origin: its document is out of reach.
            frame.onload = () => resolve(frame.contentDocument?.documentElement.outerHTML ?? null);
            document.body.append(frame);
          }),
        src,
      );
    // The bridge loads and its script runs (MSAL retitles the page); with no sign-in response it says so.
    const bridge = await framed(`${REDIRECT_BRIDGE_PATH}?probe=1`);
    expect(bridge).toContain("<title>Microsoft Authentication</title>");
    expect(bridge).toContain('id="status"');
    expect(await framed("/organization")).toBeNull();
    // Loading the bridge broke no rule of the app's own policy (frame-src allows it). The refusal above is reported to
    // the refused page, not to the app, so it does not show up here.
    expect(violations.filter((v) => v.directive.startsWith("frame"))).toEqual([]);
  });

  test("the policy really applies: an injected inline script and inline style text are blocked", async ({ page }) => {
    const violations = await recordCspViolations(page);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__xss = 'inline script ran'";
      document.body.append(script);
      const style = document.createElement("style");
      style.textContent = ":root { --injected: yes }";
      document.head.append(style);
    });
    await expect.poll(() => violations.map((v) => v.directive)).toEqual(expect.arrayContaining(["script-src-elem", "style-src-elem"]));
    expect(await xssFired(page)).toBeUndefined();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--injected"))).toBe("");
  });
});

test("a full journey with hostile text in every free-text field: nothing runs, nothing leaves, no token is stored", async ({ browser, baseURL }) => {
  // Five steps, a real sign-in, a printout and two browser contexts: 15 s on a quiet machine, 40 s at a load of 18 on
  // two cores (a whole-suite run beside other builds); the default 60 s would leave too little margin.
  test.setTimeout(120_000);
  const appOrigin = new URL(baseURL ?? "http://127.0.0.1:4174/").origin;
  const rig = await startSignInRig(baseURL, { graph: { evidence: scenarioEvidenceFile("healthy", new Date()) } });
  const standIn = rig.graph;
  // The only origins a session may reach: the app, and (browser tests only) the Graph and sign-in stand-ins on loopback.
  const allowed = new Set([appOrigin, standIn.url, rig.idp.origin]);
  const senderContext = await browser.newContext({ ignoreHTTPSErrors: true });
  const receiverContext = await browser.newContext({ ignoreHTTPSErrors: true });
  try {
    const page = await senderContext.newPage();
    const violations = await recordCspViolations(page);
    const requests = recordRequests(page);
    await routeConfig(page, rig);
    const expectSafe = async (where: string, on: Page = page) => {
      expect(await xssFired(on), `script ran on ${where}`).toBeUndefined();
      await expect(injected(on), `markup injected on ${where}`).toHaveCount(0);
    };

    // Welcome: organization, tenant name, prepared by.
    await page.goto("/");
    await page.getByLabel("Organization", { exact: true }).fill(payload("Org"));
    await page.getByLabel("Tenant name").fill(payload("Tenant"));
    await page.getByLabel("Prepared by").fill(payload("Preparer"));
    await expect(page.getByRole("banner")).toContainText(payload("Org"));
    await expectSafe("/");
    await page.getByRole("button", { name: /with Organization/ }).click();

    // Organization: owner, notes and the evidence link of an item; statuses.
    await expect(page).toHaveURL(/\/organization$/);
    await setStatus(page, "security-approval", "done");
    await setStatus(page, "project-goals", "blocked");
    const card = page.locator('section[data-item-id="project-plan"]');
    await card.getByRole("button", { name: "Owner, due date, notes and evidence" }).click();
    await card.getByLabel(/^Owner of/).fill(payload("Owner"));
    await card.getByLabel(/^Notes for/).fill(payload("Notes"));
    const evidence = card.getByLabel(/^Evidence link for/);
    await evidence.fill("javascript:window.__xss=4");
    await expect(card.getByRole("alert")).toContainText("must start with https://");
    await evidence.fill('https://contoso.example/plan?q="><img src=x onerror=window.__xss=5>');
    await expect(card.getByRole("alert")).toHaveCount(0);
    await expectSafe("/organization");
    await page.getByRole("button", { name: "Next: Strategy" }).click();

    // Strategy: the policies decision's notes.
    await expect(page).toHaveURL(/\/strategy$/);
    const policies = page.getByRole("form", { name: "Policies" });
    await policies.getByRole("checkbox", { name: "FileVault disk encryption" }).check();
    await policies.getByRole("radio", { name: "No, not through Apps and Books" }).check();
    await policies.getByRole("textbox", { name: "Notes" }).fill(payload("Policy notes"));
    await policies.getByRole("button", { name: "Save" }).click();
    await expect(page.locator('section[data-item-id="strategy-policies"]')).toHaveAttribute("data-status", "done");
    await expectSafe("/strategy");
    await page.getByRole("button", { name: "Next: Tenant" }).click();

    // Tenant: a status, then a live check (real MSAL against the stand-ins) so a token and Graph answers exist.
    await expect(page).toHaveURL(/\/tenant$/);
    await setStatus(page, "apns-certificate", "in-progress");
    await page.getByRole("tab", { name: "Check live" }).click();
    await signInWithPopup(page, rig);
    await page.getByRole("button", { name: "Run checks" }).click();
    await expect(page.locator('section[data-item-id="apns-certificate"] [data-verdict]')).toHaveAttribute("data-verdict", "ready");
    await expectSafe("/tenant");
    await page.getByRole("button", { name: "Next: Set-up" }).click();
    await page.getByRole("button", { name: "Next: Policies" }).click();
    await page.getByRole("button", { name: "Next: Summary" }).click();

    // Summary shows the hostile text as text, after a reload too (it then comes from storage).
    for (const pass of ["summary", "summary after reload"]) {
      if (pass !== "summary") await page.reload();
      await expect(page).toHaveURL(/\/summary$/);
      const row = page.locator('tr[data-item-id="project-plan"]');
      await expect(row).toContainText(payload("Owner"));
      await expect(row).toContainText(payload("Notes"));
      await expect(page.locator("[data-decision=policies]")).toContainText(payload("Policy notes"));
      await expect(page.getByRole("banner")).toContainText(payload("Org"));
      await expectSafe(pass);
    }

    // The printout renders the same text as text.
    await page.goto("/print");
    await expect(page.locator('[data-print-item="project-plan"]')).toContainText(payload("Owner"));
    await expect(page.locator('[data-print-item="project-plan"]')).toContainText(payload("Notes"));
    await expectSafe("print");
    await page.goto("/summary");

    // Share: the sender's name travels in the link and is shown to whoever opens it.
    await page.getByRole("button", { name: "Share" }).click();
    const share = page.getByRole("dialog", { name: "Share progress with a link" });
    // The name field holds 80 characters: a shorter payload.
    const sender = "Sender <img src=x onerror=window.__xss=1><svg onload=window.__xss=2>";
    await share.getByRole("textbox", { name: /Your name/ }).fill(sender);
    await expect(share.getByRole("textbox", { name: "Link" })).toHaveValue(/#share=s1\./);
    const link = await share.getByRole("textbox", { name: "Link" }).inputValue();
    await share.getByRole("button", { name: "Close" }).click();
    await expectSafe("share dialog");

    const opened = await receiverContext.newPage();
    const openedViolations = await recordCspViolations(opened);
    const openedRequests = recordRequests(opened);
    await opened.goto(link);
    const preview = opened.getByRole("alertdialog", { name: /Open progress from a shared link/ });
    await expect(preview).toContainText(sender);
    await expectSafe("shared-link preview", opened);
    // The receiver's browser holds no progress, so the preview offers "Open" (Merge and Replace only exist when
    // there is local progress to keep or drop).
    await expect(preview).toContainText("opening it loses nothing");
    await preview.getByRole("button", { name: "Open" }).click();
    await expect(preview).toBeHidden();
    await opened.goto("/summary");
    await expect(opened.locator('tr[data-item-id="project-plan"]')).toContainText(payload("Owner"));
    await expectSafe("summary opened from the link", opened);

    const foreign = [...requests, ...openedRequests].filter((url) => !/^(data|blob):/.test(url) && !allowed.has(new URL(url).origin));
    expect(foreign, "requests to other origins").toEqual([]);
    expect(standIn.log.filter((entry) => entry.kind === "batch").length, "the live check reached the stand-in").toBeGreaterThan(0);

    for (const [who, tab] of [["sender", page], ["receiver", opened]] as const) {
      const stored = await tab.evaluate(() => Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key) ?? ""}`));
      for (const marker of ["eyJ", "access_token", "refresh_token", "accesstoken", "refreshtoken", "@odata.context", standIn.url]) {
        expect(stored.filter((entry) => entry.includes(marker)), `${who}'s localStorage entries containing ${marker}`).toEqual([]);
      }
    }

    expect(violations, "CSP violations during the journey").toEqual([]);
    expect(openedViolations, "CSP violations while opening the shared link").toEqual([]);
  } finally {
    await senderContext.close();
    await receiverContext.close();
    await rig.close();
  }
});
