import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { encodeShare } from "../../src/domain/share/codec.ts";
import { serialize } from "../../src/domain/progress/restore.ts";
import { emptyProgress, type Progress } from "../../src/domain/progress/model.ts";
import { renderApp } from "./render-app.tsx";

const KEY = "intune-mac-readiness:progress";
// The import dialog is a lazy chunk, transformed on first use: slow on a busy machine.
const LAZY = { timeout: 45_000 };
// Dialogs are queried by role as a person meets them: tests/jsdom-layout.ts gives jsdom the layout facts Fluent's focus
// manager needs, so an open dialog is exposed and the page behind it hidden, as in Chromium.
const NOW = new Date("2026-11-20T10:00:00Z");

function progressWith(status: "done" | "blocked", owner: string): Progress {
  return {
    ...emptyProgress(),
    items: { "security-approval": { status, owner, dueDate: "", notes: "", evidenceUrl: "", updatedAt: NOW.toISOString() } },
    updatedAt: NOW.toISOString(),
  };
}

// Whole-app renders in jsdom: slow on a busy machine, never a reason to fail.
describe("opening a share link", { timeout: 90_000 }, () => {
  it("previews before anything changes, and Cancel keeps local progress byte for byte", async () => {
    const user = userEvent.setup();
    localStorage.setItem(KEY, serialize(progressWith("blocked", "Local Owner"), NOW));
    const before = localStorage.getItem(KEY);
    const payload = await encodeShare(progressWith("done", "Remote Owner"), { includeVerificationDetails: false, sharedBy: "Alex", now: NOW });
    await renderApp(`/summary#share=${payload}`);
    const dialog = await screen.findByRole("alertdialog", {}, LAZY);
    expect(dialog).toHaveTextContent("Open progress from a shared link?");
    expect(dialog).toHaveTextContent("Shared by Alex");
    expect(await within(dialog).findByRole("region", { name: "What differs, field by field" }, LAZY)).toHaveTextContent(/Security officer/);
    expect(await within(dialog).findByRole("button", { name: "Merge" }, LAZY)).toHaveClass("fui-Button");
    expect(localStorage.getItem(KEY)).toBe(before);
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(localStorage.getItem(KEY)).toBe(before);
    expect(window.location.hash).toBe("");
  });

  it("Replace takes the shared progress and offers to restore the previous one", async () => {
    const user = userEvent.setup();
    localStorage.setItem(KEY, serialize(progressWith("blocked", "Local Owner"), NOW));
    const payload = await encodeShare(progressWith("done", "Remote Owner"), { includeVerificationDetails: false, now: NOW });
    await renderApp(`/summary#share=${payload}`);
    await user.click(await within(await screen.findByRole("alertdialog", {}, LAZY)).findByRole("button", { name: "Replace" }, LAZY));
    const row = document.querySelector('tr[data-item-id="security-approval"]')!;
    expect(row).toHaveAttribute("data-status", "done");
    expect(row).toHaveTextContent("Remote Owner");
    // The page behind a dialog is exposed again once it closes (Fluent's focus manager updates that shortly after).
    await user.click(await within(screen.getByTestId("replaced-banner")).findByRole("button", { name: "Restore previous progress" }, LAZY));
    expect(document.querySelector('tr[data-item-id="security-approval"]')).toHaveAttribute("data-status", "blocked");
  });

  it("Merge keeps what the link does not mention, keeps a copy first and offers to undo", async () => {
    const user = userEvent.setup();
    const local = progressWith("blocked", "Local Owner");
    local.items["security-approval"]!.notes = "Only in this browser";
    localStorage.setItem(KEY, serialize(local, NOW));
    const later = new Date(NOW.getTime() + 60_000);
    const remote = { ...progressWith("done", ""), updatedAt: later.toISOString() };
    remote.items["security-approval"]!.updatedAt = later.toISOString();
    const payload = await encodeShare(remote, { includeVerificationDetails: false, now: later });
    await renderApp(`/summary#share=${payload}`);
    const dialog = await screen.findByRole("alertdialog", {}, LAZY);
    const rows = (await within(dialog).findAllByRole("row", {}, LAZY)).slice(1);
    expect(rows.map((r) => r.getAttribute("data-change"))).toEqual(["items/security-approval/status"]);
    await user.click(await within(dialog).findByRole("button", { name: "Merge" }, LAZY));
    const row = document.querySelector('tr[data-item-id="security-approval"]')!;
    expect(row).toHaveAttribute("data-status", "done");
    expect(row).toHaveTextContent("Local Owner");
    expect(row).toHaveTextContent("Only in this browser");
    expect(Object.keys(localStorage).filter((k) => k.includes(":recovered:"))).toHaveLength(1);
    expect(screen.getByTestId("replaced-banner")).toHaveTextContent("Progress merged");
  });

  it("a mangled link shows why and changes nothing", async () => {
    localStorage.setItem(KEY, serialize(progressWith("blocked", "Local Owner"), NOW));
    const before = localStorage.getItem(KEY);
    await renderApp("/summary#share=s1.not-really-a-payload");
    await waitFor(() => expect(screen.getByTestId("import-error")).toHaveTextContent(/damaged or incomplete/));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(localStorage.getItem(KEY)).toBe(before);
  });
});

describe("share dialog", { timeout: 90_000 }, () => {
  it("shows a link to this app with the progress in the fragment, its length and what is inside", async () => {
    const user = userEvent.setup();
    await renderApp("/organization");
    await user.click(screen.getByRole("button", { name: "Share" }));
    const dialog = await screen.findByRole("dialog", { name: "Share progress with a link" });
    const link = within(dialog).getByRole("textbox", { name: "Link" }) as HTMLTextAreaElement;
    await waitFor(() => expect(link.value).toMatch(/^http:\/\/localhost(:\d+)?\/#share=s1\./));
    expect(dialog).toHaveTextContent(`${link.value.length.toLocaleString()} characters`);
    expect(await within(dialog).findByRole("list", { name: "Never in the link" }, LAZY)).toHaveTextContent("Raw Graph responses");
    await user.click(within(dialog).getByRole("checkbox", { name: /Include verification details/ }));
    expect(within(dialog).queryByRole("list", { name: "Left out unless you include details" })).toBeNull();
  });
});
