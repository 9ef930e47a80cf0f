import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { test, expect, type Page } from "@playwright/test";
import { referenceProgress } from "../fixtures/reference-progress.ts";
import { TENANT_ITEM_IDS } from "../../src/domain/catalog/ids.ts";
import { collectRenewals } from "../../src/domain/export/ics.ts";
import type { Progress } from "../../src/domain/progress/model.ts";
import { strategyFingerprint } from "../../src/domain/verification/judged-under.ts";
import { STRATEGY_CHANGED_TEXT } from "../../src/domain/verification/standing.ts";
import { expectNoAxeViolations, savedProgress, seedProgress, settle } from "./support.ts";

const SHOTS = process.env.SHOTS_DIR;

/** The reference progress with every result judged under its own strategy, one fresh "ready" left to finish, one imported. */
function ownResults(now: Date): Progress {
  const progress = referenceProgress(now);
  for (const id of TENANT_ITEM_IDS) {
    const record = progress.verification[id]!;
    const fp = strategyFingerprint(id, progress.decisions);
    progress.verification[id] = { ...record, ...(fp ? { strategyFingerprint: fp } : {}) };
  }
  progress.items["mdm-user-scope"] = { ...progress.items["mdm-user-scope"]!, status: "todo" };
  progress.items["enrollment-platform-restrictions"] = { ...progress.items["enrollment-platform-restrictions"]!, status: "todo" };
  progress.verification["enrollment-platform-restrictions"] = {
    ...progress.verification["enrollment-platform-restrictions"]!,
    imported: { via: "link", by: "Alex Kim", at: new Date(now.getTime() - 86_400_000).toISOString() },
  };
  return progress;
}

const card = (page: Page, id: string) => page.locator(`section[data-item-id="${id}"]`);
const markDone = (page: Page, id: string) => card(page, id).getByRole("button", { name: /^Mark as done/ });

