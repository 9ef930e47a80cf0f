/**
 * intune-admin-role with the sign-in token's `wids` claim as an extra source (issue 9 §2): the claim lists the admin's
 * active tenant-wide directory roles by template id (Learn, access-token-claims-reference) when the app registration's
 * groupMembershipClaims is DirectoryRole or All (Learn, how-to-connect-fed-group-claims). It never shows eligible PIM
 * roles, so eligibility still comes from the PIM read — except that a tenant without P2 keeps none (Learn, Microsoft
 * Entra ID Governance licensing fundamentals). Claims: tests/fixtures/tokens/id-token-claims.json.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/domain/verification/engine.ts";
import { indexEvidence } from "../../../src/domain/verification/keys.ts";
import type { CheckResult, EvidenceResponse, Verdict } from "../../../src/domain/verification/types.ts";
import { rolesFromIdTokenClaims } from "../../../src/services/auth/id-token-roles.ts";
import { fixture, fixtureAs } from "../../fixtures/graph/load.ts";
import { NOW } from "./helpers.ts";

type ClaimSet = "intune-admin" | "global-admin" | "user-only" | "not-configured";
const CLAIMS = (JSON.parse(readFileSync("tests/fixtures/tokens/id-token-claims.json", "utf8")) as { claims: Record<ClaimSet, unknown> }).claims;
const rolesOf = (set: ClaimSet) => rolesFromIdTokenClaims(CLAIMS[set]);

const ACTIVE = "GET /v1.0/roleManagement/directory/roleAssignmentScheduleInstances/filterByCurrentUser(on='principal')";
const ELIGIBLE = "GET /v1.0/roleManagement/directory/roleEligibilityScheduleInstances/filterByCurrentUser(on='principal')";
const memberOf = (name: string) => fixture(`roles/${name}`);
const active = (name: string) => fixtureAs(`roles/${name}`, ACTIVE);
const eligible = (name: string) => fixtureAs(`roles/${name}`, ELIGIBLE);
/** A tenant without Entra ID P2: both PIM reads answer 400 AadPremiumLicenseRequired; /me/memberOf shows a group only. */
const NO_P2 = [memberOf("documented-memberof"), active("real-pim-400-no-p2"), eligible("real-pim-400-no-p2")];

function roleCheck(responses: readonly EvidenceResponse[], signInRoles: readonly string[] | null): CheckResult {
  const result = evaluate(indexEvidence(responses), {}, NOW, { signInRoles }).find((r) => r.item === "intune-admin-role");
  if (!result) throw new Error("no intune-admin-role result");
  return result;
}

describe("reading the wids claim", () => {
  it("returns the role template ids, lower-cased, and null when the claim is absent or malformed", () => {
    expect(rolesOf("intune-admin")).toEqual(["3a2c62db-5318-420d-8d74-23affee5d9d5", "b79fbf4d-3ef9-4689-8143-76b194e85509"]);
    expect(rolesOf("user-only")).toEqual(["b79fbf4d-3ef9-4689-8143-76b194e85509"]);
    expect(rolesOf("not-configured")).toBeNull();
    expect(rolesFromIdTokenClaims(undefined)).toBeNull();
    expect(rolesFromIdTokenClaims({ wids: "3a2c62db-5318-420d-8d74-23affee5d9d5" })).toBeNull();
    expect(rolesFromIdTokenClaims({ wids: ["Intune Administrator"] })).toBeNull();
    expect(rolesFromIdTokenClaims({ wids: [] })).toEqual([]);
  });
});

describe("intune-admin-role with the sign-in token's roles", () => {
  it.each<[string, readonly EvidenceResponse[], ClaimSet, Verdict, RegExp]>([
    ["Intune Administrator in the claim, PIM without P2", NO_P2, "intune-admin", "ready", /^You hold Intune Administrator \(active, from your sign-in token\)\.$/],
    ["Global Administrator in the claim, PIM without P2", NO_P2, "global-admin", "ready", /^You hold Global Administrator \(active, from your sign-in token\)\.$/],
    ["Intune Administrator in the claim and nothing read from Graph", [], "intune-admin", "ready", /from your sign-in token/],
    ["claim without either role, PIM without P2: neither active nor possibly eligible", NO_P2, "user-only", "not-ready", /^You hold neither Intune Administrator nor Global Administrator, active or eligible\.$/],
    [
      "claim without either role, eligibility refused for lack of a reader role: an eligible role may exist",
      [memberOf("documented-memberof"), active("real-pim-403-no-reader-role"), eligible("real-pim-403-no-reader-role")],
      "user-only",
      "error",
      /you hold neither role actively \(your sign-in token lists neither\), but your eligible PIM assignments could not be read/,
    ],
    [
      "claim without either role, eligible through a group in PIM",
      [memberOf("documented-memberof"), active("real-pim-403-no-reader-role"), eligible("real-eligible-intune-admin-group")],
      "user-only",
      "advisory",
      /eligible for Intune Administrator but it is not active/,
    ],
    ["claim without either role, eligibility not in the evidence", [memberOf("documented-memberof")], "user-only", "error", /your eligible PIM assignments are not in the evidence/],
    ["claim not configured: PIM without P2 stays undetermined, as without a sign-in", NO_P2, "not-configured", "error", /^Could not determine whether you hold/],
  ])("%s → %s", (_, responses, claims, expected, reason) => {
    const result = roleCheck(responses, rolesOf(claims));
    expect(result.verdict).toBe(expected);
    expect(result.reason).toMatch(reason);
  });

  it("a claim without the roles says so, and the missing P2 is why no eligibility can exist", () => {
    const details = roleCheck(NO_P2, rolesOf("user-only")).details.join(" ");
    expect(details).toMatch(/Your sign-in token lists your active tenant-wide directory roles: neither Intune Administrator nor Global Administrator/);
    expect(details).toMatch(/no Microsoft Entra ID P2 or Governance licence .* keeps no eligible role assignments/);
  });

  it("the result keeps role names only, never the claim's ids", () => {
    for (const claims of ["intune-admin", "user-only"] as const) {
      const result = roleCheck(NO_P2, rolesOf(claims));
      expect(JSON.stringify(result)).not.toMatch(/3a2c62db|b79fbf4d/i);
    }
    expect(roleCheck(NO_P2, rolesOf("intune-admin")).details).toContain("You hold Intune Administrator (sign-in token, tenant-wide).");
  });

  it("without a sign-in (evidence file, demo) or without the claim, the verdict is exactly what the reads alone give", () => {
    const cases = [NO_P2, [memberOf("real-memberof-intune-admin"), active("real-pim-400-no-p2"), eligible("real-pim-400-no-p2")], []];
    for (const responses of cases) {
      const withoutSignIn = evaluate(indexEvidence(responses), {}, NOW).find((r) => r.item === "intune-admin-role");
      expect(roleCheck(responses, rolesOf("not-configured"))).toEqual(withoutSignIn);
    }
  });

  it("an active role read from Graph after sign-in still counts when the token lists none", () => {
    const result = roleCheck([memberOf("documented-memberof"), active("documented-active-global-admin"), eligible("real-empty-instances")], rolesOf("user-only"));
    expect(result.verdict).toBe("ready");
    expect(result.reason).toBe("You hold Global Administrator (active).");
  });
});
