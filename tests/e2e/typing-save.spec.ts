import { test, expect, type Page } from "@playwright/test";
import { savedProgress } from "./support.ts";

// Typing is written to storage when the typist pauses (issue 10 §4); the last keystrokes before the tab closes or the
// page is left are written by the pagehide flush, so nothing typed is lost.

const ITEM = "security-approval";
const TEXT = "Waiting for the CISO; meeting on Friday 10:00";

async function notesField(page: Page) {
  const card = page.locator(`section[data-item-id="${ITEM}"]`);
  const notes = card.getByRole("textbox", { name: /^Notes for/ });
  if (!(await notes.isVisible())) await card.getByRole("button", { name: "Owner, due date, notes and evidence" }).click();
  return notes;
}

const savedNotes = async (page: Page) =>
  ((await savedProgress(page)) as { data?: { items?: Record<string, { notes?: string } | null> } } | null)?.data?.items?.[ITEM]?.notes ?? "";

test("a note typed just before the tab closes is there when the app is opened again", async ({ context, page }) => {
  await page.goto("/organization");
  const notes = await notesField(page);
  await notes.click();
  await notes.pressSequentially(TEXT);
  await expect(notes).toHaveValue(TEXT);
  // Closed at once, well inside the pause after which typing is written.
  await page.close({ runBeforeUnload: true });

  const reopened = await context.newPage();
  await reopened.goto("/organization");
  await expect(await notesField(reopened)).toHaveValue(TEXT);
  expect(await savedNotes(reopened)).toBe(TEXT);
});

test("a note typed just before leaving the page is there after coming back", async ({ page }) => {
  await page.goto("/organization");
  const notes = await notesField(page);
  await notes.click();
  await notes.pressSequentially(TEXT);
  await expect(notes).toHaveValue(TEXT);
  await page.goto("/summary");
  await page.goBack();
  await expect(page).toHaveURL(/\/organization$/);
  await expect(await notesField(page)).toHaveValue(TEXT);
});

test("typing is written once the typist pauses, without leaving the page", async ({ page }) => {
  await page.goto("/organization");
  const notes = await notesField(page);
  await notes.click();
  await notes.pressSequentially("pilot group first");
  await expect.poll(() => savedNotes(page)).toBe("pilot group first");
});
