import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { test, expect, type Page } from "@playwright/test";
import { STEP_ITEMS } from "../../src/domain/catalog/ids.ts";
import { emptyProgress, type Progress } from "../../src/domain/progress/model.ts";
import { seedProgress, setStatus } from "./support.ts";

const decidedAt = "2026-05-01T10:00:00.000Z";

/** Corporate Macs through ABM with modern authentication, Platform SSO, every policy area: everything applies. */
function adeStrategy(): Progress {
  const progress = emptyProgress();
  progress.decisions = {
    devices: {
      value: { ownership: "corporate", abmPurchase: "yes", expectedMacs: 60, perUser: { mac: 1, iphone: 1, ipad: 0, other: 0 }, adeEnrollment: "user-modern-auth" },
      decidedAt,
    },
    accountsSso: { value: { sso: "platform-sso", psso: "secure-enclave", localAccount: "standard" }, decidedAt },
    policies: {
      value: { areas: ["filevault", "firewall", "gatekeeper", "os-updates", "compliance-ca", "defender", "local-admin-password"], appsAndBooks: false, notes: "", fileVaultTiming: "setup-assistant" },
      decidedAt,
    },
  };
  return progress;
}

/** Cards start collapsed; their applicability notes show once expanded. */
async function expandAll(page: Page) {
  await page.getByRole("button", { name: "Expand all" }).click();
}

const level = (page: Page, id: string) => page.locator(`section[data-item-id="${id}"] [data-applicability]`);

test("decisions change which Tenant set-up and Policies items apply", async ({ page }) => {
  await seedProgress(page, adeStrategy());
  await page.goto("/setup");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tenant set-up");
  for (const id of STEP_ITEMS.setup) await expect(page.locator(`section[data-item-id="${id}"]`)).toBeVisible();
  await expandAll(page);
  await expect(level(page, "ade-enrollment-profile")).toHaveAttribute("data-applicability", "required");
  await expect(page.locator('section[data-item-id="ade-enrollment-profile"]')).toContainText("Setup Assistant with modern authentication");
  await expect(level(page, "corporate-identifiers")).toHaveAttribute("data-applicability", "not-needed");
  await expect(page.locator('section[data-item-id="company-portal"]')).toContainText("Deployed as a Required app");
  // Before any check, nothing claims a result.
  await expect(page.locator('section[data-item-id="mdm-authority"] [data-verdict]')).toHaveAttribute("data-verdict", "not-checked");
  await expect(page.getByTestId("verification-panel")).toBeVisible();

  await page.getByRole("button", { name: "Next: Policies" }).click();
  await expect(page).toHaveURL(/\/policies$/);
  await expandAll(page);
  await expect(level(page, "laps")).toHaveAttribute("data-applicability", "required");
  await expect(page.locator('section[data-item-id="filevault"]')).toContainText("Defer");
  await expect(page.locator('section[data-item-id="compliance-policy"]')).toContainText("No password requirement");

  // Corporate Macs are no longer bought through ABM: no ADE profile, no LAPS, serial numbers instead.
  await page.goto("/strategy");
  const form = page.getByRole("form", { name: "Device strategy" });
  await form.getByRole("radio", { name: "No", exact: true }).check();
  await expect(form.getByText("How should ADE Macs go through Setup Assistant?")).toBeHidden();
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByText("Decision saved")).toBeVisible();

  await page.goto("/setup");
  await expandAll(page);
  await expect(level(page, "ade-enrollment-profile")).toHaveAttribute("data-applicability", "not-needed");
  await expect(level(page, "corporate-identifiers")).toHaveAttribute("data-applicability", "required");
  await page.goto("/policies");
  await expandAll(page);
  await expect(level(page, "laps")).toHaveAttribute("data-applicability", "not-needed");
  await page.reload();
  await expandAll(page);
  await expect(level(page, "laps")).toHaveAttribute("data-applicability", "not-needed");
  await page.goBack();
  await expect(page).toHaveURL(/\/setup$/);
});

