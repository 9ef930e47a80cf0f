import { test, expect, type Page } from "@playwright/test";
import { ORGANIZATION_ITEMS } from "./support.ts";

type Focus = { name: string; form: string; item: string; type: string };

async function focused(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el) return { name: "", form: "", item: "", type: "" };
    const labelledBy = (el.getAttribute("aria-labelledby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
    const name = el.getAttribute("aria-label") ?? (el.labels?.[0]?.textContent || labelledBy || el.textContent || "");
    return {
      name: name.trim(),
      form: el.closest("form")?.getAttribute("aria-label") ?? "",
      item: el.closest("section[data-item-id]")?.getAttribute("data-item-id") ?? "",
      type: el.getAttribute("type") ?? el.tagName.toLowerCase(),
    };
  });
}

/** Presses Tab until the focused control matches; fails if it never does (a keyboard trap or a missing control). */
async function tabTo(page: Page, matches: (focus: Focus) => boolean, what: string, maxPresses = 250): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    await page.keyboard.press("Tab");
    if (matches(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

test("completes the whole wizard with the keyboard only", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/");
  await tabTo(page, (f) => f.name === "Organization" && f.type !== "button", "the Organization field");
  await page.keyboard.type("Contoso Ltd");
  await tabTo(page, (f) => /with Organization/.test(f.name), "the start button");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/organization$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();

  for (const id of ORGANIZATION_ITEMS) {
    await tabTo(page, (f) => f.item === id && f.name.startsWith("Status of"), `the status of ${id}`);
    // "Done" is three options below "To do"; arrow keys change a closed native select.
    for (let i = 0; i < 3; i += 1) await page.keyboard.press("ArrowDown");
  }
  await expect(page.getByTestId("announcer")).toContainText("status set to Done");
  await tabTo(page, (f) => f.name.startsWith("Next: Strategy"), "Next");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/strategy$/);

  // Devices: nothing is pre-selected. Pick "Corporate only" and ABM "Yes" (the first radio of each group takes focus,
  // Space checks it), type the fleet size and the devices per user, save.
  await tabTo(page, (f) => f.form === "Device strategy" && f.type === "radio" && f.name === "Corporate only", "the ownership choice");
  await page.keyboard.press("Space");
  await tabTo(page, (f) => f.form === "Device strategy" && f.type === "radio" && f.name === "Yes", "the ABM choice");
  await page.keyboard.press("Space");
  await tabTo(page, (f) => f.form === "Device strategy" && f.name.startsWith("Expected number of Macs"), "expected Macs");
  await page.keyboard.type("120");
  for (const [name, count] of [["Macs per user", "1"], ["iPhones per user", "1"], ["iPads per user", "0"], ["Other devices per user", "0"]] as const) {
    await tabTo(page, (f) => f.form === "Device strategy" && f.name.startsWith(name), name);
    await page.keyboard.type(count);
  }
  await tabTo(page, (f) => f.form === "Device strategy" && f.name === "Save", "Save devices");
  await page.keyboard.press("Enter");
  // Identities: the first radio takes focus, ArrowDown twice picks "Managed Apple Accounts".
  await tabTo(page, (f) => f.form === "Apple IDs" && f.type === "radio", "the Apple ID choice");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await tabTo(page, (f) => f.form === "Apple IDs" && f.name === "Save", "Save identities");
  await page.keyboard.press("Enter");
  // Accounts: Platform SSO, then its first method (Secure Enclave key).
  await tabTo(page, (f) => f.form === "Accounts and single sign-on" && f.type === "radio", "the SSO choice");
  await page.keyboard.press("ArrowDown");
  await tabTo(page, (f) => f.form === "Accounts and single sign-on" && f.type === "radio" && /Secure Enclave/.test(f.name), "the Platform SSO method");
  await page.keyboard.press("Space");
  await tabTo(page, (f) => f.form === "Accounts and single sign-on" && f.type === "radio" && f.name === "Standard user", "the local account");
  await page.keyboard.press("Space");
  await tabTo(page, (f) => f.form === "Accounts and single sign-on" && f.name === "Save", "Save accounts");
  await page.keyboard.press("Enter");
  // Policies: tick FileVault and answer Yes to Apps and Books.
  await tabTo(page, (f) => f.form === "Policies" && /FileVault/.test(f.name), "FileVault");
  await page.keyboard.press("Space");
  await tabTo(page, (f) => f.form === "Policies" && /Apps and Books/.test(f.name), "Apps and Books");
  await page.keyboard.press("Space");
  await tabTo(page, (f) => f.form === "Policies" && f.name === "Save", "Save policies");
  await page.keyboard.press("Enter");
  for (const id of ["strategy-devices", "strategy-identities", "strategy-accounts-sso", "strategy-policies"]) {
    await expect(page.locator(`section[data-item-id="${id}"]`)).toHaveAttribute("data-status", "done");
  }
  await tabTo(page, (f) => f.name.startsWith("Next: Tenant"), "Next");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/tenant$/);

  await tabTo(page, (f) => f.item === "apns-certificate" && f.name.startsWith("Status of"), "the APNs status");
  for (let i = 0; i < 3; i += 1) await page.keyboard.press("ArrowDown");
  await tabTo(page, (f) => f.name.startsWith("Next: Set-up"), "Next");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/setup$/);
  await tabTo(page, (f) => f.name.startsWith("Next: Policies"), "Next");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/policies$/);
  await tabTo(page, (f) => f.name.startsWith("Next: Summary"), "Next");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/summary$/);

  await expect(page.locator('tr[data-item-id="security-approval"]')).toHaveAttribute("data-status", "done");
  await expect(page.locator('tr[data-item-id="apns-certificate"]')).toHaveAttribute("data-status", "done");
  await expect(page.locator('tr[data-item-id="ade-token"]')).toContainText("Required");
  await expect(page.locator('tr[data-item-id="vpp-token"]')).toContainText("Required");
  await expect(page.locator('[data-decision="identities"]')).toContainText("Managed Apple Accounts");
  await expect(page.locator('[data-decision="accountsSso"]')).toContainText("Secure Enclave");
});

