import { test, expect } from "@playwright/test";
import { referenceProgress } from "../fixtures/reference-progress.ts";
import { seedProgress, settle } from "./support.ts";

const DIR = "/work/wt/shots/signoff";

function seeded() {
  const p = referenceProgress(new Date());
  p.items["budget-sponsors"]!.blockedReason = "Waiting for the FY budget sign-off; Anna (finance) can chase the CFO.";
  p.items["project-plan"]!.dueDate = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
  p.decisions.policies!.value.appsAndBooks = false;
  return p;
}

for (const width of [1280, 390]) {
  test(`shots at ${width}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: 900 });
    await seedProgress(page, seeded());
    for (const path of ["/organization", "/strategy", "/tenant", "/summary"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await settle(page);
      await page.screenshot({ path: `${DIR}/${width}${path.replace("/", "-")}.png`, fullPage: true });
    }
    await page.goto("/strategy");
    await settle(page);
    const devices = page.getByRole("form", { name: "Device strategy" });
    await devices.getByRole("radio", { name: "Corporate only" }).check();
    await devices.getByRole("radio", { name: "No" }).check();
    await expect(page.getByTestId("no-abm-guidance")).toBeVisible();
    await page.getByTestId("no-abm-guidance").screenshot({ path: `${DIR}/${width}-no-abm.png` });
    await devices.getByRole("button", { name: "Save" }).click();
    await expect(page.getByTestId("tailoring-note")).toBeVisible();
    await page.locator('section[data-item-id="strategy-devices"]').screenshot({ path: `${DIR}/${width}-devices-card-saved.png` });
    await page.getByRole("switch", { name: /already manage iPhones/ }).check();
    await page.getByTestId("existing-ios").screenshot({ path: `${DIR}/${width}-ios-switch.png` });
    await page.goto("/tenant");
    await settle(page);
    await page.getByRole("button", { name: "Collapse all" }).click();
    await page.screenshot({ path: `${DIR}/${width}-tenant-collapsed.png`, fullPage: true });
    await page.getByRole("button", { name: "Expand all" }).click();
    await page.locator('section[data-item-id="apns-certificate"]').screenshot({ path: `${DIR}/${width}-apns-ios.png` });
    await page.goto("/print");
    await settle(page);
    await page.screenshot({ path: `${DIR}/${width}-print.png`, fullPage: true });
    await page.goto("/organization");
    await settle(page);
    await page.keyboard.press("Tab");
    await page.screenshot({ path: `${DIR}/${width}-skip-link.png` });
  });
}
