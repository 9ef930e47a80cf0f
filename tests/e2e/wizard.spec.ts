import { ITEM_IDS } from "../../src/domain/catalog/ids.ts";
import { test, expect } from "@playwright/test";
import { STORAGE_KEY, TENANT_ITEMS, savedProgress, seedStorage, setStatus, statusOf } from "./support.ts";

test("walks every step to the summary, and the summary rows carry ids and statuses", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Get your Intune tenant ready for Macs");
  await page.getByLabel("Organization", { exact: true }).fill("Contoso Ltd");
  await page.getByRole("button", { name: /with Organization/ }).click();

  await expect(page).toHaveURL(/\/organization$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organization");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await setStatus(page, "security-approval", "done");
  await setStatus(page, "project-goals", "in-progress");
  await page.getByRole("button", { name: "Next: Strategy" }).click();

  await expect(page).toHaveURL(/\/strategy$/);
  await page.getByRole("button", { name: "Next: Tenant" }).click();

  await expect(page).toHaveURL(/\/tenant$/);
  await setStatus(page, "apns-certificate", "blocked");
  await setStatus(page, "ade-token", "not-applicable");
  await page.getByRole("button", { name: "Next: Set-up" }).click();

  await expect(page).toHaveURL(/\/setup$/);
  await setStatus(page, "pilot-mac", "in-progress");
  await page.getByRole("button", { name: "Next: Policies" }).click();

  await expect(page).toHaveURL(/\/policies$/);
  await setStatus(page, "firewall", "done");
  await page.getByRole("button", { name: "Next: Summary" }).click();

  await expect(page).toHaveURL(/\/summary$/);
  const expected: Record<string, string> = {
    "security-approval": "done",
    "project-goals": "in-progress",
    "apns-certificate": "blocked",
    "ade-token": "not-applicable",
    "project-plan": "todo",
    "pilot-mac": "in-progress",
    firewall: "done",
  };
  for (const [id, status] of Object.entries(expected)) {
    await expect(page.locator(`tr[data-item-id="${id}"]`)).toHaveAttribute("data-status", status);
  }
  await expect(page.locator("tr[data-item-id]")).toHaveCount(ITEM_IDS.length);
  await expect(page.locator('tr[data-item-id="apns-certificate"]')).toHaveAttribute("data-verdict", "not-checked");
  await expect(page.getByText("Contoso Ltd").first()).toBeVisible();
});

test("reload resumes on the same step with everything kept; back and forward work", async ({ page }) => {
  await page.goto("/organization");
  await setStatus(page, "project-plan", "done");
  const card = page.locator('section[data-item-id="project-plan"]');
  await card.getByRole("button", { name: "Owner, due date, notes and evidence" }).click();
  await card.getByLabel(/^Owner of/).fill("Dana Admin");
  await card.getByLabel(/^Notes for/).fill("Plan v2 approved in the CAB.");
  await card.getByLabel(/^Evidence link for/).fill("javascript:alert(1)");
  await expect(card.getByRole("alert")).toContainText("must start with https://");
  await card.getByLabel(/^Evidence link for/).fill("https://contoso.example/plan");

  await page.reload();
  await expect(page).toHaveURL(/\/organization$/);
  await expect(statusOf(page, "project-plan")).toHaveValue("done");
  await card.getByRole("button", { name: "Owner, due date, notes and evidence" }).click();
  await expect(card.getByLabel(/^Owner of/)).toHaveValue("Dana Admin");
  await expect(card.getByLabel(/^Notes for/)).toHaveValue("Plan v2 approved in the CAB.");
  await expect(card.getByLabel(/^Evidence link for/)).toHaveValue("https://contoso.example/plan");

  await page.getByRole("button", { name: "Next: Strategy" }).click();
  await expect(page).toHaveURL(/\/strategy$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/organization$/);
  await page.goForward();
  await expect(page).toHaveURL(/\/strategy$/);
  const saved = (await savedProgress(page)) as { version: number; data: { items: Record<string, { owner: string }> } };
  expect(saved.version).toBeGreaterThanOrEqual(2);
  expect(saved.data.items["project-plan"]?.owner).toBe("Dana Admin");
});

test("a pasted deep link opens that step; an unknown path falls back to Welcome", async ({ page }) => {
  await page.goto("/tenant");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tenant prerequisites");
  for (const id of TENANT_ITEMS) await expect(page.locator(`section[data-item-id="${id}"]`)).toBeVisible();
  await page.goto("/no-such-step");
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
});

test("corrupted storage shows the recovery message, keeps the raw text, and the app still works", async ({ page }) => {
  await seedStorage(page, STORAGE_KEY, '{"version":2,"savedAt":"2026-01-01T00:00:00Z","data":{"items":');
  await page.goto("/organization");
  const banner = page.getByTestId("recovery-banner");
  await expect(banner).toContainText("could not be read");
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(":recovered:")));
  expect(kept.length).toBe(1);
  const raw = await page.evaluate((k) => localStorage.getItem(k), kept[0]!);
  expect(raw).toContain('"items":');
  const download = page.waitForEvent("download");
  await banner.getByRole("button", { name: "Download the unreadable data" }).click();
  expect((await download).suggestedFilename()).toMatch(/unreadable/);
  await setStatus(page, "security-approval", "done");
  await page.reload();
  await expect(statusOf(page, "security-approval")).toHaveValue("done");
});

test("storage that throws keeps the app working in memory with a persistent warning", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("denied", "SecurityError");
      },
    });
  });
  await page.goto("/organization");
  await setStatus(page, "budget-sponsors", "in-progress");
  await expect(page.getByTestId("storage-warning")).toContainText("not being saved");
  await page.getByRole("button", { name: "Next: Strategy" }).click();
  await expect(page.getByTestId("storage-warning")).toBeVisible();
  await page.getByRole("button", { name: "Previous: Organization" }).click();
  await expect(statusOf(page, "budget-sponsors")).toHaveValue("in-progress");
});

test("start over asks first and can be undone", async ({ page }) => {
  await page.goto("/organization");
  await setStatus(page, "project-goals", "done");
  await page.getByRole("button", { name: "Start over" }).click();
  const dialog = page.getByRole("dialog", { name: "Start over?" });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(statusOf(page, "project-goals")).toHaveValue("done");
  await page.getByRole("button", { name: "Start over" }).click();
  await dialog.getByRole("button", { name: "Clear progress" }).click();
  await expect(statusOf(page, "project-goals")).toHaveValue("todo");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(statusOf(page, "project-goals")).toHaveValue("done");
  await page.reload();
  await expect(statusOf(page, "project-goals")).toHaveValue("done");
});
