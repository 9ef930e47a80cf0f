import { test, expect, type Page } from "@playwright/test";
import { referenceProgress } from "../fixtures/reference-progress.ts";
import { completion } from "../../src/domain/rules/completion.ts";
import { emptyProgress } from "../../src/domain/progress/model.ts";
import { STORAGE_KEY, expectNoAxeViolations, seedProgress, seedStorage, setStatus, settle, statusOf } from "./support.ts";

// The figures follow the catalog (which grows with new steps): what matters here is which progress each copy holds.
const figure = ({ done, total }: { done: number; total: number }) => `${done} of ${total}`;
/** "0 of 32" must not be found inside "10 of 32". */
const overall = (text: string) => new RegExp(`(?<!\\d)${text} applicable items done`);
const EMPTY_TOTAL = completion(emptyProgress()).overall.total;

async function openCopies(page: Page) {
  await page.getByRole("button", { name: "Export" }).click();
  await page.getByRole("menuitem", { name: "Copies kept in this browser…" }).click();
  const dialog = page.getByRole("dialog", { name: "Copies kept in this browser" });
  await expect(dialog).toBeVisible();
  return dialog;
}

test("Start over keeps a copy that survives a reload and can be restored", async ({ page }) => {
  const reference = referenceProgress(new Date());
  const kept = figure(completion(reference).overall);
  expect(completion(reference).overall.done).toBeGreaterThan(0);
  await seedProgress(page, reference);
  await page.goto("/summary");
  await expect(page.getByTestId("summary-overall")).toContainText(overall(kept));
  let dialog = await openCopies(page);
  await expect(dialog.getByTestId("kept-copies-empty")).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();

  await page.getByRole("button", { name: "Start over" }).click();
  await page.getByRole("button", { name: "Clear progress" }).click();
  await expect(page.getByTestId("summary-overall")).toContainText(overall(`0 of ${EMPTY_TOTAL}`));
  await page.reload();
  await settle(page);
  await expect(page.getByTestId("summary-overall")).toContainText(overall(`0 of ${EMPTY_TOTAL}`));

  dialog = await openCopies(page);
  const copies = dialog.getByTestId("kept-copies").getByRole("listitem");
  await expect(copies).toHaveCount(1);
  await expect(copies.first()).toContainText(`Contoso Ltd · ${kept} applicable items done`);
  await expect(dialog.getByTestId("retention-rule")).toContainText("the 10 newest copies, plus every copy from the last 30 days");
  await expectNoAxeViolations(page, "the kept-copies dialog");
  await page.screenshot({ path: test.info().outputPath("kept-copies.png") });

  const download = page.waitForEvent("download");
  await copies.first().getByRole("button", { name: "Download" }).click();
  expect((await download).suggestedFilename()).toMatch(/^intune-mac-readiness-\d{4}-\d{2}-\d{2}\.json$/);

  await copies.first().getByRole("button", { name: /^Restore copy 1 \(kept / }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("summary-overall")).toContainText(overall(kept));
  await page.reload();
  await expect(page.getByTestId("summary-overall")).toContainText(overall(kept));

  // The empty checklist it replaced is not worth a copy, so the list is empty again.
  dialog = await openCopies(page);
  await expect(dialog.getByTestId("kept-copies-empty")).toBeVisible();
});

test("unreadable saved data stays listed after its banner is dismissed, and is deleted only on a second click", async ({ page }) => {
  await seedStorage(page, STORAGE_KEY, "{not json");
  await page.goto("/");
  await expect(page.getByTestId("recovery-banner")).toBeVisible();
  await page.getByTestId("recovery-banner").getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByTestId("recovery-banner")).toHaveCount(0);
  await page.reload();
  // The landing page is first painted from static HTML, which never has the banner: judge the app's own render.
  await settle(page);
  await expect(page.getByTestId("recovery-banner")).toHaveCount(0);

  const dialog = await openCopies(page);
  const copy = dialog.getByTestId("kept-copies").getByRole("listitem");
  await expect(copy).toContainText("Unreadable saved data (9 characters)");
  await expect(copy.getByRole("button", { name: /^Restore/ })).toHaveCount(0);
  await copy.getByRole("button", { name: "Delete" }).click();
  await expect(copy).toHaveCount(1);
  await copy.getByRole("button", { name: /^Delete copy 1 \(kept .*\) for good\?$/ }).click();
  await expect(dialog.getByTestId("kept-copies-empty")).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(":recovered:")))).toEqual([]);
});

test("a link that replaced my progress: the copy outlives the tab, and restoring it keeps the shared progress in turn", async ({ page }) => {
  await page.goto("/organization");
  await setStatus(page, "security-approval", "done");
  await page.getByRole("button", { name: "Share" }).click();
  const share = page.getByRole("dialog", { name: "Share progress with a link" });
  const link = await share.getByRole("textbox", { name: "Link" }).inputValue();
  await share.getByRole("button", { name: "Close" }).click();

  await setStatus(page, "security-approval", "blocked");
  await setStatus(page, "project-plan", "in-progress");
  await page.goto(link);
  await page.getByRole("alertdialog").getByRole("button", { name: "Replace" }).click();
  await expect(page.getByTestId("replaced-banner")).toContainText("A copy of your previous progress is kept in this browser");
  await page.goto("/organization");
  await expect(statusOf(page, "security-approval")).toHaveValue("done");

  const dialog = await openCopies(page);
  const copies = dialog.getByTestId("kept-copies").getByRole("listitem");
  await expect(copies).toHaveCount(1);
  await copies.first().getByRole("button", { name: /^Restore copy 1 \(kept / }).click();
  await expect(statusOf(page, "security-approval")).toHaveValue("blocked");
  await expect(statusOf(page, "project-plan")).toHaveValue("in-progress");

  const again = await openCopies(page);
  await expect(again.getByTestId("kept-copies").getByRole("listitem")).toHaveCount(1);
  await expect(again.getByTestId("kept-copies")).toContainText(overall(`1 of ${EMPTY_TOTAL}`));
});
