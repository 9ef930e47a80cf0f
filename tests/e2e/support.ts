import { expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { STEP_ITEMS } from "../../src/domain/catalog/ids.ts";
import { serialize } from "../../src/domain/progress/restore.ts";
import type { Progress } from "../../src/domain/progress/model.ts";

export const STORAGE_KEY = "intune-mac-readiness:progress";

// The public item ids, straight from the app's own table.
export const ORGANIZATION_ITEMS = STEP_ITEMS.organization;
export const TENANT_ITEMS = STEP_ITEMS.tenant;

/**
 * Puts `value` under `key` before the first load of this page only (a sessionStorage flag), so reloads see what the
 * app itself saved since.
 */
export async function seedStorage(page: Page, key: string, value: string) {
  await page.addInitScript(
    ([k, v]) => {
      if (sessionStorage.getItem("seeded")) return;
      localStorage.setItem(k, v);
      sessionStorage.setItem("seeded", "1");
    },
    [key, value] as const,
  );
}

/** Seeds saved progress (in the app's own format) for the first load. */
export const seedProgress = (page: Page, progress: Progress) => seedStorage(page, STORAGE_KEY, serialize(progress, new Date()));

/** Collects every request the page sends to an origin outside `allowed` (data: and blob: URLs are local). */
export function trackForeignRequests(page: Page, allowed: readonly string[]): string[] {
  const foreign: string[] = [];
  const origins = new Set(allowed);
  page.on("request", (request) => {
    const url = request.url();
    if (!/^(data|blob):/.test(url) && !origins.has(new URL(url).origin)) foreign.push(url);
  });
  return foreign;
}

/** The status <select> inside the card of one item. */
export function statusOf(page: Page, itemId: string) {
  return page.locator(`section[data-item-id="${itemId}"]`).getByRole("combobox", { name: /^Status of/ });
}

export async function setStatus(page: Page, itemId: string, status: string) {
  await statusOf(page, itemId).selectOption(status);
  await expect(page.locator(`section[data-item-id="${itemId}"]`)).toHaveAttribute("data-status", status);
}

/** Waits until lazily loaded parts have arrived and no animation runs, so a check sees the page as a person reads it. */
export async function settle(page: Page) {
  await expect(page.locator("[data-prerender]")).toHaveCount(0);
  await expect(page.locator("[data-lazy-loading]")).toHaveCount(0);
  // A toast or dialog fading in is semi-transparent; contrast measured mid-fade is not what anyone reads.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"), undefined, { timeout: 5_000 });
}

export async function expectNoAxeViolations(page: Page, context: string) {
  await settle(page);
  // Tabster's focus sentinels (<i data-tabster-dummy aria-hidden tabindex=0>) are a documented false positive of
  // aria-hidden-focus (microsoft/tabster#288): they only bounce focus onward. They are excluded as elements; every rule stays on.
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .exclude("[data-tabster-dummy]")
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${context}`).toEqual([]);
}

/**
 * What the app saved, as one envelope: the main key, with each item it lists read from its own key
 * (src/domain/progress/stored.ts). Anything else in the main key comes back as it is.
 */
export async function savedProgress(page: Page): Promise<unknown> {
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    const main = JSON.parse(raw) as { itemIds?: unknown; data?: Record<string, unknown> };
    if (!Array.isArray(main.itemIds)) return main;
    const { itemIds, data, ...head } = main;
    // Each part: { item?, clock? }, the clock holding that item's field times.
    const items: Record<string, unknown> = {};
    const clock: Record<string, unknown> = { ...((data?.clock as Record<string, unknown> | undefined) ?? {}) };
    for (const id of itemIds) {
      const part = JSON.parse(localStorage.getItem(`${key}:item:${String(id)}`) ?? "{}") as { item?: unknown; clock?: Record<string, unknown> };
      if (part.item !== undefined) items[String(id)] = part.item;
      Object.assign(clock, part.clock);
    }
    return { ...head, data: { ...data, items, clock } };
  }, STORAGE_KEY);
}

/** savedProgress as text: to compare a save before and after, or to look for a typed text in it. */
export const savedProgressText = async (page: Page) => JSON.stringify(await savedProgress(page));
