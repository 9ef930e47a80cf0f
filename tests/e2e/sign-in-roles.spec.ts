// Issue 9 §2 with the real MSAL: the identity stand-in puts a `wids` claim in the ID token (as Entra does when the app
// registration's groupMembershipClaims is DirectoryRole), and the admin-role check reads it. The tenant has no Entra ID
// P2, so both PIM reads answer 400 AadPremiumLicenseRequired and /me/memberOf lists a group only.
import { test, expect, type Page } from "@playwright/test";
import { scenarioEvidenceFile } from "../../src/domain/verification/demo.ts";
import { requestLine } from "../../src/domain/verification/keys.ts";
import { GRAPH_REQUESTS, type RequestId } from "../../src/domain/verification/requests.ts";
import { fixture } from "../fixtures/graph/load.ts";
import { savedProgress } from "./support.ts";
import { signInToStandIn, startSignInRig } from "./support-sign-in.ts";

const INTUNE_ADMINISTRATOR = "3a2c62db-5318-420d-8d74-23affee5d9d5";

function noP2Tenant() {
  const file = scenarioEvidenceFile("healthy", new Date());
  const line = (id: RequestId) => requestLine(GRAPH_REQUESTS.find((r) => r.id === id)!);
  const pim400 = fixture("roles/real-pim-400-no-p2");
  const replaced = new Map<string, { status: number; body: unknown }>([
    [line("memberOf"), fixture("roles/documented-memberof")],
    [line("roleAssignments"), pim400],
    [line("roleEligibility"), pim400],
  ]);
  return { ...file, responses: file.responses.map((r) => ({ request: r.request, ...(replaced.get(r.request) ?? { status: r.status, body: r.body }) })) };
}

const roleCard = (page: Page) => page.locator('section[data-item-id="intune-admin-role"]');

async function runChecks(page: Page) {
  const consent = page.waitForEvent("popup");
  await page.getByRole("button", { name: "Run checks" }).click();
  await (await consent).waitForEvent("close");
}

test("the sign-in token's directory roles answer the admin-role check when PIM cannot (no P2)", async ({ page, baseURL }) => {
  const rig = await startSignInRig(baseURL, { graph: { evidence: noP2Tenant() }, idp: { wids: [INTUNE_ADMINISTRATOR, "b79fbf4d-3ef9-4689-8143-76b194e85509"] } });
  try {
    await signInToStandIn(page, rig);
    await runChecks(page);
    await expect(roleCard(page).locator("[data-verdict]")).toHaveAttribute("data-verdict", "ready");
    await expect(roleCard(page)).toContainText("You hold Intune Administrator (active, from your sign-in token).");
    // Role names only: neither the claim's ids nor the token reach the saved progress.
    expect(JSON.stringify(await savedProgress(page))).not.toMatch(/3a2c62db|b79fbf4d|eyJ/i);
  } finally {
    await rig.close();
  }
});

test("without the wids claim the same tenant stays undetermined, as the reads alone say", async ({ page, baseURL }) => {
  const rig = await startSignInRig(baseURL, { graph: { evidence: noP2Tenant() } });
  try {
    await signInToStandIn(page, rig);
    await runChecks(page);
    await expect(roleCard(page).locator("[data-verdict]")).toHaveAttribute("data-verdict", "error");
    await expect(roleCard(page)).toContainText("Could not determine whether you hold Intune Administrator or Global Administrator");
  } finally {
    await rig.close();
  }
});
