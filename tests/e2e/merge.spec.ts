import { test, expect, type Page } from "@playwright/test";
import { STORAGE_KEY, savedProgressText, setStatus, statusOf } from "./support.ts";

// The merge model in real Chromium: merges that keep local work, copies before every wholesale change (or a clear
// refusal when storage is full), two tabs editing at the same moment, and a tab that meets a newer save format.

async function notesOf(page: Page, itemId: string) {
  const card = page.locator(`section[data-item-id="${itemId}"]`);
  const notes = card.getByRole("textbox", { name: /^Notes/ });
  if (!(await notes.isVisible())) await card.getByRole("button", { name: "Owner, due date, notes and evidence" }).click();
  return notes;
}

async function shareLinkFrom(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Share" }).click();
  const dialog = page.getByRole("dialog", { name: "Share progress with a link" });
  const field = dialog.getByRole("textbox", { name: "Link" });
  await expect(field).toHaveValue(/#share=s1\./);
  const link = await field.inputValue();
  await dialog.getByRole("button", { name: "Close" }).click();
  return link;
}

const keptCopyCount = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(":recovered:")).length);

test("merging a colleague's link keeps my notes, takes their newer status, and keeps a copy first", async ({ browser, page }) => {
  await page.goto("/organization");
  await setStatus(page, "security-approval", "blocked");
  await (await notesOf(page, "security-approval")).fill("Waiting for the CISO: meeting on Friday.");
  await expect.poll(() => savedProgressText(page)).toContain("meeting on Friday");

  // The colleague works later, in another browser, and records only a status.
  const colleague = await browser.newContext();
  const other = await colleague.newPage();
  await other.goto("/organization");
  await setStatus(other, "security-approval", "done");
  await setStatus(other, "budget-sponsors", "in-progress");
  const link = await shareLinkFrom(other);
  await colleague.close();

  await page.goto(link);
  const dialog = page.getByRole("alertdialog", { name: /Open progress from a shared link/ });
  const changes = dialog.getByTestId("import-changes");
  await expect(changes.locator("tr[data-change]")).toHaveCount(2);
  await expect(changes.locator('tr[data-change="items/security-approval/status"]')).toHaveAttribute("data-winner", "incoming");
  await expect(changes).not.toContainText("notes");
  // With local progress, the non-destructive choice is the primary one.
  const background = (name: string) => dialog.getByRole("button", { name, exact: true }).evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background("Merge")).not.toBe(await background("Replace"));
  expect(await background("Replace")).toBe(await background("Cancel"));
  await page.screenshot({ path: test.info().outputPath("import-dialog.png") });
  await dialog.getByRole("button", { name: "Merge" }).click();
  await expect(page.getByTestId("replaced-banner")).toContainText("Progress merged");

  await page.goto("/organization");
  await expect(statusOf(page, "security-approval")).toHaveValue("done");
  await expect(statusOf(page, "budget-sponsors")).toHaveValue("in-progress");
  await expect(await notesOf(page, "security-approval")).toHaveValue("Waiting for the CISO: meeting on Friday.");
  expect(await keptCopyCount(page)).toBe(1);
  // Every export is still there after a merge.
  await page.getByRole("button", { name: "Export" }).click();
  for (const item of ["Print / Save as PDF…", "Download backup (JSON)", "Copy Markdown summary", "Download Markdown summary"]) {
    await expect(page.getByRole("menuitem", { name: item })).toBeEnabled();
  }
});

