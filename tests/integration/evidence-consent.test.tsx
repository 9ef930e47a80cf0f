import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { REQUIRED_SCOPES } from "../../src/domain/verification/consent.ts";
import { renderApp, testVerificationServices } from "./render-app.tsx";

describe("evidence file way: the consent its sign-in needs", () => {
  it("says plainly that the PowerShell sign-in needs admin consent an Intune Administrator cannot grant, and for which permissions", async () => {
    const user = userEvent.setup();
    await renderApp("/tenant", { verification: testVerificationServices({ now: () => new Date("2026-11-26T09:00:00Z") }) });
    await user.click(screen.getByRole("tab", { name: "Import evidence file" }));

    const consent = screen.getByTestId("evidence-consent");
    expect(consent).toHaveTextContent(/needs admin consent/);
    expect(consent).toHaveTextContent(/an Intune Administrator cannot give/);
    expect(consent).toHaveTextContent(/Privileged Role Administrator, Cloud Application Administrator or Application Administrator/);
    const listed = within(consent).getAllByRole("listitem").map((li) => li.textContent);
    expect(listed).toEqual(REQUIRED_SCOPES.filter((s) => s.adminConsent).map((s) => s.scope));
    expect(listed).not.toContain("LicenseAssignment.Read.All");
    expect(consent).toHaveTextContent(/Your own consent covers only User\.Read and LicenseAssignment\.Read\.All/);
    // The old sentence alone suggested no consent at all was needed.
    expect(screen.queryByText(/No app registration needed/)).not.toBeInTheDocument();
  });
});
