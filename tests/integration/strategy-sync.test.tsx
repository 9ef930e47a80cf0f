import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
// StrictMode as in the app: effects run twice on mount, which must not count as an edit or a change elsewhere.
import { StrictMode, useState, type ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { DecisionForm } from "../../src/features/strategy/DecisionForm.tsx";
import type { DevicesDecision, IdentitiesDecision } from "../../src/domain/strategy/schema.ts";

const MINUTE = 60_000;

function Shell({ children }: { children: ReactNode }) {
  return (
    <StrictMode>
      <FluentProvider theme={webLightTheme}>{children}</FluentProvider>
    </StrictMode>
  );
}

const saved: DevicesDecision = {
  ownership: "corporate",
  abmPurchase: "yes",
  expectedMacs: 100,
  perUser: { mac: 1, iphone: 1, ipad: 0, other: 0 },
};
const elsewhere: DevicesDecision = {
  ownership: "both",
  abmPurchase: "planned",
  expectedMacs: 400,
  perUser: { mac: 2, iphone: 1, ipad: 1, other: 0 },
};

function devices(value: DevicesDecision | undefined, onSave = vi.fn(), decidedAt?: string) {
  return (
    <Shell>
      <DecisionForm decision="devices" value={value} decidedAt={decidedAt} onSave={onSave} />
    </Shell>
  );
}

const expectedMacs = () => screen.getByRole("spinbutton", { name: "Expected number of Macs" });
const notice = () => screen.queryByText(/Changed elsewhere — Save keeps your version/);

describe("decision forms and values changed elsewhere", () => {
  it("resets to a value that arrives from outside when there are no unsaved edits", () => {
    const { rerender } = render(devices(saved));
    expect(expectedMacs()).toHaveValue(100);
    rerender(devices(elsewhere));
    expect(expectedMacs()).toHaveValue(400);
    expect(screen.getByRole("radio", { name: "Corporate and personal" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "Planned" })).toBeChecked();
    expect(screen.getByRole("spinbutton", { name: "iPads per user" })).toHaveValue(1);
    expect(notice()).not.toBeInTheDocument();
  });

  it("fills an undecided form when the decision is imported", () => {
    const { rerender } = render(devices(undefined));
    expect(expectedMacs()).toHaveValue(null);
    rerender(devices(elsewhere));
    expect(expectedMacs()).toHaveValue(400);
  });

  it.each([
    ["identities", { appleId: "managed" }, "Managed Apple Accounts"],
    ["accountsSso", { sso: "platform-sso", psso: "smart-card", localAccount: "admin" }, "Smart card"],
  ] as const)("counts a failed first save of %s as no edit, so an import still fills the form", async (decision, value, radio) => {
    const user = userEvent.setup();
    const element = (v: typeof value | undefined) => (
      <Shell>
        <DecisionForm decision={decision} value={v} decidedAt={undefined} onSave={vi.fn()} />
      </Shell>
    );
    const { rerender } = render(element(undefined));
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(screen.queryByText(/Unsaved changes/)).not.toBeInTheDocument();
    rerender(element(value));
    expect(screen.getByRole("radio", { name: radio })).toBeChecked();
    expect(notice()).not.toBeInTheDocument();
  });

  it("forgets a Platform SSO detour: choosing it and going back is no edit", async () => {
    const user = userEvent.setup();
    render(
      <Shell>
        <DecisionForm
          decision="accountsSso"
          value={{ sso: "enterprise-sso", localAccount: "standard" }}
          decidedAt={undefined}
          onSave={vi.fn()}
        />
      </Shell>,
    );
    await user.click(screen.getByRole("radio", { name: "Platform SSO" }));
    expect(screen.getByText(/Unsaved changes/)).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: "Enterprise SSO plug-in" }));
    expect(screen.queryByText(/Unsaved changes/)).not.toBeInTheDocument();
  });

  it("keeps unsaved edits, says so, and saves the local version on Save", async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    const { rerender } = render(devices(saved, onSave));
    await user.clear(expectedMacs());
    await user.type(expectedMacs(), "120");
    rerender(devices(elsewhere, onSave));
    expect(expectedMacs()).toHaveValue(120);
    expect(notice()).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(onSave).toHaveBeenCalledWith({ ...saved, expectedMacs: 120 });
    expect(notice()).not.toBeInTheDocument();
    // What was just saved stays on screen, even before the parent passes it back.
    // Submitting is async in react-hook-form: let any effect it sets off run before judging.
    await act(async () => {});
    expect(expectedMacs()).toHaveValue(120);
  });

  it("can drop the unsaved edits in favour of the other version", async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    const { rerender } = render(devices(saved, onSave));
    await user.clear(expectedMacs());
    await user.type(expectedMacs(), "120");
    rerender(devices(elsewhere, onSave));
    await user.click(screen.getByRole("button", { name: "Discard my changes" }));
    expect(expectedMacs()).toHaveValue(400);
    expect(notice()).not.toBeInTheDocument();
    expect(screen.queryByText(/Unsaved changes/)).not.toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });

  it("does not snap back after a save that the parent has not passed back yet", async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    const { rerender } = render(devices(saved, onSave));
    await user.clear(expectedMacs());
    await user.type(expectedMacs(), "120");
    await user.click(screen.getByRole("button", { name: "Save" }));
    rerender(devices(saved, onSave));
    expect(expectedMacs()).toHaveValue(120);
    await user.type(expectedMacs(), "0");
    expect(notice()).not.toBeInTheDocument();
  });

  it("follows a later change from elsewhere after saving here", async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    const { rerender } = render(devices(saved, onSave));
    await user.clear(expectedMacs());
    await user.type(expectedMacs(), "120");
    await user.click(screen.getByRole("button", { name: "Save" }));
    rerender(devices({ ...saved, expectedMacs: 120 }, onSave));
    expect(screen.getByRole("status")).toHaveTextContent("Decision saved");
    rerender(devices(elsewhere, onSave));
    expect(expectedMacs()).toHaveValue(400);
    // The confirmation was about our value, not the one that replaced it.
    expect(screen.getByRole("status")).not.toHaveTextContent("Decision saved");
    expect(notice()).not.toBeInTheDocument();
  });

  it("treats its own saved value coming back as no change", async () => {
    const user = userEvent.setup();
    function Parent() {
      const [value, setValue] = useState<IdentitiesDecision | undefined>(undefined);
      return (
        <Shell>
          <DecisionForm decision="identities" value={value} decidedAt={undefined} onSave={(v) => setValue({ ...v })} />
        </Shell>
      );
    }
    render(<Parent />);
    await user.click(screen.getByRole("radio", { name: "Managed Apple Accounts" }));
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(screen.getByRole("status")).toHaveTextContent("Decision saved");
    await user.click(screen.getByRole("radio", { name: "No Apple ID" }));
    expect(notice()).not.toBeInTheDocument();
    expect(screen.getByText(/Unsaved changes/)).toBeInTheDocument();
  });
});

describe("saved status", () => {
  it.each([
    [undefined, /Not decided yet/],
    [3 * MINUTE, /Saved 3 minutes ago/],
    [2 * 60 * MINUTE + 5 * MINUTE, /Saved 2 hours ago/],
    [10 * 1000, /Saved just now/],
  ])("with a decision saved %s ms ago reads %s", (ago, text) => {
    const decidedAt = ago === undefined ? undefined : new Date(Date.now() - ago).toISOString();
    render(devices(ago === undefined ? undefined : saved, vi.fn(), decidedAt));
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  it("gives an old decision its date", () => {
    render(devices(saved, vi.fn(), "2025-03-02T10:00:00.000Z"));
    expect(screen.getByText(/Saved on .*2025/)).toBeInTheDocument();
  });
});
