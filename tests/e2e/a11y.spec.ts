import { test, expect } from "@playwright/test";
import { referenceProgress } from "../fixtures/reference-progress.ts";
import { expectNoAxeViolations, seedProgress, setStatus, settle } from "./support.ts";

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
    await settle(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
  }
});

test("axe finds no violations on the new parts: executive block, blocked prompt, no-ABM guidance, switch, outline", async ({ page }) => {
  test.setTimeout(240_000);
  const progress = referenceProgress(new Date());
  progress.meta.managesIosDevices = true;
  await seedProgress(page, progress);
  await page.goto("/summary");
  await expect(page.getByTestId("executive")).toBeVisible();
  await expectNoAxeViolations(page, "summary with the executive block");
  await page.goto("/organization");
  await setStatus(page, "project-plan", "blocked");
  await expectNoAxeViolations(page, "organization with the blocked prompt");
  await page.goto("/strategy");
  const form = page.getByRole("form", { name: "Device strategy" });
  await form.getByRole("radio", { name: "Corporate only" }).check();
  await form.getByRole("radio", { name: "No", exact: true }).check();
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("tailoring-note")).toBeVisible();
  await expectNoAxeViolations(page, "strategy with the no-ABM guidance, the switch and the change sentence");
  await page.goto("/tenant");
  await page.getByRole("button", { name: "Collapse all" }).click();
  await expectNoAxeViolations(page, "tenant, collapsed");
});

