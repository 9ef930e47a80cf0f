import { test, expect, type Page } from "@playwright/test";
import { referenceProgress } from "../fixtures/reference-progress.ts";
import { expectNoAxeViolations, seedProgress, settle } from "./support.ts";

const THEME_KEY = "intune-mac-readiness:theme";
const PATHS = ["/", "/organization", "/strategy", "/tenant", "/summary"] as const;
const THEMES = ["light", "dark", "high-contrast"] as const;

const themeRoot = (page: Page) => page.locator("[data-theme]").first();

/** Every status, verdict and decision shows up somewhere, so each theme's badge colours are scanned too. */
const seedReferenceProgress = (page: Page) => seedProgress(page, referenceProgress(new Date()));

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const theme of THEMES) {
  test(`axe finds no violations on any step or the Start-over dialog in the ${theme} theme`, async ({ page }) => {
    // Six full axe scans: minutes, not seconds, on a busy machine.
    test.setTimeout(240_000);
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [THEME_KEY, theme] as const);
    await seedReferenceProgress(page);
    for (const path of PATHS) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(themeRoot(page)).toHaveAttribute("data-theme", theme);
      if (path === "/organization") {
        // The details form (owner, due date, notes, evidence link) is part of what a user sees on every checklist step.
        await page.getByRole("button", { name: "Owner, due date, notes and evidence" }).first().click();
      }
      await expectNoAxeViolations(page, `${path} (${theme})`);
    }
    await page.getByRole("button", { name: "Start over" }).click();
    await expect(page.getByRole("dialog", { name: "Start over?" })).toBeVisible();
    await expectNoAxeViolations(page, `Start-over dialog (${theme})`);
  });
}

test("with no choice saved, the theme follows the operating system, live", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/organization");
  await expect(themeRoot(page)).toHaveAttribute("data-theme", "dark");
  await page.emulateMedia({ colorScheme: "light" });
  await expect(themeRoot(page)).toHaveAttribute("data-theme", "light");
  // Windows contrast themes arrive as forced colours.
  await page.emulateMedia({ forcedColors: "active" });
  await expect(themeRoot(page)).toHaveAttribute("data-theme", "high-contrast");
});

test("a theme picked in the menu wins over the system and is remembered across a reload", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/tenant");
  await expect(themeRoot(page)).toHaveAttribute("data-theme", "light");
  await page.getByRole("button", { name: /^Theme:/ }).click();
  await page.getByRole("menuitemradio", { name: "Dark" }).click();
  await expect(themeRoot(page)).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("button", { name: "Theme: Dark" })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(themeRoot(page)).toHaveAttribute("data-theme", "dark");
  expect(await page.evaluate((key) => localStorage.getItem(key), THEME_KEY)).toBe("dark");

  // Back to "Same as system": the OS decides again.
  await page.getByRole("button", { name: "Theme: Dark" }).click();
  await page.getByRole("menuitemradio", { name: "Same as system" }).click();
  await expect(themeRoot(page)).toHaveAttribute("data-theme", "light");
});

// 320 CSS px is WCAG 1.4.10's reflow width; 640 px at device scale 2 is a 1280 px window zoomed to 200 %.
for (const { name, viewport, deviceScaleFactor } of [
  { name: "320 px wide", viewport: { width: 320, height: 720 }, deviceScaleFactor: 1 },
  { name: "200 % zoom of a 1280 px window", viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
]) {
  test.describe(`reflow at ${name}`, () => {
    test.use({ viewport, deviceScaleFactor });

    test("no step, open details form or dialog needs horizontal scrolling", async ({ page }) => {
      await seedReferenceProgress(page);
      for (const path of PATHS) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await settle(page);
        if (path !== "/" && path !== "/summary") {
          await page.getByRole("button", { name: "Owner, due date, notes and evidence" }).first().click();
        }
        expect(await horizontalOverflow(page), `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
      }
      await page.getByRole("button", { name: "Start over" }).click();
      await expect(page.getByRole("dialog", { name: "Start over?" })).toBeVisible();
      expect(await horizontalOverflow(page), "horizontal overflow with the Start-over dialog open").toBeLessThanOrEqual(0);
    });
  });
}
