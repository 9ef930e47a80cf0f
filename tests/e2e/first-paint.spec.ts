import { test, expect, type Page } from "@playwright/test";
import { settle } from "./support.ts";

// The welcome page is painted from static HTML before the app's JavaScript runs (scripts/prerender-plugin.ts);
// public/boot.js picks that copy only on the landing page and gives it the visitor's theme.

/** The page as it stands before any of the app's JavaScript arrives. */
async function withoutAppScripts(page: Page) {
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
}

const prerender = (page: Page) => page.locator("[data-prerender]");
const background = (page: Page) =>
  prerender(page).evaluate((el) => getComputedStyle(el.querySelector(".fui-FluentProvider > div") ?? el).backgroundColor);

test("the landing page paints the real welcome page before the app's scripts run, and nobody can act on that copy", async ({ page }) => {
  await withoutAppScripts(page);
  await page.goto("/");
  await expect(prerender(page)).toBeVisible();
  await expect(page.getByText("Get your Intune tenant ready for Macs")).toBeVisible();
  await expect(page.getByText("A shared Apple Account for the push certificate")).toBeVisible();
  expect(await background(page)).toBe("rgb(250, 250, 250)");
  // Inert and hidden from assistive technology: the loading message is what a screen reader hears.
  await expect(page.getByRole("heading", { name: "Get your Intune tenant ready for Macs" })).toHaveCount(0);
  await expect(page.getByRole("status")).toHaveText("Loading your readiness checklist…");
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest("[data-prerender]") ?? null)).toBeNull();
  await expect(page.locator("html")).toHaveAttribute("data-boot", "welcome");
});

test("other pages show the loading shell, not a stale welcome page", async ({ page }) => {
  await withoutAppScripts(page);
  for (const path of ["/tenant", "/summary", "/print"]) {
    await page.goto(path);
    await expect(page.getByText("Loading your readiness checklist…")).toBeVisible();
    await expect(prerender(page)).toBeHidden();
  }
});

test("the static copy follows the system's dark preference and a saved theme choice", async ({ page }) => {
  await withoutAppScripts(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  expect(await background(page)).toBe("rgb(31, 31, 31)");
  await page.evaluate(() => localStorage.setItem("intune-mac-readiness:theme", "light"));
  await page.reload();
  expect(await background(page)).toBe("rgb(250, 250, 250)");
  await page.evaluate(() => localStorage.setItem("intune-mac-readiness:theme", "high-contrast"));
  await page.reload();
  expect(await background(page)).toBe("rgb(0, 0, 0)");
});

test("the app replaces the static copy where it stood: same heading position, one largest paint, no CSP complaint", async ({ page }) => {
  await withoutAppScripts(page);
  await page.goto("/");
  const staticTop = await page.locator("[data-prerender] h1").evaluate((el) => el.getBoundingClientRect().top);
  await page.unrouteAll();

  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    const sizes: number[] = [];
    (window as unknown as { lcpSizes: number[] }).lcpSizes = sizes;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => sizes.push((entry as PerformanceEntry & { size: number }).size))).observe({
      type: "largest-contentful-paint",
      buffered: true,
    });
  });
  await page.reload();
  await settle(page);
  const heading = page.getByRole("heading", { level: 1, name: "Get your Intune tenant ready for Macs" });
  await expect(heading).toBeVisible();
  expect(await heading.evaluate((el) => el.getBoundingClientRect().top)).toBe(staticTop);
  // The app's first render repaints the same text in the same place: it must not count as a new, later, larger paint.
  const sizes = await page.evaluate(() => (window as unknown as { lcpSizes: number[] }).lcpSizes);
  expect(sizes.filter((size) => size >= 20_000)).toHaveLength(1);
  await page.getByRole("button", { name: "Start with Organization" }).click();
  await expect(page).toHaveURL(/\/organization$/);
  expect(violations).toEqual([]);
});
