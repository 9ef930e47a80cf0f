import { describe, expect, it } from "vitest";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { scenarioEvidenceFile } from "../../src/domain/verification/demo.ts";
import { requestLine } from "../../src/domain/verification/keys.ts";
import { GRAPH_REQUESTS, type RequestId } from "../../src/domain/verification/requests.ts";
import type { RuntimeConfig } from "../../src/services/auth/config.ts";
import type { LiveEvidenceFile } from "../../src/services/graph/client.ts";
import { fixture } from "../fixtures/graph/load.ts";
import { fakeAuth } from "./fake-auth.ts";
import { renderApp, testVerificationServices } from "./render-app.tsx";

// Issue 9 §2: the live check hands the ID token's wids claim (role template ids) to the admin-role rule, and the saved
// record keeps role names only.
const KEY = "intune-mac-readiness:progress";
const NOW = new Date("2026-11-26T09:00:00Z");
const INTUNE_ADMINISTRATOR = "3a2c62db-5318-420d-8d74-23affee5d9d5";
const READY: RuntimeConfig = {
  status: "ready",
  config: { clientId: "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d", authority: "https://login.microsoftonline.com/organizations", redirectUri: `${window.location.origin}/redirect.html`, cloud: "global" },
  graphBaseUrl: "http://127.0.0.1:9999",
};


/** The healthy demo tenant, except that it has no Entra ID P2 (PIM answers 400) and /me/memberOf lists a group only. */
function noP2Evidence(): LiveEvidenceFile {
  const file = scenarioEvidenceFile("healthy", NOW);
  const line = (id: RequestId) => requestLine(GRAPH_REQUESTS.find((r) => r.id === id)!);
  const pim400 = fixture("roles/real-pim-400-no-p2");
  const replaced: Partial<Record<string, { status: number; body: unknown }>> = {
    [line("memberOf")]: fixture("roles/documented-memberof"),
    [line("roleAssignments")]: pim400,
    [line("roleEligibility")]: pim400,
  };
  return { ...file, responses: file.responses.map((r) => { const to = replaced[r.request]; return to ? { request: r.request, status: to.status, body: to.body } : r; }) };
}

type Saved = { data: { verification: Record<string, { verdict: string; reason: string; details: string[] }> } };

async function runWith(signInRoles: readonly string[] | null) {
  const user = userEvent.setup();
  await renderApp("/tenant", {
    verification: testVerificationServices({ now: () => NOW, loadRuntimeConfig: async () => READY, loadAuth: async () => fakeAuth({ signInRoles: () => signInRoles }), collectEvidence: async () => noP2Evidence() }),
  });
  await user.click(await screen.findByRole("button", { name: "Sign in" }));
  await user.click(await screen.findByRole("button", { name: "Run checks" }));
  await waitFor(() => expect(localStorage.getItem(KEY)).toContain("intune-admin-role"));
  const raw = localStorage.getItem(KEY) ?? "";
  return { raw, record: (JSON.parse(raw) as Saved).data.verification["intune-admin-role"]! };
}

describe("live check: the sign-in token's directory roles", () => {
  it("Intune Administrator in the wids claim → ready, saved with the role's name and never its id", async () => {
    const { raw, record } = await runWith([INTUNE_ADMINISTRATOR, "b79fbf4d-3ef9-4689-8143-76b194e85509"]);
    expect(record).toMatchObject({ verdict: "ready", reason: "You hold Intune Administrator (active, from your sign-in token)." });
    expect(raw).not.toMatch(/3a2c62db|b79fbf4d/i);
  });

  it("no wids claim → the reads alone decide: without P2 the role cannot be determined", async () => {
    const { record } = await runWith(null);
    expect(record.verdict).toBe("error");
    expect(record.reason).toMatch(/^Could not determine/);
  });
});
