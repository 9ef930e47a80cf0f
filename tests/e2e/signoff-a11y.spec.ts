import { test, expect, type Page } from "@playwright/test";
import { referenceProgress } from "../fixtures/reference-progress.ts";
import { seedProgress, settle } from "./support.ts";

const THEME_KEY = "intune-mac-readiness:theme";
const SHOTS = process.env.SIGNOFF_SHOTS;

test("Skip to content is the first stop in the tab order and moves focus to the step's heading", async ({ page }) => {
  await page.goto("/tenant");
  await settle(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  const box = await skip.boundingBox();
  expect(box && box.y >= 0 && box.height > 0, "the skip link is on screen once focused").toBe(true);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await page.keyboard.press("Tab");
  // Past the header and step bar: the next stop is inside the page.
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest("main")))).toBe(true);
});

/** Relative luminance contrast of two CSS rgb() colours. */
async function ring(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement?.closest(".fui-Select") as HTMLElement | null;
    if (!el) return null;
    const style = getComputedStyle(el);
    const card = el.closest("section") as HTMLElement;
    const channels = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: string) => {
      const [r, g, b] = channels(c).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const [a, b] = [lum(style.outlineColor), lum(getComputedStyle(card).backgroundColor)];
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
  });
}

for (const theme of ["light", "dark", "high-contrast"] as const) {
  test(`the status dropdown gets a strong focus ring in the ${theme} theme`, async ({ page }) => {
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [THEME_KEY, theme] as const);
    await page.goto("/organization");
    await settle(page);
    const select = page.locator('section[data-item-id="security-approval"]').getByRole("combobox", { name: /^Status of/ });
    // Reach it by keyboard, as a keyboard user would.
    for (let i = 0; i < 60 && !(await select.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press("Tab");
    await expect(select).toBeFocused();
    const measured = await ring(page);
    expect(measured).not.toBeNull();
    expect(measured!.style).toBe("solid");
    expect(measured!.width).toBeGreaterThanOrEqual(2);
    // WCAG 2.2 non-text contrast: at least 3:1 against the card behind it.
    expect(measured!.contrast).toBeGreaterThanOrEqual(3);
    if (SHOTS) await page.locator('section[data-item-id="security-approval"]').screenshot({ path: `${SHOTS}/focus-${theme}.png` });
  });
}

test.describe("dates follow the browser's locale", () => {
  test.use({ locale: "de-DE" });
  test("a German browser reads due dates the German way", async ({ page }) => {
    const progress = referenceProgress(new Date());
    progress.items["project-plan"]!.dueDate = "2031-03-02";
    await seedProgress(page, progress);
    await page.goto("/summary");
    await expect(page.locator('tr[data-item-id="project-plan"] td[data-label="Due"]')).toContainText("2. März 2031");
  });
});
