import { test, expect, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { referenceProgress } from "../fixtures/reference-progress.ts";
import { CURRENT_VERSION } from "../../src/domain/progress/migrations.ts";
import { seedProgress, setStatus, statusOf } from "./support.ts";

const DAY = 86_400_000;
const BLOCKER = "Waiting for the FY budget sign-off; Anna (finance) can chase the CFO.";

/** The reference progress with a blocker reason and an item three days overdue. */
function sponsorProgress() {
  const progress = referenceProgress(new Date());
  progress.items["budget-sponsors"]!.blockedReason = BLOCKER;
  progress.items["project-plan"]!.dueDate = new Date(Date.now() - 3 * DAY).toISOString().slice(0, 10);
  return progress;
}

const card = (page: Page, id: string) => page.locator(`section[data-item-id="${id}"]`);

test("the summary opens with a go/no-go, blockers with reasons, overdue items, next actions and renewals", async ({ page }) => {
  await seedProgress(page, sponsorProgress());
  await page.goto("/summary");
  const executive = page.getByTestId("executive");
  await expect(executive.getByTestId("executive-verdict")).toHaveAttribute("data-go", "false");
  await expect(executive.getByTestId("executive-verdict")).toContainText("No-go: the first pilot Mac cannot enroll yet");
  // The live check found the device limit not ready: named in the verdict and among the blockers.
  await expect(executive.getByTestId("executive-verdict")).toContainText("Enrollment device limit");
  const blockers = executive.getByTestId("executive-blockers");
  await expect(blockers.locator('li[data-item-id="budget-sponsors"]')).toContainText(BLOCKER);
  await expect(blockers.locator('li[data-item-id="enrollment-device-limit"]')).toContainText("not ready");
  await expect(executive.getByTestId("executive-overdue").locator('li[data-item-id="project-plan"]')).toContainText("3 days ago");
  await expect(executive.getByTestId("executive-next").getByRole("listitem")).toHaveCount(3);
  await expect(executive.getByTestId("executive-next").getByRole("listitem").first()).toContainText("Owner:");
  // 25 days left on the Apps and Books token; the APNs certificate's 290 days are outside the window.
  await expect(executive.getByTestId("executive-renewals").getByRole("listitem")).toHaveCount(1);
  await expect(page.locator('tr[data-item-id="project-plan"] [data-overdue]')).toBeVisible();
  await expect(page.locator('tr[data-item-id="budget-sponsors"] [data-blocked-reason]')).toHaveText(BLOCKER);
});

test("the printed PDF carries the executive block, page numbers, the print date and the data version", async ({ page }, info) => {
  await seedProgress(page, sponsorProgress());
  await page.goto("/print");
  await expect(page.getByTestId("sign-off")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  const pdfPath = info.outputPath("signoff.pdf");
  // No Playwright header or footer: the page numbers must come from the app's own @page rules.
  writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const text = execFileSync("pdftotext", [pdfPath, "-"]).toString().replace(/\s+/g, " ");
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdfPath]).toString())?.[1]);
  expect(pages).toBeGreaterThanOrEqual(2);
  // Blockers: budget-sponsors, vpp-token and pilot-mac are Blocked; the live check found the device limit not ready.
  for (const phrase of ["Executive summary", "No-go: the first pilot Mac cannot enroll yet", "Blockers (4)", "Overdue (1)", "Next 3 actions", "Renewals in the next 90 days (1)"]) {
    expect(text).toContain(phrase);
  }
  expect(text).toContain("Waiting for the FY budget sign-off");
  expect(text).toContain(`saved-data format version ${CURRENT_VERSION}`);
  expect(text).toMatch(/printed .+ from data last changed/);
  for (let n = 1; n <= pages; n += 1) expect(text).toContain(`Page ${n} of ${pages}`);
  // The executive block comes before the detail tables.
  expect(text.indexOf("Executive summary")).toBeLessThan(text.indexOf("Organization — "));
});

test("marking an item Blocked asks what blocks it and who can unblock it; the summary shows the answer", async ({ page }) => {
  await page.goto("/organization");
  await setStatus(page, "project-plan", "blocked");
  await expect(page.getByTestId("announcer")).toContainText("What blocks it, and who can unblock it?");
  const field = card(page, "project-plan").getByRole("textbox", { name: /What blocks .* and who can unblock it/ });
  await expect(field).toBeVisible();
  await expect(card(page, "project-plan")).toContainText("No reason recorded yet.");
  await field.fill("CAB meets on Thursday; Dana can fast-track it.");
  // Blocked looks different from To do: its own badge and edge colour.
  const edge = (id: string) => card(page, id).evaluate((el) => getComputedStyle(el).borderInlineStartColor);
  expect(await edge("project-plan")).not.toBe(await edge("project-goals"));
  await expect(card(page, "project-plan").locator('[data-tone="danger"]')).toContainText("Blocked");
  await page.reload();
  await expect(field).toHaveValue("CAB meets on Thursday; Dana can fast-track it.");
  await page.goto("/summary");
  await expect(page.getByTestId("executive-blockers")).toContainText("CAB meets on Thursday; Dana can fast-track it.");
  await page.goto("/organization");
  await setStatus(page, "project-plan", "done");
  await expect(field).toBeHidden();
  await expect(card(page, "project-plan").locator('[data-tone="success"]')).toContainText("Done");
});

