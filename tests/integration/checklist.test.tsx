import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderApp, savedEnvelope } from "./render-app.tsx";

const card = (id: string) => document.querySelector<HTMLElement>(`section[data-item-id="${id}"]`)!;

describe("checklist step", () => {
  it("changes an item's status, saves it and announces it", async () => {
    const user = userEvent.setup();
    await renderApp("/organization");
    const status = within(card("security-approval")).getByRole("combobox", { name: /^Status of/ });
    await user.selectOptions(status, "done");
    expect(card("security-approval")).toHaveAttribute("data-status", "done");
    expect(screen.getByTestId("announcer")).toHaveTextContent(/status set to Done/);
    expect(savedEnvelope()?.data.items["security-approval"]?.status).toBe("done");
    expect(screen.getByTestId("overall-percent")).not.toHaveTextContent(/^0%$/);
  });

  it("rejects a non-http evidence link with a message and keeps the last valid one", async () => {
    const user = userEvent.setup();
    await renderApp("/organization");
    const scope = within(card("project-plan"));
    await user.click(scope.getByRole("button", { name: "Owner, due date, notes and evidence" }));
    const link = scope.getByLabelText(/^Evidence link for/);
    await user.type(link, "https://contoso.example/plan");
    await user.clear(link);
    await user.type(link, "javascript:alert(1)");
    expect(link).toHaveAttribute("aria-invalid", "true");
    const described = (link.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent ?? "");
    expect(described.join(" ")).toMatch(/http/i);
    // Typing is written once the typist pauses (TYPING_SAVE in the progress session). The last valid value is the
    // cleared one; an item holding only defaults is saved as no item, its field's time kept in the clock (fields.ts).
    const saved = await waitFor(() => {
      const parsed = savedEnvelope<{ data: { items: Record<string, { evidenceUrl: string }>; clock?: Record<string, string> } }>();
      if (!parsed?.data.clock?.["items/project-plan/evidenceUrl"]) throw new Error("Not saved yet.");
      return parsed;
    });
    expect(saved.data.items["project-plan"]?.evidenceUrl ?? "").toBe("");
    expect(saved.data.clock?.["items/project-plan/evidenceUrl"]).toMatch(/^\d{4}-/);
  });

  it("shows applicability for tenant items", async () => {
    await renderApp("/tenant");
    expect(within(card("apns-certificate")).getByText("Required for your strategy")).toBeInTheDocument();
    expect(card("ade-token").querySelector("[data-applicability]")).toHaveAttribute("data-applicability", "optional");
  });
});

describe("step navigation", () => {
  it("moves between steps with Next and Previous, updating the URL and focusing the heading", async () => {
    const user = userEvent.setup();
    await renderApp("/");
    await user.click(screen.getByRole("button", { name: /with Organization/ }));
    expect(window.location.pathname).toBe("/organization");
    const heading = screen.getByRole("heading", { level: 1 });
    expect(heading).toHaveTextContent("Organization");
    expect(heading).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Next: Strategy" }));
    expect(window.location.pathname).toBe("/strategy");
    await user.click(screen.getByRole("button", { name: "Previous: Organization" }));
    expect(window.location.pathname).toBe("/organization");
  });

  it("the step bar marks the current step and shows per-step counts", async () => {
    const user = userEvent.setup();
    await renderApp("/tenant");
    const nav = screen.getByRole("navigation", { name: "Wizard steps" });
    const current = within(nav).getAllByRole("link").find((a) => a.getAttribute("aria-current") === "step");
    expect(current).toHaveTextContent("Tenant");
    expect(nav).toHaveTextContent(/Organization · 0 of 4/);
    await user.click(within(nav).getByRole("link", { name: /Summary/ }));
    expect(window.location.pathname).toBe("/summary");
  });
});