test("keyboard only: skip link, the blocked prompt, Planned instead of No, collapse all and a jump link", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/organization");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();

  // Blocked is two options below To do; its prompt is the next stop after the status.
  await tabTo(page, (f) => f.item === "project-plan" && f.name.startsWith("Status of"), "the status of project-plan");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByTestId("announcer")).toContainText("What blocks it, and who can unblock it?");
  await tabTo(page, (f) => f.item === "project-plan" && /What blocks/.test(f.name), "the blocked reason");
  await page.keyboard.type("Waiting for the CAB; Dana can fast-track it.");
  await expect(page.locator('section[data-item-id="project-plan"]')).toHaveAttribute("data-status", "blocked");

  await page.goto("/strategy");
  await tabTo(page, (f) => f.form === "Device strategy" && f.type === "radio" && /Yes/.test(f.name), "the ABM answer");
  await page.keyboard.press("ArrowDown");
  await tabTo(page, (f) => f.name === 'Answer "Planned" instead', "the Planned button");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("form", { name: "Device strategy" }).getByRole("radio", { name: "Planned" })).toBeChecked();

  await page.goto("/tenant");
  await tabTo(page, (f) => f.name === "Collapse all", "Collapse all");
  await page.keyboard.press("Enter");
  await expect(page.locator('section[data-item-id][data-expanded="true"]')).toHaveCount(0);
  await tabTo(page, (f) => /Apple MDM push/.test(f.name) && f.type === "a", "the APNs jump link");
  await page.keyboard.press("Enter");
  await expect(page.locator("#item-apns-certificate-title")).toBeFocused();
  await expect(page.locator('section[data-item-id="apns-certificate"]')).toHaveAttribute("data-expanded", "true");
});