test("replace keeps a copy first; with storage full, Start over and Merge are refused and nothing changes", async ({ page }) => {
  await page.goto("/organization");
  await setStatus(page, "project-goals", "done");
  await (await notesOf(page, "project-goals")).fill("Agreed with the board.");
  const link = await shareLinkFrom(page);
  await setStatus(page, "budget-sponsors", "blocked");

  await page.goto(link);
  await page.getByRole("alertdialog").getByRole("button", { name: "Replace" }).click();
  await expect(page.getByTestId("replaced-banner")).toContainText("A copy of your previous progress is kept");
  expect(await keptCopyCount(page)).toBe(1);
  await page.getByTestId("replaced-banner").getByRole("button", { name: "Restore previous progress" }).click();
  await page.goto("/organization");
  await expect(statusOf(page, "budget-sponsors")).toHaveValue("blocked");

  // Fill this origin's storage to the brim, as years of other data might.
  const filled = await page.evaluate(() => {
    let total = 0;
    for (const size of [1_000_000, 100_000, 10_000, 1_000, 100, 10, 1]) {
      for (;;) {
        try {
          localStorage.setItem(`filler-${total}`, "x".repeat(size));
          total += 1;
        } catch {
          break;
        }
      }
    }
    return total;
  });
  expect(filled).toBeGreaterThan(0);
  const before = await savedProgressText(page);

  await page.getByRole("button", { name: "Start over" }).click();
  await page.getByRole("dialog", { name: "Start over?" }).getByRole("button", { name: "Clear progress" }).click();
  await expect(page.getByText(/Nothing was changed: this browser's storage is full/).first()).toBeVisible();
  await expect(statusOf(page, "project-goals")).toHaveValue("done");
  await expect(statusOf(page, "budget-sponsors")).toHaveValue("blocked");

  await page.goto(link);
  const dialog = page.getByRole("alertdialog", { name: /Open progress from a shared link/ });
  await dialog.getByRole("button", { name: "Merge" }).click();
  await expect(dialog.getByTestId("import-refused")).toContainText("Nothing was changed");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  expect(await savedProgressText(page)).toBe(before);
});

test("two tabs editing different items at the same moment lose nothing", async ({ context }) => {
  // Both tabs hold back other tabs' storage events until released, so each edits without having seen the other's
  // edit: the two saves really race, and B's write lands on top of A's.
  await context.addInitScript(() => {
    const held: { listener: EventListener; event: Event }[] = [];
    const w = window as unknown as { __hold: boolean; __release: () => void };
    w.__hold = false;
    w.__release = () => {
      w.__hold = false;
      for (const { listener, event } of held.splice(0)) listener(event);
    };
    const add = window.addEventListener.bind(window);
    window.addEventListener = ((type: string, listener: EventListener, options?: boolean | AddEventListenerOptions) => {
      if (type !== "storage") return add(type, listener, options);
      return add(type, (event: Event) => (w.__hold ? held.push({ listener, event }) : listener(event)), options);
    }) as typeof window.addEventListener;
  });
  const a = await context.newPage();
  const b = await context.newPage();
  await Promise.all([a.goto("/organization"), b.goto("/organization")]);
  await Promise.all([a.evaluate(() => ((window as unknown as { __hold: boolean }).__hold = true)), b.evaluate(() => ((window as unknown as { __hold: boolean }).__hold = true))]);

  await Promise.all([setStatus(a, "security-approval", "done"), setStatus(b, "project-goals", "blocked")]);
  await Promise.all([a.evaluate(() => (window as unknown as { __release: () => void }).__release()), b.evaluate(() => (window as unknown as { __release: () => void }).__release())]);

  for (const tab of [a, b]) {
    await expect(statusOf(tab, "security-approval")).toHaveValue("done");
    await expect(statusOf(tab, "project-goals")).toHaveValue("blocked");
  }
  await a.reload();
  await expect(statusOf(a, "security-approval")).toHaveValue("done");
  await expect(statusOf(a, "project-goals")).toHaveValue("blocked");
});

test("a save in a newer format from another tab stops this tab from writing and asks for a reload", async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto("/organization");
  await b.goto("/organization");
  const newer = JSON.stringify({ version: 99, savedAt: new Date().toISOString(), data: { fromTheFuture: true } });
  // What a newer build in tab B would write.
  await b.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, newer] as const);

  const banner = a.getByTestId("newer-format-banner");
  await expect(banner).toContainText("This tab stopped saving");
  await expect(banner).toContainText("newer version");
  await expect(banner.getByRole("button", { name: "Reload" })).toBeVisible();
  await statusOf(a, "project-goals").selectOption("done");
  expect(await a.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBe(newer);
  const kept = await a.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(":recovered:")).map((k) => localStorage.getItem(k)));
  expect(kept).toContain(newer);
});