async function shotOf(page: Page, selector: string, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    // Not settle(): toasts may still be animating, and a screenshot for a person to look at does not need to wait for them.
    await expect(page.locator("[data-lazy-loading]")).toHaveCount(0);
    await page.locator(selector).first().screenshot({ path: `${SHOTS}/${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}


test("results stay honest: Mark as done only for fresh own results, imports labelled, a changed strategy withholds the verdict", async ({ page }) => {
  await seedProgress(page, ownResults(new Date()));
  await page.goto("/tenant");
  await expect(markDone(page, "mdm-user-scope")).toBeVisible();
  // Imported from a colleague's link: labelled with who and when, and it cannot finish the item here.
  const imported = card(page, "enrollment-platform-restrictions");
  await expect(imported.locator("[data-verdict]")).toHaveAttribute("data-verdict", "ready");
  await expect(imported).toContainText("Imported from a shared link by Alex Kim");
  await expect(markDone(page, "enrollment-platform-restrictions")).toHaveCount(0);
  await shotOf(page, 'section[data-item-id="enrollment-platform-restrictions"]', "card-imported");

  // The admin now says corporate Macs are not bought through Apple Business Manager.
  await page.goto("/strategy");
  const devices = page.getByRole("form", { name: "Device strategy" });
  await devices.getByRole("radio", { name: "No" }).check();
  await devices.getByRole("button", { name: "Save" }).click();
  await expect(devices.getByRole("status")).toContainText("Decision saved");

  await page.goto("/tenant");
  // The ADE card is now "not needed" and shown collapsed; the platform restriction still applies and is open.
  const restrictions = card(page, "enrollment-platform-restrictions");
  await expect(restrictions.locator("[data-verdict]")).toHaveAttribute("data-verdict", "strategy-changed");
  await expect(restrictions).toContainText(STRATEGY_CHANGED_TEXT);
  // Checks that do not depend on the devices answers keep their verdicts.
  await expect(card(page, "apns-certificate").locator("[data-verdict]")).toHaveAttribute("data-verdict", "ready");
  await shotOf(page, 'section[data-item-id="enrollment-platform-restrictions"]', "card-strategy-changed");
  await expectNoAxeViolations(page, "/tenant with results judged under an older strategy");

  await page.goto("/summary");
  await expect(page.locator('tr[data-item-id="ade-token"]')).toHaveAttribute("data-verdict", "strategy-changed");
  await expect(page.locator('tr[data-item-id="ade-token"]')).toContainText(STRATEGY_CHANGED_TEXT);
  await expect(page.locator('tr[data-item-id="enrollment-platform-restrictions"]')).toContainText("Imported from a shared link by Alex Kim");
  await shotOf(page, 'section[aria-labelledby="summary-tenant"]', "summary-tenant-strategy-changed");

  await page.goto("/print");
  await settle(page);
  await expect(page.locator('[data-print-item="ade-token"] [data-print-verdict]')).toHaveText(STRATEGY_CHANGED_TEXT);
  // Renewal dates are tenant facts: they stay, and the imported one would say where it came from.
  await expect(page.getByTestId("print-renewals")).toContainText("Apple MDM push certificate");
});

test("a demo never replaces the admin's own results unasked, and never reaches the renewal dates, the calendar or the sign-off", async ({ page }, info) => {
  await seedProgress(page, ownResults(new Date()));
  await page.goto("/tenant");
  await page.getByRole("tab", { name: "Try a sample tenant" }).click();
  await page.getByRole("button", { name: "Show this demo: Demo: expiring and broken tokens" }).click();
  const ask = page.getByRole("alertdialog", { name: /Replace your tenant's results with a demo/ });
  await ask.getByRole("button", { name: "Keep my results" }).click();
  await expect(ask).toHaveCount(0);
  await expect(page.getByTestId("demo-banner")).toHaveCount(0);
  expect(((await savedProgress(page)) as { data: Progress }).data.verification["apns-certificate"]?.source).toBe("live");

  const showDemo = async () => {
    await page.getByRole("button", { name: "Show this demo: Demo: expiring and broken tokens" }).click();
    await ask.getByRole("button", { name: "Replace with the demo" }).click();
    await expect(page.getByTestId("demo-banner")).toBeVisible();
  };
  // Undo after a confirmed replacement is covered in tests/integration/verification-honesty.test.tsx.
  await showDemo();
  // Judged under the admin's own decisions (all four are made), so no "sample strategy" wording.
  await expect(page.locator("section[data-item-id]").getByText(/sample strategy/)).toHaveCount(0);
  for (const id of TENANT_ITEM_IDS) await expect(markDone(page, id)).toHaveCount(0);
  await shotOf(page, 'section[data-item-id="vpp-token"]', "card-demo");
  await shotOf(page, '[data-testid="verification-panel"]', "panel-demo");

  await page.goto("/summary");
  // Every step table whose verification comes from the demo says so, not only the prerequisites'.
  for (const step of ["Tenant prerequisites", "Tenant set-up", "Policies"]) {
    await expect(page.getByRole("region", { name: step }).getByTestId("summary-demo")).toContainText("Demo results — not your tenant");
  }
  await expect(page.getByTestId("summary-demo")).toHaveCount(3);
  // The calendar still holds the plan's due dates, but none of the demo tenant's renewal dates (the admin's own
  // results had some: the demo replaced them).
  expect(collectRenewals(ownResults(new Date())).length).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Export" }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: /^Renewals and due dates \(\.ics\)/ }).click();
  const ics = readFileSync(await (await downloading).path(), "utf8");
  const uids = [...ics.matchAll(/^UID:(\S+)/gm)].map((match) => match[1]);
  expect(uids.length).toBeGreaterThan(0);
  expect(uids.filter((uid) => !uid?.startsWith("due-")), "calendar events that are not plan due dates").toEqual([]);

  await page.goto("/print");
  await settle(page);
  await expect(page.getByTestId("print-demo-stamp")).toContainText("Contains demo results — not your tenant");
  await expect(page.getByTestId("print-renewals")).toHaveCount(0);
  await expect(page.getByTestId("print-demo-renewals")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  const pdfPath = info.outputPath("demo-summary.pdf");
  writeFileSync(pdfPath, await page.pdf({ format: "A4", printBackground: true }));
  const text = execFileSync("pdftotext", [pdfPath, "-"]).toString().replace(/\s+/g, " ");
  const renewals = text.slice(text.indexOf("Renewal dates"), text.indexOf("Sign-off"));
  expect(renewals).toContain("Renewal dates of the demo tenant are left out");
  expect(renewals).not.toMatch(/expires \d/);
  if (SHOTS) execFileSync("cp", [pdfPath, `${SHOTS}/demo-summary.pdf`]);

});
