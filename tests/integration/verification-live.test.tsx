import { describe, expect, it, vi } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { REQUIRED_SCOPES } from "../../src/domain/verification/consent.ts";
import { scenarioEvidenceFile } from "../../src/domain/verification/demo.ts";
import { requestLine } from "../../src/domain/verification/keys.ts";
import { GRAPH_REQUESTS } from "../../src/domain/verification/requests.ts";
import type { RuntimeConfig } from "../../src/services/auth/config.ts";
import { AuthError } from "../../src/services/auth/errors.ts";
import { CHECK_SCOPES } from "../../src/services/auth/scopes.ts";
import type { GraphAuth } from "../../src/services/auth/types.ts";
import type { CollectOptions, LiveEvidenceFile } from "../../src/services/graph/client.ts";
import { renderApp, testVerificationServices } from "./render-app.tsx";

const KEY = "intune-mac-readiness:progress";
const NOW = new Date("2026-11-26T09:00:00Z");
const CLIENT_ID = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";
const TENANT_ID = "11111111-2222-3333-4444-555555555555";
const ACCOUNT = { username: "dana@contoso.example", name: "Dana Admin", tenantId: TENANT_ID };

type Saved = { data: { verification: Record<string, { verdict: string; source: string; reason: string; checkedAt: string }> } };
const saved = (): Saved => JSON.parse(localStorage.getItem(KEY) ?? "null") as Saved;
const verdictOf = (id: string) => document.querySelector(`section[data-item-id="${id}"] [data-verdict]`)?.getAttribute("data-verdict");

const ready = (graphBaseUrl = "http://127.0.0.1:9999"): RuntimeConfig => ({
  status: "ready",
  config: { clientId: CLIENT_ID, authority: "https://login.microsoftonline.com/organizations", redirectUri: `${window.location.origin}/redirect.html` },
  graphBaseUrl,
});

function fakeAuth(): GraphAuth & { getToken: ReturnType<typeof vi.fn> } {
  return {
    signIn: vi.fn(async () => ACCOUNT),
    account: () => null,
    getToken: vi.fn(async () => "token"),
    signOut: vi.fn(async () => {}),
  };
}

/** The healthy demo tenant, except that reading the VPP tokens is refused for lack of a permission. */
function evidenceWithVpp403(): LiveEvidenceFile {
  const file = scenarioEvidenceFile("healthy", NOW);
  const vpp = requestLine(GRAPH_REQUESTS.find((r) => r.id === "vppTokens")!);
  const forbidden = {
    error: { code: "Forbidden", message: "Application is not authorized to perform this operation. Application must have one of the following scopes: DeviceManagementServiceConfig.Read.All" },
  };
  return { ...file, responses: file.responses.map((r) => (r.request === vpp ? { request: r.request, status: 403, body: forbidden } : r)) };
}

describe("live check: not configured", () => {
  it("explains the app registration, validates the settings inline and builds the admin-consent link once saved", async () => {
    const user = userEvent.setup();
    await renderApp("/tenant", { verification: testVerificationServices({ now: () => NOW }) });
    const panel = await screen.findByRole("tabpanel");
    await within(panel).findByText("Live checks need an app registration in your tenant");
    expect(panel).toHaveTextContent(`${window.location.origin}/redirect.html`);
    expect(panel).toHaveTextContent("Single-page application");
    for (const { scope } of REQUIRED_SCOPES) expect(within(panel).getByRole("rowheader", { name: scope })).toBeInTheDocument();

    const clientId = within(panel).getByLabelText("Application (client) ID");
    await user.type(clientId, "not-a-guid");
    await user.click(within(panel).getByRole("button", { name: "Save settings" }));
    expect(clientId).toHaveAttribute("aria-invalid", "true");
    expect(panel).toHaveTextContent(/GUID such as/);
    expect(localStorage.getItem("intune-mac-readiness:auth-config")).toBeNull();

    await user.clear(clientId);
    await user.type(clientId, CLIENT_ID);
    await user.click(within(panel).getByRole("button", { name: "Save settings" }));
    await within(panel).findByText(/saved in this browser/);
    expect(panel).toHaveTextContent(CLIENT_ID);

    await user.click(within(panel).getByRole("button", { name: "Permissions and admin consent" }));
    await user.type(within(panel).getByLabelText("Your tenant"), "contoso.onmicrosoft.com");
    const link = within(panel).getByTestId("admin-consent-link").textContent ?? "";
    expect(link).toMatch(/^https:\/\/login\.microsoftonline\.com\/contoso\.onmicrosoft\.com\/v2\.0\/adminconsent\?/);
    expect(new URL(link).searchParams.get("client_id")).toBe(CLIENT_ID);
  });
});

