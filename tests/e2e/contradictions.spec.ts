import { test, expect } from "@playwright/test";
import { referenceProgress } from "../fixtures/reference-progress.ts";
import { CONTRADICTION_TEXT } from "../../src/domain/verification/contradictions.ts";
import { expectNoAxeViolations, seedProgress, setStatus, settle } from "./support.ts";

// An item the admin marked done while the tenant's last live check found it not ready: the sponsor must see it.
test("done on paper, not ready in the tenant: the card, the summary and the printout say so until the status changes", async ({ page }) => {
  const progress = referenceProgress(new Date());
  progress.items["apns-certificate"] = { ...progress.items["apns-certificate"]!, status: "done" };
  progress.verification["apns-certificate"] = {
    verdict: "not-ready",
    reason: "The Apple MDM push certificate expired 40 days ago; the 30-day grace period is over.",
    details: [],
    renewals: [],
    checkedAt: new Date().toISOString(),
    source: "live",
  };
  await seedProgress(page, progress);

  await page.goto("/tenant");
  const card = page.locator('section[data-item-id="apns-certificate"]');
  await expect(card.locator("[data-contradiction]")).toContainText("You marked this done, but this check found it not ready");
  await expect(page.locator("[data-contradiction]")).toHaveCount(1);
  await expectNoAxeViolations(page, "/tenant with a contradicted item");

  await page.goto("/summary");
  await expect(page.getByTestId("summary-contradictions")).toHaveText(/^1 item is marked done, but the last check of your tenant found it not ready/);
  await expect(page.locator('tr[data-item-id="apns-certificate"] [data-contradiction]')).toHaveText(CONTRADICTION_TEXT);
  await expectNoAxeViolations(page, "/summary with a contradicted item");

  await page.goto("/print");
  await settle(page);
  await expect(page.locator('[data-print-item="apns-certificate"] [data-contradiction]')).toHaveText(CONTRADICTION_TEXT);
  await expect(page.getByTestId("open-items")).toContainText("Apple MDM push (APNs) certificate uploaded — Done, but the last check found it not ready");

  // Setting the status back resolves the contradiction everywhere.
  await page.goto("/tenant");
  await setStatus(page, "apns-certificate", "in-progress");
  await expect(page.locator("[data-contradiction]")).toHaveCount(0);
  await page.goto("/summary");
  await settle(page);
  await expect(page.getByTestId("summary-contradictions")).toHaveCount(0);
});

test("a required item marked not applicable is called out on the card, the summary and the printout", async ({ page }) => {
  await page.goto("/tenant");
  const card = page.locator('section[data-item-id="apns-certificate"]');
  await expect(card.locator("[data-set-aside]")).toHaveCount(0);
  await setStatus(page, "apns-certificate", "not-applicable");
  await expect(card.locator("[data-set-aside]")).toContainText("Required for your strategy, but marked not applicable");
  await expectNoAxeViolations(page, "/tenant with a required item set aside");

  await page.goto("/summary");
  await expect(page.getByTestId("summary-set-aside")).toHaveText(/^1 item your strategy requires is marked not applicable/);
  await expect(page.locator('tr[data-item-id="apns-certificate"] [data-set-aside]')).toBeVisible();

  await page.goto("/print");
  await settle(page);
  await expect(page.getByTestId("open-items")).toContainText("Apple MDM push (APNs) certificate uploaded — Not applicable, though your strategy requires it");
});
