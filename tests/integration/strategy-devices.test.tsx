import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderDevices } from "./render-devices.tsx";


const save = () => screen.getByRole("button", { name: "Save" });
const number = (name: string) => screen.getByRole("spinbutton", { name });

async function typeInto(user: ReturnType<typeof userEvent.setup>, name: string, text: string) {
  await user.clear(number(name));
  if (text) await user.type(number(name), text);
}

async function fillCounts(user: ReturnType<typeof userEvent.setup>, [mac, iphone, ipad, other]: readonly string[]) {
  await typeInto(user, "Macs per user", mac ?? "");
  await typeInto(user, "iPhones per user", iphone ?? "");
  await typeInto(user, "iPads per user", ipad ?? "");
  await typeInto(user, "Other devices per user", other ?? "");
}

const group = (name: RegExp) => screen.getByRole("radiogroup", { name });

describe("devices decision form", () => {
  it("pre-selects no answer: a careless Save records nothing and every question says what it needs", async () => {
    const { onSave, user } = renderDevices();
    expect(screen.getByText(/Not decided yet/)).toBeInTheDocument();
    for (const radio of screen.getAllByRole("radio")) expect(radio).not.toBeChecked();
    for (const name of ["Expected number of Macs", "Macs per user", "iPhones per user", "iPads per user", "Other devices per user"]) {
      expect(number(name)).toHaveValue(null);
    }
    await user.click(save());
    expect(onSave).not.toHaveBeenCalled();
    expect(group(/Which Macs/)).toHaveAccessibleDescription(expect.stringContaining("Choose which Macs will be managed."));
    expect(group(/Apple Business Manager/)).toHaveAccessibleDescription(
      expect.stringContaining("Say whether corporate Macs are bought through Apple Business Manager."),
    );
    expect(number("iPhones per user")).toHaveAccessibleDescription(expect.stringContaining("iPhones per user must be a whole number."));
    expect(screen.getByText(/Not decided yet/)).toBeInTheDocument();
  });

  it.each([
    ["", "Expected number of Macs must be a whole number."],
    ["0", "Expect at least one Mac."],
    ["-1", "Expected number of Macs cannot be negative."],
    ["1.5", "Expected number of Macs must be a whole number."],
    ["1000001", "Expected number of Macs cannot be more than 1000000."],
  ])("rejects expected Macs %j with the schema's message", async (text, message) => {
    const { onSave, user } = renderDevices();
    await typeInto(user, "Expected number of Macs", text);
    await user.click(save());
    const input = number("Expected number of Macs");
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.queryByText("Decision saved")).not.toBeInTheDocument();
  });

  it.each([
    ["Macs per user", "0", "Each user enrolls at least one Mac."],
    ["Macs per user", "", "Macs per user must be a whole number."],
    ["Macs per user", "16", "Macs per user cannot be more than 15."],
    ["iPads per user", "-2", "iPads per user cannot be negative."],
    ["Other devices per user", "0.5", "Other devices per user must be a whole number."],
  ])("rejects %s = %j", async (name, text, message) => {
    const { onSave, user } = renderDevices();
    await typeInto(user, "Expected number of Macs", "40");
    await typeInto(user, name, text);
    await user.click(save());
    expect(number(name)).toHaveAttribute("aria-invalid", "true");
    expect(number(name)).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(number("Expected number of Macs")).not.toHaveAttribute("aria-invalid");
    expect(onSave).not.toHaveBeenCalled();
  });

  it("saves exactly what was entered and confirms it politely", async () => {
    const { onSave, user } = renderDevices();
    await user.click(screen.getByRole("radio", { name: "Corporate and personal" }));
    await user.click(screen.getByRole("radio", { name: "Planned" }));
    await typeInto(user, "Expected number of Macs", "250");
    await fillCounts(user, ["2", "1", "0", "3"]);
    await user.click(save());
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledWith({
      ownership: "both",
      abmPurchase: "planned",
      expectedMacs: 250,
      perUser: { mac: 2, iphone: 1, ipad: 0, other: 3 },
    });
    expect(screen.getByRole("status")).toHaveTextContent("Decision saved");
    // The next edit makes the confirmation stale.
    await typeInto(user, "iPads per user", "1");
    expect(screen.getByRole("status")).not.toHaveTextContent("Decision saved");
  });

  it("fixing an invalid field clears its message and lets the save through", async () => {
    const { onSave, user } = renderDevices();
    await user.click(screen.getByRole("radio", { name: "Corporate only" }));
    await user.click(screen.getByRole("radio", { name: "Yes" }));
    await fillCounts(user, ["1", "0", "0", "0"]);
    await user.click(save());
    expect(number("Expected number of Macs")).toHaveAttribute("aria-invalid", "true");
    await typeInto(user, "Expected number of Macs", "12");
    expect(number("Expected number of Macs")).not.toHaveAttribute("aria-invalid");
    await user.click(save());
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ expectedMacs: 12 }));
  });

  it("keeps a live total of devices per user and the device limit it needs", async () => {
    const { user } = renderDevices();
    expect(screen.getByText(/Enter whole numbers above to work out the device limit/)).toBeInTheDocument();
    await fillCounts(user, ["1", "0", "0", "0"]);
    expect(screen.getByText(/1 device per user in total → device limit must be at least 1/)).toBeInTheDocument();
    await typeInto(user, "Macs per user", "2");
    await typeInto(user, "iPhones per user", "1");
    await typeInto(user, "iPads per user", "1");
    expect(screen.getByText(/4 devices per user in total → device limit must be at least 4/)).toBeInTheDocument();
    await typeInto(user, "Other devices per user", "12");
    expect(screen.getByText(/16 devices per user in total/).parentElement).toHaveTextContent("Intune allows at most 15");
    await typeInto(user, "iPads per user", "");
    expect(screen.queryByText(/devices per user in total/)).not.toBeInTheDocument();
  });

  it("hides the Apple Business Manager question for personal Macs and saves it as no", async () => {
    const { onSave, user } = renderDevices();
    await user.click(screen.getByRole("radio", { name: "Planned" }));
    await user.click(screen.getByRole("radio", { name: /Personal only/ }));
    expect(screen.queryByRole("radiogroup", { name: /Apple Business Manager/ })).not.toBeInTheDocument();
    expect(screen.getByText(/only corporate Macs are bought through it/)).toBeInTheDocument();
    await typeInto(user, "Expected number of Macs", "30");
    await fillCounts(user, ["1", "1", "0", "0"]);
    await user.click(save());
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ ownership: "personal", abmPurchase: "no" }));
  });

  it("asks about Apple Business Manager again when corporate Macs come back into scope, keeping the earlier answer", async () => {
    const { user } = renderDevices();
    await user.click(screen.getByRole("radio", { name: "Corporate only" }));
    await user.click(screen.getByRole("radio", { name: "Planned" }));
    await user.click(screen.getByRole("radio", { name: /Personal only/ }));
    await user.click(screen.getByRole("radio", { name: "Corporate only" }));
    const abm = screen.getByRole("radiogroup", { name: /Apple Business Manager/ });
    expect(within(abm).getByRole("radio", { name: "Planned" })).toBeChecked();
    expect(within(abm).getByRole("radio", { name: "Yes" })).not.toBeChecked();
  });

  it("moves between ownership options with the arrow keys", async () => {
    const { user } = renderDevices();
    await user.click(screen.getByRole("radio", { name: "Corporate only" }));
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("radio", { name: /Personal only/ })).toBeChecked();
  });
});
