/**
 * The remaining rules against the Graph fixture corpus (documented examples and real-tenant shapes), for every
 * strategy branch that changes their verdict. The restriction rules have their own corpus files.
 */
import { describe, expect, it } from "vitest";
import type { TenantItemId } from "../../../src/domain/catalog/ids.ts";
import type { Decisions } from "../../../src/domain/strategy/schema.ts";
import { requestKey } from "../../../src/domain/verification/keys.ts";
import type { EvidenceResponse, Verdict } from "../../../src/domain/verification/types.ts";
import { allFixtures, fixture, fixtureAs } from "../../fixtures/graph/load.ts";
import { check, devices, NOW } from "./helpers.ts";
import { TOKEN_STRATEGIES } from "./strategies.ts";

const ACTIVE = "GET /v1.0/roleManagement/directory/roleAssignmentScheduleInstances/filterByCurrentUser(on='principal')";
const ELIGIBLE = "GET /v1.0/roleManagement/directory/roleEligibilityScheduleInstances/filterByCurrentUser(on='principal')";
const verdict = (item: TenantItemId, responses: readonly EvidenceResponse[], decisions: Decisions = {}) => check(item, responses, decisions, NOW);

describe("the corpus itself", () => {
  it.each(allFixtures().map((f) => [f.name, f] as const))("%s cites its source and is a request the engine can match", (name, f) => {
    expect(requestKey(f.request), name).not.toBeNull();
    if (name.split("/")[1]?.startsWith("documented-")) expect(f.source).toMatch(/^https:\/\/learn\.microsoft\.com\/graph\/api\//);
  });
});

describe("apns-certificate on the corpus", () => {
  it.each<[string, Verdict, RegExp]>([
    ["apns/documented-get", "not-ready", /expired on 2017-01-01/], // the documented {"value": {...}} wrapper is read
    ["apns/real-entity", "ready", /valid until 2027-03-02/],
    ["apns/real-upload-failed", "not-ready", /last upload of the Apple MDM push certificate failed: The certificate's Apple ID does not match/],
    ["apns/real-not-found", "not-ready", /404/],
  ])("%s → %s", (name, expected, reason) => {
    const result = verdict("apns-certificate", [fixture(name)]);
    expect(result.verdict).toBe(expected);
    expect(result.reason).toMatch(reason);
  });
});

describe("ade-token on the corpus, per strategy", () => {
  const documented = [fixture("ade/documented-list"), fixture("ade/documented-profiles")];
  const cases: readonly [string, readonly EvidenceResponse[], Record<keyof typeof TOKEN_STRATEGIES, Verdict>][] = [
    // The documented token expired in 2016: not ready whatever the strategy says.
    ["documented token and profiles", documented, { undecided: "not-ready", "ADE and Apps and Books": "not-ready", "no ADE, no Apps and Books": "not-ready", "ADE planned": "not-ready" }],
    ["no token", [fixture("ade/real-empty")], { undecided: "advisory", "ADE and Apps and Books": "not-ready", "no ADE, no Apps and Books": "not-applicable", "ADE planned": "advisory" }],
  ];
  for (const [label, responses, expected] of cases) {
    it.each(Object.keys(TOKEN_STRATEGIES) as (keyof typeof TOKEN_STRATEGIES)[])(`${label}, strategy %s`, (strategy) => {
      expect(verdict("ade-token", responses, TOKEN_STRATEGIES[strategy]).verdict).toBe(expected[strategy]);
    });
  }

  it("the documented token's details show the shared token evaluator's findings", () => {
    const details = verdict("ade-token", documented).details.join(" ");
    expect(details).toMatch(/the last sync reported Apple error code 1/);
    expect(details).toMatch(/Default macOS enrollment profile: Display Name value/);
  });
});

describe("vpp-token on the corpus, per strategy", () => {
  const cases: readonly [string, EvidenceResponse, Record<keyof typeof TOKEN_STRATEGIES, Verdict>][] = [
    ["documented token (expired 2016)", fixture("vpp/documented-list"), { undecided: "not-ready", "ADE and Apps and Books": "not-ready", "no ADE, no Apps and Books": "not-ready", "ADE planned": "not-ready" }],
    ["no token", fixture("vpp/real-empty"), { undecided: "advisory", "ADE and Apps and Books": "not-ready", "no ADE, no Apps and Books": "not-applicable", "ADE planned": "advisory" }],
  ];
  for (const [label, response, expected] of cases) {
    it.each(Object.keys(TOKEN_STRATEGIES) as (keyof typeof TOKEN_STRATEGIES)[])(`${label}, strategy %s`, (strategy) => {
      expect(verdict("vpp-token", [response], TOKEN_STRATEGIES[strategy]).verdict).toBe(expected[strategy]);
    });
  }
});

describe("intune-license on the corpus, per expected number of Macs", () => {
  const macs = (expectedMacs: number) => devices({ expectedMacs });
  it.each<[string, string, Decisions, Verdict, RegExp]>([
    ["documented SKUs carry no Intune plan", "licenses/documented-list", {}, "not-ready", /No active subscription includes Intune Plan 1/],
    ["E3 with 20 free, Macs not decided", "licenses/real-e3-intune", {}, "ready", /^The tenant owns Intune Plan 1 through SPE_E3, with 20 seat\(s\) free\.$/],
    ["E3 with 20 free, 20 Macs expected", "licenses/real-e3-intune", macs(20), "ready", /enough for the 20 Mac\(s\) you expect/],
    ["E3 with 20 free, 50 Macs expected", "licenses/real-e3-intune", macs(50), "advisory", /fewer than the 50 Mac\(s\) you expect/],
  ])("%s → %s", (_, name, decisions, expected, reason) => {
    const result = verdict("intune-license", [fixture(name)], decisions);
    expect(result.verdict).toBe(expected);
    expect(result.reason).toMatch(reason);
  });

  it("says it proved what the tenant owns, not who is licensed", () => {
    expect(verdict("intune-license", [fixture("licenses/real-e3-intune")]).details.join(" ")).toMatch(/not which users are assigned one/);
  });
});

describe("intune-admin-role on the corpus", () => {
  const memberOf = (name: string) => fixture(`roles/${name}`);
  const active = (name: string) => fixtureAs(`roles/${name}`, ACTIVE);
  const eligible = (name: string) => fixtureAs(`roles/${name}`, ELIGIBLE);
  it.each<[string, EvidenceResponse[], Verdict, RegExp]>([
    ["documented GA assignment instance", [memberOf("documented-memberof"), active("documented-active-global-admin"), eligible("real-empty-instances")], "ready", /Global Administrator \(active\)/],
    ["memberOf shows Intune Administrator, PIM without P2", [memberOf("real-memberof-intune-admin"), active("real-pim-400-no-p2"), eligible("real-pim-400-no-p2")], "ready", /Intune Administrator \(active\)/],
    ["limited directory role and PIM without P2: could not determine", [memberOf("real-memberof-limited"), active("real-pim-400-no-p2"), eligible("real-pim-400-no-p2")], "error", /Could not determine.*without their role id/],
    ["documented memberOf (a group) and PIM refused for lack of a reader role", [memberOf("documented-memberof"), active("real-pim-403-no-reader-role"), eligible("real-pim-403-no-reader-role")], "error", /Could not determine/],
    ["no active role, eligibility refused: unknown, not 'neither'", [memberOf("documented-memberof"), active("real-empty-instances"), eligible("real-pim-403-no-reader-role")], "error", /you hold neither role actively, but your eligible PIM assignments could not be read/],
    ["eligible through a group", [memberOf("documented-memberof"), active("real-empty-instances"), eligible("real-eligible-intune-admin-group")], "advisory", /eligible for Intune Administrator/],
    ["documented eligibility is another role: neither, proven by both PIM reads", [memberOf("documented-memberof"), active("real-empty-instances"), eligible("documented-eligible-other-role")], "not-ready", /neither/],
  ])("%s → %s", (_, responses, expected, reason) => {
    const result = verdict("intune-admin-role", responses);
    expect(result.verdict).toBe(expected);
    expect(result.reason).toMatch(reason);
  });

  it("the P2 error is named as a licence problem", () => {
    const result = verdict("intune-admin-role", [memberOf("real-memberof-limited"), active("real-pim-400-no-p2"), eligible("real-pim-400-no-p2")]);
    expect(result.cause).toBe("not-licensed");
    expect(result.details.join(" ")).toMatch(/directory role\(s\) with limited information/);
  });
});

describe("mdm-user-scope on the corpus", () => {
  it.each<[string, Verdict]>([
    ["mdm/real-all", "ready"],
    ["mdm/real-selected", "advisory"],
    ["mdm/real-none", "advisory"],
    ["mdm/documented-get", "error"], // placeholder appliesTo "String", read through the documented {"value": {...}} wrapper
  ])("%s → %s", (name, expected) => {
    expect(verdict("mdm-user-scope", [fixture(name)]).verdict).toBe(expected);
  });

  it("the documented wrapper is unwrapped: the unknown value is named", () => {
    expect(verdict("mdm-user-scope", [fixture("mdm/documented-get")]).reason).toMatch(/"string"/);
  });
});
