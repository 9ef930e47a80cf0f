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
import { CLOUDS, type CloudId } from "../../src/services/auth/clouds.ts";
import type { RedirectOutcome } from "../../src/services/auth/types.ts";
import type { CollectOptions, LiveEvidenceFile } from "../../src/services/graph/client.ts";
import { ACCOUNT, fakeAuth } from "./fake-auth.ts";
import { renderApp, testVerificationServices } from "./render-app.tsx";

// Typing into several fields and a full render of the tenant step take more than 5 s on a busy two-core machine.

const KEY = "intune-mac-readiness:progress";
const NOW = new Date("2026-11-26T09:00:00Z");
const CLIENT_ID = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";
const TENANT_ID = "11111111-2222-3333-4444-555555555555";

type Saved = { data: { verification: Record<string, { verdict: string; source: string; reason: string; checkedAt: string }> } };
const saved = (): Saved => JSON.parse(localStorage.getItem(KEY) ?? "null") as Saved;
const verdictOf = (id: string) => document.querySelector(`section[data-item-id="${id}"] [data-verdict]`)?.getAttribute("data-verdict");

const ready = (graphBaseUrl: string | null = "http://127.0.0.1:9999", cloud: CloudId = "global"): RuntimeConfig => ({
  status: "ready",
  config: { clientId: CLIENT_ID, authority: `${CLOUDS[cloud].loginOrigin}/organizations`, redirectUri: `${window.location.origin}/redirect.html`, cloud },
  graphBaseUrl,
});


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
    await within(panel).findByText("No app registration is set up yet");
    expect(panel).not.toHaveTextContent(/config\.json/);
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
    // The tenant is still missing: asked for in the words of the app registration's Overview page.
    expect(within(panel).getByLabelText("Directory (tenant) ID or domain")).toHaveAttribute("aria-invalid", "true");
    expect(panel).toHaveTextContent(/Enter your Directory \(tenant\) ID/);
    await user.type(within(panel).getByLabelText("Directory (tenant) ID or domain"), "contoso.onmicrosoft.com");
    await user.click(within(panel).getByRole("button", { name: "Save settings" }));
    await within(panel).findByText(/saved in this browser/);
    expect(panel).toHaveTextContent(CLIENT_ID);

    await user.click(within(panel).getByRole("button", { name: "Permissions and admin consent" }));
    // Prefilled from the tenant the settings name.
    expect(within(panel).getByLabelText("Your tenant")).toHaveValue("contoso.onmicrosoft.com");
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
    expect(auth.getToken).toHaveBeenCalledWith(CHECK_SCOPES, undefined);
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

describe("live check: the admin's words, clouds and blocked pop-ups", () => {
  it("takes the Directory (tenant) ID as the instructions say, in the chosen cloud, and builds that cloud's consent link", async () => {
    const user = userEvent.setup();
    await renderApp("/tenant", { verification: testVerificationServices({ now: () => NOW }) });
    const panel = await screen.findByRole("tabpanel");
    await user.selectOptions(within(panel).getByLabelText("Microsoft cloud"), "US Government GCC High");
    await user.type(within(panel).getByLabelText("Application (client) ID"), CLIENT_ID);
    await user.type(within(panel).getByLabelText("Directory (tenant) ID or domain"), TENANT_ID);
    await user.click(within(panel).getByRole("button", { name: "Save settings" }));
    await within(panel).findByText(/saved in this browser in the US Government GCC High cloud/);
    expect(JSON.parse(localStorage.getItem("intune-mac-readiness:auth-config") ?? "{}")).toMatchObject({
      authority: `https://login.microsoftonline.us/${TENANT_ID}`,
      cloud: "gcc-high",
    });
    await user.click(within(panel).getByRole("button", { name: "Permissions and admin consent" }));
    const link = new URL(within(panel).getByTestId("admin-consent-link").textContent ?? "");
    expect(link.origin).toBe("https://login.microsoftonline.us");
    expect(link.pathname).toBe(`/${TENANT_ID}/v2.0/adminconsent`);
    expect(link.searchParams.get("scope")?.split(" ").every((s) => s.startsWith("https://graph.microsoft.us/"))).toBe(true);
  });

  it("calls the Graph host of the registration's cloud", async () => {
    const user = userEvent.setup();
    const collect = vi.fn(async () => scenarioEvidenceFile("healthy", NOW));
    await renderApp("/tenant", {
      verification: testVerificationServices({ now: () => NOW, loadRuntimeConfig: async () => ready(null, "dod"), loadAuth: async () => fakeAuth(), collectEvidence: collect }),
    });
    await user.click(await screen.findByRole("button", { name: "Sign in" }));
    await user.click(await screen.findByRole("button", { name: "Run checks" }));
    await waitFor(() => expect(collect).toHaveBeenCalled());
    expect((collect.mock.calls[0] as unknown as [CollectOptions])[0].baseUrl).toBe("https://dod-graph.microsoft.us");
  });

  it("when the sign-in window is blocked, continues with sign-in in this tab", async () => {
    const user = userEvent.setup();
    const auth = fakeAuth({ signIn: vi.fn(async () => Promise.reject(new AuthError("popup-blocked", "The browser blocked the sign-in window."))) });
    await renderApp("/tenant", {
      verification: testVerificationServices({ now: () => NOW, loadRuntimeConfig: async () => ready(), loadAuth: async () => auth }),
    });
    await user.click(await screen.findByRole("button", { name: "Sign in" }));
    await waitFor(() => expect(auth.signInWithRedirect).toHaveBeenCalledWith(["User.Read"], "sign-in"));
    expect(screen.getByTestId("live-progress")).toHaveTextContent(/opening Microsoft sign-in in this tab/);
  });

  it("back from a sign-in that was for the checks, shows the live way and runs them without another click", async () => {
    const collect = vi.fn(async () => scenarioEvidenceFile("healthy", NOW));
    const auth = fakeAuth({ completeRedirect: vi.fn(async (): Promise<RedirectOutcome> => ({ kind: "signed-in", account: ACCOUNT, resume: "run-checks" })) });
    await renderApp("/tenant", {
      verification: testVerificationServices({
        now: () => NOW,
        loadRuntimeConfig: async () => ready(),
        loadAuth: async () => auth,
        collectEvidence: collect,
        pendingRedirect: async () => ({ resume: "run-checks", startedAt: NOW.getTime() }),
      }),
    });
    await waitFor(() => expect(screen.getByRole("tab", { name: "Check live" })).toHaveAttribute("aria-selected", "true"));
    await waitFor(() => expect(saved().data.verification["apns-certificate"]?.source).toBe("live"));
    expect(collect).toHaveBeenCalledTimes(1);
    expect(screen.getByText("Dana Admin")).toBeInTheDocument();
  });
});