describe("live check: configured", () => {
  it("signs in, shows round-trip progress, asks for the check scopes and records live results that replace a demo", async () => {
    const user = userEvent.setup();
    const auth = fakeAuth();
    let finish: (file: LiveEvidenceFile) => void = () => {};
    const collect = vi.fn(async (options: CollectOptions) => {
      await options.getToken();
      options.onProgress?.({ phase: "batches", roundTrip: 1, expectedRoundTrips: 2 });
      return new Promise<LiveEvidenceFile>((resolve) => (finish = resolve));
    });
    await renderApp("/tenant", {
      verification: testVerificationServices({ now: () => NOW, loadRuntimeConfig: async () => ready(), loadAuth: async () => auth, collectEvidence: collect }),
    });
    await user.click(screen.getByRole("tab", { name: "Try a sample tenant" }));
    await user.click(screen.getByRole("button", { name: "Show this demo: Demo: brand-new tenant" }));
    await user.click(screen.getByRole("tab", { name: "Check live" }));

    await user.click(await screen.findByRole("button", { name: "Sign in" }));
    await screen.findByText("Dana Admin");
    await user.click(screen.getByRole("button", { name: "Run checks" }));
    await screen.findByText(/^Round trip 1 of 2/);
    expect(auth.getToken).toHaveBeenCalledWith(CHECK_SCOPES);
    expect(collect.mock.calls[0]?.[0].baseUrl).toBe("http://127.0.0.1:9999");
    expect(screen.getByRole("button", { name: "Run checks" })).toBeDisabled();

    finish(evidenceWithVpp403());
    await waitFor(() => expect(saved().data.verification["vpp-token"]?.source).toBe("live"));
    const records = Object.values(saved().data.verification);
    expect(records.every((r) => r.source === "live")).toBe(true);
    expect(saved().data.verification["vpp-token"]).toMatchObject({ verdict: "error" });
    expect(saved().data.verification["vpp-token"]?.reason).toMatch(/DeviceManagementServiceConfig\.Read\.All/);
    expect(verdictOf("vpp-token")).toBe("error");
    expect(verdictOf("apns-certificate")).toBe("ready");
    expect(screen.queryByTestId("demo-banner")).not.toBeInTheDocument();
    expect(screen.getByTestId("results-overview")).toHaveTextContent(/via live check/);
  });

  it("when consent is missing, says so, offers the consent link for the signed-in tenant and changes nothing", async () => {
    const user = userEvent.setup();
    const collect = vi.fn(async () => {
      throw new AuthError("consent-needed", "The read-only Intune permissions have not been consented.");
    });
    await renderApp("/tenant", {
      verification: testVerificationServices({ now: () => NOW, loadRuntimeConfig: async () => ready(), loadAuth: async () => fakeAuth(), collectEvidence: collect }),
    });
    await user.click(await screen.findByRole("button", { name: "Sign in" }));
    await user.click(await screen.findByRole("button", { name: "Run checks" }));
    await screen.findByText("Admin consent needed");
    expect(screen.getByText(/have not been consented/)).toBeInTheDocument();
    const link = screen.getByTestId("admin-consent-link").textContent ?? "";
    expect(link).toContain(`/${TENANT_ID}/v2.0/adminconsent?`);
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(screen.getByRole("button", { name: "Run checks" })).toBeEnabled();
  });
});