test("on a 320 px phone every set-up and policies card fits, long identifiers included", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await seedProgress(page, adeStrategy());
  for (const step of ["setup", "policies"] as const) {
    await page.goto(`/${step}`);
    await expandAll(page);
    await expect(page.locator('section[data-item-id] [data-applicability]').first()).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `/${step} scrolls sideways`).toBeLessThanOrEqual(320);
  }
});

test("the summary and the printed PDF carry the rollout plan in Microsoft's order", async ({ page }, info) => {
  await seedProgress(page, adeStrategy());
  await page.goto("/setup");
  await setStatus(page, "pilot-mac", "blocked");
  const pilot = page.locator('section[data-item-id="pilot-mac"]');
  await pilot.getByRole("button", { name: "Owner, due date, notes and evidence" }).click();
  await pilot.getByLabel(/^Owner of/).fill("Tom Becker");
  await pilot.getByLabel(/^Due date of/).fill("2031-03-14");
  await page.goto("/policies");
  await setStatus(page, "filevault", "done");

  await page.goto("/summary");
  const plan = page.getByTestId("rollout-plan");
  await expect(plan.locator("[data-plan-phase]")).toHaveCount(6);
  const phases = await plan.locator("[data-plan-phase]").evaluateAll((els) => els.map((el) => el.getAttribute("data-plan-phase")));
  expect(phases).toEqual(["prepare", "set-up", "pilot", "secure", "enroll", "maintain"]);
  const pilotRow = plan.locator('[data-plan-phase="pilot"] tr[data-plan-item="pilot-mac"]');
  await expect(pilotRow).toHaveAttribute("data-status", "blocked");
  await expect(pilotRow).toContainText("Tom Becker");
  await expect(plan.locator('tr[data-plan-item="filevault"]')).toHaveAttribute("data-status", "done");
  // The SSO policy comes before the pilot Mac; corporate identifiers are not needed with ADE and stay out.
  const order = await plan.locator("tr[data-plan-item]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-plan-item")));
  expect(order.indexOf("sso-policy")).toBeLessThan(order.indexOf("pilot-mac"));
  expect(order.indexOf("pilot-mac")).toBeLessThan(order.indexOf("compliance-policy"));
  expect(order).not.toContain("corporate-identifiers");
  // The step tables keep one row per item with its id, status and (for verifiable items) verdict.
  await expect(page.locator('tr[data-item-id="pilot-mac"]')).toHaveAttribute("data-verdict", "not-checked");
  await expect(page.locator('tr[data-item-id="laps"]')).toHaveAttribute("data-status", "todo");
  await expect(page.locator('tr[data-item-id="security-approval"]')).not.toHaveAttribute("data-verdict", /.*/);

  await page.getByRole("button", { name: /Print \/ Save as PDF/ }).click();
  await expect(page).toHaveURL(/\/print$/);
  await expect(page.getByTestId("print-plan")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  const pdfPath = info.outputPath("plan.pdf");
  writeFileSync(pdfPath, await page.pdf({ format: "A4", printBackground: true }));
  const text = execFileSync("pdftotext", [pdfPath, "-"]).toString().replace(/\s+/g, " ");
  expect(text).toContain("Rollout plan");
  const headings = ["1. Prepare and decide", "2. Set up the tenant", "3. Enroll a pilot Mac", "4. Secure the Macs", "5. Enroll the rest", "6. Maintain"];
  const positions = headings.map((h) => text.indexOf(h));
  expect(positions.every((p) => p >= 0), JSON.stringify(positions)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  // pdftotext reads narrow table cells word by word ("Tom … Becker"), so the row's parts are checked within the plan.
  const planText = text.slice(text.indexOf("Rollout plan"), text.indexOf("6. Maintain"));
  for (const part of ["A pilot Mac enrolled the way users will enroll", "Tom", "Becker", "2031", "Blocked", "FileVault turned on with the recovery key escrowed"]) {
    expect(planText, part).toContain(part);
  }
});
