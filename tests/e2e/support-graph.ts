// Helpers for the verification journeys: file choosing, reading verdicts and the live progress line. Signing in to the
// stand-ins: support-sign-in.ts.
import { expect, type Page } from "@playwright/test";
import type { TenantItemId } from "../../src/domain/catalog/ids.ts";
import type { Verdict } from "../../src/domain/verification/types.ts";
import { TENANT_ITEMS } from "./support.ts";

/** Every tenant card's verdict, in checklist order. */
export async function cardVerdicts(page: Page): Promise<Record<TenantItemId, Verdict>> {
  const entries = await Promise.all(
    TENANT_ITEMS.map(async (id) => [id, await page.locator(`section[data-item-id="${id}"] [data-verdict]`).getAttribute("data-verdict")] as const),
  );
  return Object.fromEntries(entries) as Record<TenantItemId, Verdict>;
}

export async function expectCardVerdicts(page: Page, expected: Record<TenantItemId, Verdict>): Promise<void> {
  for (const id of TENANT_ITEMS) {
    await expect(page.locator(`section[data-item-id="${id}"] [data-verdict]`), id).toHaveAttribute("data-verdict", expected[id]);
  }
}

export async function expectSummaryVerdicts(page: Page, expected: Record<TenantItemId, Verdict>): Promise<void> {
  for (const id of TENANT_ITEMS) {
    await expect(page.locator(`tr[data-item-id="${id}"]`), id).toHaveAttribute("data-verdict", expected[id]);
  }
}

/** Opens the picker with the real button (as a keyboard user would) and chooses an in-memory file. */
export async function chooseEvidenceFile(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Choose evidence file…" }).click();
  await (await chooser).setFiles({ name, mimeType: "application/json", buffer: Buffer.from(text, "utf8") });
}

/** Drops an in-memory file on the drop zone, as dragging it from the desktop would. */
export async function dropEvidenceFile(page: Page, name: string, text: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const data = new DataTransfer();
      data.items.add(new File([content], fileName, { type: "application/json" }));
      return data;
    },
    [name, text] as const,
  );
  const zone = page.getByTestId("evidence-drop-zone");
  await zone.dispatchEvent("dragover", { dataTransfer: transfer });
  await zone.dispatchEvent("drop", { dataTransfer: transfer });
}

/** Records every text the live progress line shows, however briefly, into window.__liveProgress. */
export async function recordLiveProgress(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __liveProgress: seen });
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="live-progress"]')?.textContent?.trim() ?? "";
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

export function liveProgressSeen(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __liveProgress: string[] }).__liveProgress);
}
