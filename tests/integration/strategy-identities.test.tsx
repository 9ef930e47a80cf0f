import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { DecisionForm } from "../../src/features/strategy/DecisionForm.tsx";
import type { AppleIdModel, IdentitiesDecision } from "../../src/domain/strategy/schema.ts";

function renderIdentities(value?: IdentitiesDecision) {
  const onSave = vi.fn<(value: IdentitiesDecision) => void>();
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <DecisionForm decision="identities" value={value} decidedAt={undefined} onSave={onSave} />
    </FluentProvider>,
  );
  return { onSave, user: userEvent.setup(), ...utils };
}

describe("identities decision form", () => {
  it("asks for a choice instead of guessing one", async () => {
    const { onSave, user } = renderIdentities();
    const group = screen.getByRole("radiogroup", { name: /sign in to Apple services/ });
    expect(screen.queryByRole("radio", { checked: true })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(group).toHaveAttribute("aria-invalid", "true");
    expect(group).toHaveAccessibleDescription(expect.stringContaining("Choose how users sign in to Apple services."));
    expect(onSave).not.toHaveBeenCalled();
    // The first invalid field gets focus, so keyboard users land on the problem.
    expect(screen.getByRole("radio", { name: "No Apple ID" })).toHaveFocus();
  });

  it.each<[string, AppleIdModel, RegExp]>([
    ["No Apple ID", "none", /Apps and Books/],
    ["Personal Apple IDs", "personal", /neither owns nor manages/],
    ["Managed Apple Accounts", "managed", /Apple Business Manager/],
  ])("saves %s and explains what it means", async (label, appleId, consequence) => {
    const { onSave, user } = renderIdentities();
    const radio = screen.getByRole("radio", { name: label });
    expect(radio).toHaveAccessibleDescription(consequence);
    await user.click(radio);
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(onSave).toHaveBeenCalledWith({ appleId });
    expect(screen.getByRole("status")).toHaveTextContent("Decision saved");
  });

  it("shows the saved choice and follows a change made elsewhere", () => {
    const { rerender } = renderIdentities({ appleId: "personal" });
    expect(screen.getByRole("radio", { name: "Personal Apple IDs" })).toBeChecked();
    rerender(
      <FluentProvider theme={webLightTheme}>
        <DecisionForm decision="identities" value={{ appleId: "managed" }} decidedAt={undefined} onSave={vi.fn()} />
      </FluentProvider>,
    );
    expect(screen.getByRole("radio", { name: "Managed Apple Accounts" })).toBeChecked();
  });

  it("is usable from the keyboard alone", async () => {
    const { onSave, user } = renderIdentities();
    await user.tab();
    expect(screen.getByRole("radio", { name: "No Apple ID" })).toHaveFocus();
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(screen.getByRole("radio", { name: "Managed Apple Accounts" })).toBeChecked();
    await user.tab();
    expect(screen.getByRole("button", { name: "Save" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(onSave).toHaveBeenCalledWith({ appleId: "managed" });
  });
});
