import { ITEM_IDS } from "../../src/domain/catalog/ids.ts";
import { test, expect, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { CATALOG_ITEMS } from "../../src/domain/catalog/catalog.ts";
import { setStatus, statusOf } from "./support.ts";

async function recordSomeProgress(page: Page) {
  await page.goto("/organization");
  await setStatus(page, "security-approval", "done");
  await setStatus(page, "project-goals", "blocked");
  const card = page.locator('section[data-item-id="project-goals"]');
  await card.getByRole("button", { name: "Owner, due date, notes and evidence" }).click();
  await card.getByLabel(/^Owner of/).fill("Sam Sponsor <img src=x onerror=window.__xss=1>");
  await page.goto("/tenant");
  await setStatus(page, "apns-certificate", "in-progress");
}

async function shareLink(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Share" }).click();
  const dialog = page.getByRole("dialog", { name: "Share progress with a link" });
  const field = dialog.getByRole("textbox", { name: "Link" });
  await expect(field).toHaveValue(/#share=s1\./);
  await expect(dialog).toContainText(/\d+ characters/);
  await expect(dialog.getByRole("list", { name: "Never in the link" })).toBeVisible();
  const link = await field.inputValue();
  await dialog.getByRole("button", { name: "Close" }).click();
  return link;
}

async function summaryRows(page: Page) {
  await page.goto("/summary");
  await expect(page.locator("tr[data-item-id]")).toHaveCount(ITEM_IDS.length);
  return page.locator("tr[data-item-id]").evaluateAll((rows) => rows.map((r) => `${r.getAttribute("data-item-id")}=${r.getAttribute("data-status")}`));
}

test("a link shared from one browser opens in a fresh one: preview, Replace, identical summary", async ({ browser }) => {
  const sender = await browser.newContext();
  const a = await sender.newPage();
  await recordSomeProgress(a);
  const link = await shareLink(a);
  expect(link.split("#")[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  const expected = await summaryRows(a);

  const receiver = await browser.newContext();
  const b = await receiver.newPage();
  await b.goto(link);
  const dialog = b.getByRole("alertdialog", { name: /Open progress from a shared link/ });
  await expect(dialog).toContainText("opening it loses nothing");
  await dialog.getByRole("button", { name: "Open" }).click();
  await expect(dialog).toBeHidden();
  expect(new URL(b.url()).hash).toBe("");
  expect(await summaryRows(b)).toEqual(expected);
  await expect(b.locator('tr[data-item-id="project-goals"]')).toContainText("<img src=x onerror=window.__xss=1>");
  expect(await b.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await sender.close();
  await receiver.close();
});

test("opening a link over existing progress and cancelling keeps the progress intact", async ({ page }) => {
  await recordSomeProgress(page);
  const link = await shareLink(page);
  await page.goto("/organization");
  await setStatus(page, "security-approval", "in-progress");
  await setStatus(page, "budget-sponsors", "done");
  await page.goto(link);
  const dialog = page.getByRole("alertdialog", { name: /Open progress from a shared link/ });
  const differs = dialog.getByRole("region", { name: "What differs" });
  await expect(differs).toContainText("Security officer");
  // The link does not mention budget-sponsors (still "to do" there), so it is not a difference and a merge keeps it.
  await expect(differs).not.toContainText("Budget");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await page.goto("/organization");
  await expect(statusOf(page, "security-approval")).toHaveValue("in-progress");
  await expect(statusOf(page, "budget-sponsors")).toHaveValue("done");
});

test("merge keeps the newer edit of each item; replace can be restored", async ({ page }) => {
  await recordSomeProgress(page);
  const link = await shareLink(page);
  await page.goto("/organization");
  await setStatus(page, "budget-sponsors", "done");
  await page.goto(link);
  await page.getByRole("alertdialog").getByRole("button", { name: "Merge" }).click();
  await page.goto("/organization");
  await expect(statusOf(page, "budget-sponsors")).toHaveValue("done");
  await expect(statusOf(page, "project-goals")).toHaveValue("blocked");

  await page.goto(link);
  await page.getByRole("alertdialog").getByRole("button", { name: "Replace" }).click();
  await page.getByRole("navigation", { name: "Wizard steps" }).getByRole("link", { name: /Organization/ }).click();
  await expect(statusOf(page, "budget-sponsors")).toHaveValue("todo");
  await page.getByTestId("replaced-banner").getByRole("button", { name: "Restore previous progress" }).click();
  await expect(statusOf(page, "budget-sponsors")).toHaveValue("done");
});

test("a damaged or foreign link shows a clear message and changes nothing", async ({ page }) => {
  await recordSomeProgress(page);
  const link = await shareLink(page);
  const damaged = link.slice(0, link.length - 25);
  await page.goto(damaged);
  await expect(page.getByTestId("import-error")).toContainText("damaged or incomplete");
  expect(new URL(page.url()).hash).toBe("");
  await page.goto(`${link.split("#")[0]}#share=s9.AAAA`);
  await expect(page.getByTestId("import-error")).toContainText("newer version");
  await page.goto("/organization");
  await expect(statusOf(page, "project-goals")).toHaveValue("blocked");
});

test("a backup downloads and restores through the same preview; a wrong file is refused", async ({ page }, info) => {
  await recordSomeProgress(page);
  await page.getByRole("button", { name: "Export" }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Download backup (JSON)" }).click();
  const backupPath = info.outputPath("backup.json");
  await (await downloading).saveAs(backupPath);
  await page.goto("/organization");
  await setStatus(page, "project-goals", "done");

  await page.getByTestId("backup-file-input").setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"hello":1}') });
  await expect(page.getByTestId("import-error")).toBeVisible();
  await expect(statusOf(page, "project-goals")).toHaveValue("done");

  await page.getByTestId("backup-file-input").setInputFiles(backupPath);
  const dialog = page.getByRole("alertdialog", { name: /Open progress from a backup file/ });
  await dialog.getByRole("button", { name: "Replace" }).click();
  await expect(statusOf(page, "project-goals")).toHaveValue("blocked");
});

test("print summary: PDF with every item, decisions and sign-off, no app chrome", async ({ page }, info) => {
  await recordSomeProgress(page);
  await page.goto("/summary");
  await page.getByRole("button", { name: /Print \/ Save as PDF/ }).click();
  await expect(page).toHaveURL(/\/print$/);
  await expect(page.getByTestId("sign-off")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print / Save as PDF" })).toBeHidden();
  const pdfPath = info.outputPath("summary.pdf");
  writeFileSync(pdfPath, await page.pdf({ format: "A4", printBackground: true, displayHeaderFooter: true, headerTemplate: "<span></span>", footerTemplate: '<div style="font-size:8px;width:100%;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>', margin: { top: "16mm", bottom: "18mm", left: "14mm", right: "14mm" } }));
  const text = execFileSync("pdftotext", [pdfPath, "-"]).toString().replace(/\s+/g, " ");
  // A wrapped title shares its lines with the neighbouring cells in the PDF's text order, so its words are matched
  // in order with a little of that cell text allowed between them.
  const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const item of CATALOG_ITEMS) {
    const words = item.title.split(/\s+/).map(escape).join("[\\s\\S]{1,80}?");
    expect(text, item.title).toMatch(new RegExp(words));
  }
  for (const phrase of ["Intune Mac readiness summary", "Sign-off", "Security officer", "Project sponsor", "Signature", "Open items", "Recorded decisions"]) expect(text).toContain(phrase);
  expect(text).not.toContain("Start over");
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdfPath]).toString())?.[1]);
  expect(pages).toBeGreaterThanOrEqual(2);
  if (process.env.KEEP_PDF) {
    mkdirSync(".scratch", { recursive: true });
    execFileSync("cp", [pdfPath, ".scratch/summary.pdf"]);
  }
});