test("saving a decision says what it changed, on the card and to screen readers", async ({ page }) => {
  await page.goto("/strategy");
  const form = page.getByRole("form", { name: "Device strategy" });
  await form.getByRole("radio", { name: "Personal only (bring your own Mac)" }).check();
  await form.getByLabel("Expected number of Macs").fill("60");
  // No count is pre-filled: each is an answer with consequences for the device limit.
  await form.getByLabel("Macs per user").fill("1");
  await form.getByLabel("iPhones per user").fill("1");
  await form.getByLabel("iPads per user").fill("0");
  await form.getByLabel("Other devices per user").fill("0");
  await form.getByRole("button", { name: "Save" }).click();
  const note = card(page, "strategy-devices").getByTestId("tailoring-note");
  // The sentence lists every item that stops applying (the ADE profile and corporate identifiers go with the ADE token).
  await expect(note).toContainText(/\bADE token\b[^;]* no longer needed/);
  await expect(note).toContainText("device limit at least 2");
  await expect(page.getByTestId("announcer")).toContainText(/Decision saved\. ADE token\b[^;]* no longer needed/);
  // The cards and counts agree with the sentence.
  await page.goto("/tenant");
  await expect(card(page, "ade-token")).toHaveAttribute("data-expanded", "false");
  await expect(card(page, "ade-token").getByTestId("collapsed-line")).toContainText("Not needed:");
  await expect(page.getByTestId("verification-panel")).toContainText("1 not needed");
});

test("choosing No for Apple Business Manager explains the options and what is lost, and offers Planned", async ({ page }) => {
  await page.goto("/strategy");
  const form = page.getByRole("form", { name: "Device strategy" });
  await form.getByRole("radio", { name: "Corporate only" }).check();
  await form.getByRole("radio", { name: "Yes", exact: true }).check();
  await form.getByLabel("Expected number of Macs").fill("60");
  for (const [label, count] of [["Macs per user", "1"], ["iPhones per user", "0"], ["iPads per user", "0"], ["Other devices per user", "0"]] as const) {
    await form.getByLabel(label).fill(count);
  }
  await form.getByRole("button", { name: "Save" }).click();
  await expect(card(page, "strategy-devices").getByTestId("tailoring-note")).toContainText(/\bADE token\b[^;]* now required/);
  await form.getByRole("radio", { name: "No", exact: true }).check();
  const guidance = page.getByTestId("no-abm-guidance");
  await expect(guidance).toContainText("Apple Business Manager is free");
  await expect(guidance).toContainText("Resellers can assign your purchases to it");
  await expect(guidance).toContainText("Apple Configurator");
  for (const lost of ["Setup Assistant", "cannot remove", "LAPS", "Supervision"]) await expect(guidance.getByTestId("no-abm-losses")).toContainText(lost);
  await guidance.getByRole("button", { name: 'Answer "Planned" instead' }).click();
  await expect(form.getByRole("radio", { name: "Planned" })).toBeChecked();
  await expect(guidance).toBeHidden();
  await form.getByRole("button", { name: "Save" }).click();
  await expect(card(page, "strategy-devices").getByTestId("tailoring-note")).toContainText(/\bADE token\b[^;]* now optional/);
});

test('"We already manage iPhones or iPads" is saved and shortens the APNs, device limit and ABM items', async ({ page }) => {
  await page.goto("/strategy");
  const toggle = page.getByRole("switch", { name: "We already manage iPhones or iPads with Intune" });
  await toggle.check();
  await expect(page.getByTestId("announcer")).toContainText("verify the existing one");
  // Pre-filled: an undecided device form starts from one iPhone per user.
  await expect(page.getByRole("form", { name: "Device strategy" }).getByLabel("iPhones per user")).toHaveValue("1");
  await page.reload();
  await expect(toggle).toBeChecked();
  await page.goto("/tenant");
  await expect(card(page, "apns-certificate").getByTestId("existing-ios-note")).toContainText("do not create a new one");
  await expect(card(page, "apns-certificate")).toContainText("How to check it (shortened: it already exists)");
  await expect(card(page, "enrollment-device-limit").getByTestId("existing-ios-note")).toContainText("count toward");
  await expect(card(page, "ade-token").getByTestId("existing-ios-note")).toContainText("may already be connected");
  await expect(card(page, "intune-license").getByTestId("existing-ios-note")).toHaveCount(0);
});

test("the tenant step has an outline with jump links and collapse / expand all", async ({ page }) => {
  await page.goto("/tenant");
  const outline = page.getByTestId("step-outline");
  await outline.getByRole("button", { name: "Collapse all" }).click();
  await expect(page.locator('section[data-item-id][data-expanded="true"]')).toHaveCount(0);
  await expect(page.getByTestId("announcer")).toContainText("collapsed");
  await outline.getByRole("link", { name: /Apple MDM push/ }).click();
  await expect(card(page, "apns-certificate")).toHaveAttribute("data-expanded", "true");
  await expect(page.locator("#item-apns-certificate-title")).toBeFocused();
  expect(new URL(page.url()).hash).toBe("");
  await outline.getByRole("button", { name: "Expand all" }).click();
  await expect(page.locator('section[data-item-id][data-expanded="false"]')).toHaveCount(0);
  await expect(statusOf(page, "apns-certificate")).toBeVisible();
});
