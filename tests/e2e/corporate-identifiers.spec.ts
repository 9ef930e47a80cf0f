// Issue 9 §1: a corporate-only fleet outside Apple Business Manager confirms its serial numbers are corporate
// identifiers, and the platform restriction that blocks personal Macs stops being "not ready". Intune treats a Mac as
// personal unless it enrolls through ADE or its serial number is a corporate identifier (Learn,
// https://learn.microsoft.com/intune/intune-service/enrollment/corporate-identifiers-add).
import { mkdirSync } from "node:fs";
import { test, expect, type Page } from "@playwright/test";
import { fixture } from "../fixtures/graph/load.ts";
import { STRATEGY_CHANGED_TEXT } from "../../src/domain/verification/standing.ts";
import { chooseEvidenceFile } from "./support-graph.ts";
import { expectNoAxeViolations } from "./support.ts";

const SHOTS = process.env.SHOTS_DIR;

/** An evidence file whose only read is the default restrictions with personal Macs blocked (a real tenant's shape). */
function personalBlockedEvidence(collectedAt: Date): string {
  const { request, status, body } = fixture("enrollment-configurations/real-defaults-personal-blocked");
  return JSON.stringify({ kind: "intune-mac-readiness-evidence", version: 1, collectedAt: collectedAt.toISOString(), responses: [{ request, status, body }] });
}

const restriction = (page: Page) => page.locator('section[data-item-id="enrollment-platform-restrictions"]');

async function importEvidence(page: Page) {
  await page.goto("/tenant");
  await page.getByRole("tab", { name: "Import evidence file" }).click();
  await chooseEvidenceFile(page, "contoso-evidence.json", personalBlockedEvidence(new Date(Date.now() - 3_600_000)));
}

test("corporate Macs outside ABM: confirming corporate identifiers makes personal blocking acceptable", async ({ page }) => {
  await page.goto("/strategy");
  const devices = page.getByRole("form", { name: "Device strategy" });
  const question = devices.getByRole("radiogroup", { name: /register these Macs' serial numbers as corporate device identifiers/ });
  await expect(question).toHaveCount(0);
  await devices.getByRole("radio", { name: "Corporate only" }).check();
  await devices.getByRole("radio", { name: "No", exact: true }).check();
  // Asked, with neither answer chosen: a question with consequences is never pre-answered.
  await expect(question).toBeVisible();
  for (const radio of await question.getByRole("radio").all()) await expect(radio).not.toBeChecked();
  for (const [name, value] of [["Expected number of Macs", "40"], ["Macs per user", "1"], ["iPhones per user", "1"], ["iPads per user", "0"], ["Other devices per user", "0"]] as const) {
    await devices.getByRole("spinbutton", { name }).fill(value);
  }
  await devices.getByRole("button", { name: "Save" }).click();
  await expect(devices.getByRole("status")).toContainText("Decision saved");

  await importEvidence(page);
  await expect(restriction(page).locator("[data-verdict]")).toHaveAttribute("data-verdict", "not-ready");
  await expect(restriction(page)).toContainText("Intune treats them as personal");

  await page.goto("/strategy");
  await question.getByRole("radio", { name: "Yes, we will upload their serial numbers" }).check();
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await expect(page.locator("[data-lazy-loading]")).toHaveCount(0);
      await devices.screenshot({ path: `${SHOTS}/devices-form-${width}.png` });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }
  await devices.getByRole("button", { name: "Save" }).click();
  await expect(devices.getByRole("status")).toContainText("Decision saved");
  await expect(page.getByTestId("tailoring-note")).toContainText("Personal macOS enrollment may be blocked: serial numbers are registered as corporate identifiers");
  await expectNoAxeViolations(page, "/strategy with the corporate identifiers question answered");

  // The earlier verdict depended on the answer: withheld until checked again, then ready.
  await page.goto("/tenant");
  await expect(restriction(page).locator("[data-verdict]")).toHaveAttribute("data-verdict", "strategy-changed");
  await expect(restriction(page)).toContainText(STRATEGY_CHANGED_TEXT);
  await importEvidence(page);
  await expect(restriction(page).locator("[data-verdict]")).toHaveAttribute("data-verdict", "ready");
  await expect(restriction(page)).toContainText("you confirmed your corporate Macs' serial numbers are registered as corporate device identifiers");

  await page.goto("/summary");
  await expect(page.getByText("Serial numbers registered as corporate identifiers")).toBeVisible();
});
