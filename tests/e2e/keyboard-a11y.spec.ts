import { test, expect, type Page } from "@playwright/test";
import { ORGANIZATION_ITEMS, expectNoAxeViolations, statusOf } from "./support.ts";

async function tabTo(page: Page, matches: (label: string) => boolean, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    await page.keyboard.press("Tab");
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? el.getAttribute("aria-label") ?? el.textContent?.trim() ?? "" : "";
    });
    if (matches(label)) return;
  }
  throw new Error("focus never reached the wanted control");
}

test("completes the Organization step with the keyboard only", async ({ page }) => {
  await page.goto("/");
  await tabTo(page, (label) => /with Organization/.test(label));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/organization$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();

  for (const id of ORGANIZATION_ITEMS) {
    await tabTo(page, (label) => label.startsWith("Status of"));
    const focusedId = await page.evaluate(() => document.activeElement?.closest("section")?.getAttribute("data-item-id"));
    expect(focusedId).toBe(id);
    // "Done" is three options below "To do" in a native select; arrow keys change it without opening it.
    for (let i = 0; i < 3; i += 1) await page.keyboard.press("ArrowDown");
    await expect(statusOf(page, id)).toHaveValue("done");
  }
  await expect(page.getByTestId("announcer")).toContainText("status set to Done");
  await tabTo(page, (label) => label.startsWith("Next: Strategy"));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/strategy$/);
  await expect(page.getByRole("navigation", { name: "Wizard steps" })).toContainText("4 of 4 complete");
});

for (const path of ["/", "/organization", "/strategy", "/tenant", "/summary"]) {
  test(`axe finds no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, path);
  });
}

test("the layout reflows at 320 px without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of ["/", "/organization", "/strategy", "/tenant", "/summary"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
  }
});
