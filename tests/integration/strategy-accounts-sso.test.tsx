import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { DecisionForm } from "../../src/features/strategy/DecisionForm.tsx";
import type { AccountsSsoDecision } from "../../src/domain/strategy/schema.ts";

function renderAccounts(value?: AccountsSsoDecision) {
  const onSave = vi.fn<(value: AccountsSsoDecision) => void>();
  const element = (v?: AccountsSsoDecision) => (
    <FluentProvider theme={webLightTheme}>
      <DecisionForm decision="accountsSso" value={v} decidedAt={undefined} onSave={onSave} />
    </FluentProvider>
  );
  const utils = render(element(value));
  return { onSave, user: userEvent.setup(), rerenderWith: (v?: AccountsSsoDecision) => utils.rerender(element(v)) };
}

const radio = (name: string) => screen.getByRole("radio", { name });
const save = () => screen.getByRole("button", { name: "Save" });
const methodGroup = () => screen.queryByRole("radiogroup", { name: /Platform SSO authentication method/ });

describe("accounts and SSO decision form", () => {
  it("pre-selects nothing and requires both the single sign-on model and the local account type", async () => {
    const { onSave, user } = renderAccounts();
    for (const r of screen.getAllByRole("radio")) expect(r).not.toBeChecked();
    await user.click(save());
    const group = screen.getByRole("radiogroup", { name: /Single sign-on/ });
    expect(group).toHaveAttribute("aria-invalid", "true");
    expect(group).toHaveAccessibleDescription(expect.stringContaining("Choose a single sign-on model."));
    const local = screen.getByRole("radiogroup", { name: /Local account/ });
    expect(local).toHaveAttribute("aria-invalid", "true");
    expect(local).toHaveAccessibleDescription(expect.stringContaining("Choose whether users are standard users or admins."));
    expect(onSave).not.toHaveBeenCalled();
  });

  it("asks for the Platform SSO method only with Platform SSO, with its minimum versions", async () => {
    const { user } = renderAccounts();
    expect(methodGroup()).not.toBeInTheDocument();
    await user.click(radio("Platform SSO"));
    expect(methodGroup()).toHaveAccessibleDescription(expect.stringMatching(/macOS 13 .*Company Portal 5\.2404\.0/));
    await user.click(radio("Enterprise SSO plug-in"));
    expect(methodGroup()).not.toBeInTheDocument();
  });

  it("rejects Platform SSO without a method", async () => {
    const { onSave, user } = renderAccounts();
    await user.click(radio("Standard user"));
    await user.click(radio("Platform SSO"));
    await user.click(save());
    expect(methodGroup()).toHaveAttribute("aria-invalid", "true");
    expect(methodGroup()).toHaveAccessibleDescription(expect.stringContaining("Choose how Platform SSO authenticates users."));
    expect(onSave).not.toHaveBeenCalled();
    await user.click(radio("Smart card"));
    expect(methodGroup()).not.toHaveAttribute("aria-invalid");
  });

  it("saves Platform SSO with its method and the local account model", async () => {
    const { onSave, user } = renderAccounts();
    expect(radio("Standard user")).not.toBeChecked();
    await user.click(radio("Platform SSO"));
    await user.click(radio("Secure Enclave key"));
    await user.click(radio("Administrator"));
    await user.click(save());
    expect(onSave).toHaveBeenCalledWith({ sso: "platform-sso", psso: "secure-enclave", localAccount: "admin" });
  });

  it("does not save a method left over from Platform SSO when the plug-in is chosen", async () => {
    const { onSave, user } = renderAccounts();
    await user.click(radio("Platform SSO"));
    await user.click(radio("Password"));
    await user.click(radio("Enterprise SSO plug-in"));
    await user.click(radio("Standard user"));
    await user.click(save());
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]?.[0]).toStrictEqual({ sso: "enterprise-sso", localAccount: "standard" });
  });

  it("resets to a value saved elsewhere", () => {
    const { rerenderWith } = renderAccounts({ sso: "enterprise-sso", localAccount: "standard" });
    expect(radio("Enterprise SSO plug-in")).toBeChecked();
    rerenderWith({ sso: "platform-sso", psso: "password", localAccount: "admin" });
    expect(radio("Platform SSO")).toBeChecked();
    expect(radio("Password")).toBeChecked();
    expect(radio("Administrator")).toBeChecked();
  });
});
