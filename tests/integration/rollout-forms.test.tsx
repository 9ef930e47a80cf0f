import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { DecisionForm } from "../../src/features/strategy/DecisionForm.tsx";
import type { DevicesDecision, PoliciesDecision } from "../../src/domain/strategy/schema.ts";
import { emptyProgress } from "../../src/domain/progress/model.ts";
import { RolloutPlanSection } from "../../src/features/summary/RolloutPlanSection.tsx";

const wrap = (node: React.ReactNode) => <FluentProvider theme={webLightTheme}>{node}</FluentProvider>;
const save = () => screen.getByRole("button", { name: "Save" });

describe("new strategy questions", () => {
  it("asks how ADE Macs go through Setup Assistant only when Macs come through ABM, with nothing pre-selected", async () => {
    const onSave = vi.fn<(value: DevicesDecision) => void>();
    const value: DevicesDecision = { ownership: "corporate", abmPurchase: "yes", expectedMacs: 10, perUser: { mac: 1, iphone: 0, ipad: 0, other: 0 } };
    render(wrap(<DecisionForm decision="devices" value={value} decidedAt={undefined} onSave={onSave} />));
    const user = userEvent.setup();
    const group = screen.getByRole("radiogroup", { name: /How should ADE Macs go through Setup Assistant/ });
    for (const radio of screen.getAllByRole("radio").filter((r) => group.contains(r))) expect(radio).not.toBeChecked();
    // Unanswered is fine: the question is optional.
    await user.click(save());
    expect(onSave).toHaveBeenLastCalledWith(value);
    await user.click(screen.getByRole("radio", { name: /Setup Assistant with modern authentication/ }));
    await user.click(save());
    expect(onSave).toHaveBeenLastCalledWith({ ...value, adeEnrollment: "user-modern-auth" });
    // No ABM: the question goes away and its answer is not saved.
    await user.click(screen.getByRole("radio", { name: "No" }));
    expect(screen.queryByRole("radiogroup", { name: /How should ADE Macs/ })).toBeNull();
    await user.click(save());
    expect(onSave).toHaveBeenLastCalledWith({ ...value, abmPurchase: "no" });
  });

  it("asks the update approach and FileVault timing only for the areas ticked", async () => {
    const onSave = vi.fn<(value: PoliciesDecision) => void>();
    render(wrap(<DecisionForm decision="policies" value={undefined} decidedAt={undefined} onSave={onSave} />));
    const user = userEvent.setup();
    expect(screen.queryByRole("radiogroup", { name: /macOS updates be enforced/ })).toBeNull();
    await user.click(screen.getByRole("checkbox", { name: "macOS updates" }));
    await user.click(screen.getByRole("checkbox", { name: "FileVault disk encryption" }));
    expect(screen.getByRole("radio", { name: "Enforce the latest macOS after a delay" })).not.toBeChecked();
    await user.click(screen.getByRole("radio", { name: "Enforce a target macOS version by a date" }));
    await user.click(screen.getByRole("radio", { name: "During Setup Assistant (ADE only)" }));
    await user.click(screen.getByRole("radio", { name: "No, not through Apps and Books" }));
    await user.click(save());
    expect(onSave).toHaveBeenLastCalledWith({ areas: ["filevault", "os-updates"], appsAndBooks: false, notes: "", updateApproach: "targeted", fileVaultTiming: "setup-assistant" });
    await user.click(screen.getByRole("checkbox", { name: "macOS updates" }));
    await user.click(save());
    expect(onSave).toHaveBeenLastCalledWith({ areas: ["filevault"], appsAndBooks: false, notes: "", fileVaultTiming: "setup-assistant" });
  });
});

describe("rollout plan on the summary", () => {
  it("lists the phases in order with owners, due dates and a way back to each step", async () => {
    const progress = emptyProgress();
    progress.items["pilot-mac"] = { status: "blocked", owner: "Tom Becker", dueDate: "2026-04-01", notes: "", evidenceUrl: "", updatedAt: "" };
    const onEdit = vi.fn<(path: string) => void>();
    render(wrap(<RolloutPlanSection progress={progress} onEdit={onEdit} stepPath={(s) => `/${s}`} now={new Date("2026-05-01T12:00:00")} />));
    const headings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(["1. Prepare and decide", "2. Set up the tenant", "3. Enroll a pilot Mac", "4. Secure the Macs", "5. Enroll the rest", "6. Maintain"]);
    const table = screen.getByRole("table", { name: "Enroll a pilot Mac" });
    expect(table).toHaveTextContent("Tom Becker");
    expect(table).toHaveTextContent("(overdue)");
    await userEvent.setup().click(screen.getByRole("button", { name: /Tenant set-up: edit A pilot Mac/ }));
    expect(onEdit).toHaveBeenCalledWith("/setup");
    expect(screen.getByText(/you are here/).closest("[data-plan-phase]")).toHaveAttribute("data-plan-phase", "prepare");
  });
});
