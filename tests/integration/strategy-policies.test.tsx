import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { DecisionForm } from "../../src/features/strategy/DecisionForm.tsx";
import type { PoliciesDecision } from "../../src/domain/strategy/schema.ts";

function renderPolicies(value?: PoliciesDecision) {
  const onSave = vi.fn<(value: PoliciesDecision) => void>();
  const element = (v?: PoliciesDecision) => (
    <FluentProvider theme={webLightTheme}>
      <DecisionForm decision="policies" value={v} decidedAt={undefined} onSave={onSave} />
    </FluentProvider>
  );
  const utils = render(element(value));
  return { onSave, user: userEvent.setup(), rerenderWith: (v?: PoliciesDecision) => utils.rerender(element(v)) };
}

const box = (name: string | RegExp) => screen.getByRole("checkbox", { name });
const appsAndBooks = (answer: "Yes" | "No") => screen.getByRole("radio", { name: answer === "Yes" ? "Yes, through Apps and Books" : "No, not through Apps and Books" });
const notes = () => screen.getByRole("textbox", { name: "Notes" });
const save = () => screen.getByRole("button", { name: "Save" });

describe("policies decision form", () => {
  it("labels every area checkbox on its own, inside a named group", () => {
    renderPolicies();
    const group = screen.getByRole("group", { name: /Areas your macOS policies must cover/ });
    const boxes = screen.getAllByRole("checkbox");
    // Seven areas, each with a distinct name and id; Apps and Books is a question of its own.
    expect(boxes).toHaveLength(7);
    expect(new Set(boxes.map((b) => b.id)).size).toBe(boxes.length);
    expect(group).toContainElement(box("FileVault disk encryption"));
    expect(group).toContainElement(box("Local admin password (LAPS)"));
    expect(group).not.toContainElement(appsAndBooks("Yes"));
  });

  it("saves the ticked areas in catalog order, Apps and Books and the notes as typed", async () => {
    const { onSave, user } = renderPolicies();
    await user.click(box("Microsoft Defender for Endpoint"));
    await user.click(box("FileVault disk encryption"));
    await user.click(box("Firewall"));
    await user.click(box("Firewall"));
    await user.click(box("Compliance and Conditional Access"));
    await user.click(appsAndBooks("Yes"));
    await user.type(notes(), "Pilot with IT first.");
    await user.click(save());
    expect(onSave).toHaveBeenCalledWith({
      areas: ["filevault", "compliance-ca", "defender"],
      appsAndBooks: true,
      notes: "Pilot with IT first.",
    });
  });

  it("rejects notes over the limit and keeps the count visible", async () => {
    const { onSave, user } = renderPolicies();
    fireEvent.change(notes(), { target: { value: "x".repeat(4001) } });
    expect(notes()).toHaveAccessibleDescription(expect.stringMatching(/4,001 of 4,000 characters/));
    await user.click(save());
    expect(notes()).toHaveAttribute("aria-invalid", "true");
    expect(notes()).toHaveAccessibleDescription(expect.stringContaining("Keep the notes under 4,000 characters."));
    expect(onSave).not.toHaveBeenCalled();
  });

  it("does not answer the Apps and Books question for the admin: Save asks for it", async () => {
    const { onSave, user } = renderPolicies();
    expect(appsAndBooks("Yes")).not.toBeChecked();
    expect(appsAndBooks("No")).not.toBeChecked();
    await user.click(save());
    expect(onSave).not.toHaveBeenCalled();
    const question = screen.getByRole("radiogroup", { name: /Apps and Books/ });
    expect(question).toHaveAttribute("aria-invalid", "true");
    expect(question).toHaveAccessibleDescription(expect.stringContaining("Say whether App Store apps are deployed through Apps and Books."));
  });

  it("saves an empty decision on purpose (no areas, no Apps and Books)", async () => {
    const { onSave, user } = renderPolicies();
    await user.click(appsAndBooks("No"));
    await user.click(save());
    expect(onSave).toHaveBeenCalledWith({ areas: [], appsAndBooks: false, notes: "" });
  });

  it("resets to a value saved elsewhere", () => {
    const { rerenderWith } = renderPolicies({ areas: ["firewall"], appsAndBooks: false, notes: "" });
    expect(box("Firewall")).toBeChecked();
    rerenderWith({ areas: ["gatekeeper", "os-updates"], appsAndBooks: true, notes: "From the link" });
    expect(box("Firewall")).not.toBeChecked();
    expect(box("Gatekeeper")).toBeChecked();
    expect(box("macOS updates")).toBeChecked();
    expect(appsAndBooks("Yes")).toBeChecked();
    expect(notes()).toHaveValue("From the link");
  });
});
