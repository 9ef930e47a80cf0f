import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { DevicesDecision } from "../../src/domain/strategy/schema.ts";
import { renderDevices } from "./render-devices.tsx";

// Learn, "Add corporate identifiers" (https://learn.microsoft.com/intune/intune-service/enrollment/corporate-identifiers-add):
// a Mac that enrolls without ADE and without its serial number registered is marked personal. The devices form asks
// about it only for corporate Macs that do not all come through Apple Business Manager.

const QUESTION = /register these Macs' serial numbers as corporate device identifiers/;


const question = () => screen.queryByRole("radiogroup", { name: QUESTION });

async function choose(user: ReturnType<typeof userEvent.setup>, ownership: string, abm?: string) {
  await user.click(screen.getByRole("radio", { name: ownership }));
  if (abm) await user.click(within(screen.getByRole("radiogroup", { name: /Apple Business Manager/ })).getByRole("radio", { name: abm }));
}

async function fillNumbers(user: ReturnType<typeof userEvent.setup>) {
  for (const [name, text] of [["Expected number of Macs", "40"], ["Macs per user", "1"], ["iPhones per user", "1"], ["iPads per user", "0"], ["Other devices per user", "0"]] as const) {
    await user.clear(screen.getByRole("spinbutton", { name }));
    await user.type(screen.getByRole("spinbutton", { name }), text);
  }
}

const BASE: DevicesDecision = { ownership: "corporate", abmPurchase: "no", expectedMacs: 40, perUser: { mac: 1, iphone: 1, ipad: 0, other: 0 } };

describe("devices form: corporate identifiers question", () => {
  it.each([
    ["Corporate only", "No", true],
    ["Corporate only", "Planned", true],
    ["Corporate and personal", "No", true],
    ["Corporate and personal", "Planned", true],
    ["Corporate only", "Yes", false],
    ["Corporate and personal", "Yes", false],
    ["Corporate only", undefined, false],
  ])("%s, Apple Business Manager %s → asked: %s", async (ownership, abm, asked) => {
    const { user } = renderDevices();
    await choose(user, ownership, abm);
    expect(question() !== null).toBe(asked);
  });

  it("is not asked for personal Macs only, nor before the ownership is chosen", async () => {
    const { user } = renderDevices();
    expect(question()).toBeNull();
    await choose(user, "Corporate only", "No");
    await user.click(screen.getByRole("radio", { name: /Personal only/ }));
    expect(question()).toBeNull();
  });

  it("pre-selects no answer, explains why with Microsoft's page, and saves nothing for it when left unanswered", async () => {
    const { onSave, user } = renderDevices();
    await choose(user, "Corporate only", "No");
    const group = question()!;
    for (const radio of within(group).getAllByRole("radio")) expect(radio).not.toBeChecked();
    expect(group).toHaveAccessibleDescription(expect.stringContaining("Intune treats a Mac as personal unless it enrolls through Automated Device Enrollment"));
    expect(screen.getByRole("link", { name: /Add corporate identifiers/ })).toHaveAttribute(
      "href",
      "https://learn.microsoft.com/intune/intune-service/enrollment/corporate-identifiers-add",
    );
    await fillNumbers(user);
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]?.[0]).not.toHaveProperty("corporateIdentifiers");
  });

  it.each([
    ["Yes, we will upload their serial numbers", true],
    ["No, they will enroll as personal Macs", false],
  ])("saves the answer %j as %s", async (answer, saved) => {
    const { onSave, user } = renderDevices();
    await choose(user, "Corporate only", "Planned");
    await user.click(within(question()!).getByRole("radio", { name: answer }));
    await fillNumbers(user);
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ ownership: "corporate", abmPurchase: "planned", corporateIdentifiers: saved }));
  });

  it("clears a hidden answer: once every corporate Mac comes through Apple Business Manager, the answer is not saved", async () => {
    const { onSave, user } = renderDevices({ ...BASE, corporateIdentifiers: true });
    expect(within(question()!).getByRole("radio", { name: /^Yes, we will upload/ })).toBeChecked();
    await user.click(within(screen.getByRole("radiogroup", { name: /Apple Business Manager/ })).getByRole("radio", { name: "Yes" }));
    expect(question()).toBeNull();
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({ abmPurchase: "yes" });
    expect(onSave.mock.calls[0]?.[0]).not.toHaveProperty("corporateIdentifiers");
  });

  it("clears a hidden answer when only personal Macs remain in scope", async () => {
    const { onSave, user } = renderDevices({ ...BASE, corporateIdentifiers: false });
    expect(within(question()!).getByRole("radio", { name: /^No, they will enroll/ })).toBeChecked();
    await user.click(screen.getByRole("radio", { name: /Personal only/ }));
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({ ownership: "personal", abmPurchase: "no" });
    expect(onSave.mock.calls[0]?.[0]).not.toHaveProperty("corporateIdentifiers");
  });
});
