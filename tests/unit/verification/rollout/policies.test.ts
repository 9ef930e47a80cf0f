import { describe, expect, it } from "vitest";
import { ADE_PSSO, BYOD_ESSO, DEP_ID, bodyOf, depList, plan, profiles, res, run } from "./helpers.ts";
import { MDE_CONNECTOR_ID } from "../../../../src/domain/verification/rollout/policies-access.ts";

type Json = Record<string, unknown>;
const catalog = () => bodyOf("configuration-policies-intune-my-macs");
const byName = (body: { value: Json[] }, name: string) => body.value.find((p) => p.name === name)!;
const noLegacy = { value: [] };
const withCatalog = (body: unknown, legacy: unknown = noLegacy) => [res("configurationPolicies", body), res("deviceConfigurations", legacy), res("compliancePolicies", bodyOf("compliance-intune-my-macs"))];
/** Walk a policy's settings and change the first choice value matching `from`. */
function setChoice(policy: Json, from: RegExp, to: string | null): void {
  const walk = (node: unknown): boolean => {
    if (Array.isArray(node)) return node.some(walk);
    if (typeof node !== "object" || node === null) return false;
    const obj = node as Json;
    const choice = obj.choiceSettingValue as Json | undefined;
    if (choice && typeof choice.value === "string" && from.test(choice.value)) {
      if (to === null) obj.settingDefinitionId = "removed.setting";
      else choice.value = to;
      return true;
    }
    return Object.values(obj).some(walk);
  };
  if (!walk(policy.settings)) throw new Error(`no ${from}`);
}

describe("compliance-policy (macOSCompliancePolicy)", () => {
  it("Microsoft's baseline (no password) assigned → ready with Platform SSO and LAPS planned", () => {
    expect(run("compliance-policy", [res("compliancePolicies", bodyOf("compliance-intune-my-macs"))], ADE_PSSO).verdict).toBe("ready");
  });
  it("PITFALL: the documented policy requires a password while Platform SSO / LAPS are planned → not ready", () => {
    const r = run("compliance-policy", [res("compliancePolicies", bodyOf("compliance-documented"))], ADE_PSSO);
    expect(r).toMatchObject({ verdict: "not-ready", reason: expect.stringMatching(/requires a password while Platform SSO and macOS LAPS/) });
    expect(run("compliance-policy", [res("compliancePolicies", bodyOf("compliance-documented"))], BYOD_ESSO).verdict).toBe("ready");
  });
  it("no macOS policy: chosen → not ready, not chosen → not applicable, undecided → advisory; unassigned → not ready", () => {
    const none = { value: [{ "@odata.type": "#microsoft.graph.windows10CompliancePolicy", id: "w", displayName: "Win", assignments: [] }] };
    expect(run("compliance-policy", [res("compliancePolicies", none)], ADE_PSSO).verdict).toBe("not-ready");
    expect(run("compliance-policy", [res("compliancePolicies", none)], BYOD_ESSO).verdict).toBe("not-applicable");
    expect(run("compliance-policy", [res("compliancePolicies", none)], plan({ ownership: "corporate" })).verdict).toBe("advisory");
    const unassigned = bodyOf("compliance-intune-my-macs");
    unassigned.value[0]!.assignments = [];
    expect(run("compliance-policy", [res("compliancePolicies", unassigned)], ADE_PSSO)).toMatchObject({ verdict: "not-ready", reason: expect.stringMatching(/not assigned/) });
  });
});

describe("conditional-access", () => {
  it("enabled, compliant device, macOS → ready", () => {
    expect(run("conditional-access", [res("conditionalAccessPolicies", bodyOf("conditional-access-real"))], ADE_PSSO).verdict).toBe("ready");
  });
  it("report-only → advisory; macOS excluded or no compliant-device grant → not ready when chosen, not applicable when not", () => {
    const body = bodyOf("conditional-access-real");
    body.value[1]!.state = "enabledForReportingButNotEnforced";
    expect(run("conditional-access", [res("conditionalAccessPolicies", body)], ADE_PSSO).verdict).toBe("advisory");
    body.value[1]!.state = "enabled";
    (body.value[1]!.conditions as Json).platforms = { includePlatforms: ["all"], excludePlatforms: ["macOS"] };
    expect(run("conditional-access", [res("conditionalAccessPolicies", body)], ADE_PSSO).verdict).toBe("not-ready");
    expect(run("conditional-access", [res("conditionalAccessPolicies", body)], BYOD_ESSO).verdict).toBe("not-applicable");
  });
  it("a 403 for a reader without a CA role → could not check", () => {
    expect(run("conditional-access", [res("conditionalAccessPolicies", { error: { code: "Authorization_RequestDenied", message: "Insufficient privileges to complete the operation." } }, 403)], ADE_PSSO)).toMatchObject({ verdict: "error", cause: "missing-role" });
  });
});

describe("sso-policy (settings catalog com.apple.extensiblesso…)", () => {
  it("Microsoft's Platform SSO export (Secure Enclave) assigned to a user group → ready", () => {
    expect(run("sso-policy", withCatalog(catalog()), ADE_PSSO).verdict).toBe("ready");
  });
  it("PITFALL: method differs from the decision → not ready", () => {
    expect(run("sso-policy", withCatalog(catalog()), plan({ ownership: "corporate", sso: "platform-sso", psso: "password" }))).toMatchObject({ verdict: "not-ready", reason: expect.stringMatching(/uses Secure Enclave, but your strategy chose Password/) });
  });
  it("PITFALL: assigned to All devices (or with a filter) on user-affinity Macs → not ready", () => {
    const body = catalog();
    byName(body, "Entra Platform SSO").assignments = [{ id: "x", target: { "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget" } }];
    expect(run("sso-policy", withCatalog(body), ADE_PSSO)).toMatchObject({ verdict: "not-ready", reason: expect.stringMatching(/All devices/) });
    byName(body, "Entra Platform SSO").assignments = [{ id: "x", target: { "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId: "g", deviceAndAppManagementAssignmentFilterId: "f", deviceAndAppManagementAssignmentFilterType: "include" } }];
    expect(run("sso-policy", withCatalog(body), ADE_PSSO)).toMatchObject({ verdict: "not-ready", reason: expect.stringMatching(/filter/) });
  });
  it("PITFALL: a second SSO payload (legacy device features) reaching the same users → not ready; other groups → advisory", () => {
    const legacy = { value: [{ "@odata.type": "#microsoft.graph.macOSDeviceFeaturesConfiguration", id: "df1", displayName: "Old SSO extension", macOSSingleSignOnExtension: { "@odata.type": "#microsoft.graph.macOSAzureAdSingleSignOnExtension" }, assignments: [{ id: "a", target: { "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId: "b2c3d4e5-0000-4000-8000-00000000a0a1" } }] }] };
    expect(run("sso-policy", withCatalog(catalog(), legacy), ADE_PSSO)).toMatchObject({ verdict: "not-ready", reason: expect.stringMatching(/error 10002/) });
    (legacy.value[0]!.assignments[0]!.target as Json).groupId = "another-group";
    expect(run("sso-policy", withCatalog(catalog(), legacy), ADE_PSSO).verdict).toBe("advisory");
  });
  it("no Platform SSO policy → not ready; Enterprise SSO chosen but only Platform SSO found → not ready; undecided → advisory", () => {
    const body = catalog();
    body.value = body.value.filter((p) => p.name !== "Entra Platform SSO");
    expect(run("sso-policy", withCatalog(body), ADE_PSSO).verdict).toBe("not-ready");
    expect(run("sso-policy", withCatalog(catalog()), BYOD_ESSO).verdict).toBe("not-ready");
    expect(run("sso-policy", withCatalog(catalog()), plan({ ownership: "corporate" })).verdict).toBe("advisory");
  });
  it("Enterprise SSO plug-in (extensible SSO without platformsso) → ready for that choice", () => {
    const body = catalog();
    const psso = byName(body, "Entra Platform SSO");
    const group = (psso.settings as { settingInstance: { groupSettingCollectionValue: { children: Json[] }[] } }[])[0]!.settingInstance.groupSettingCollectionValue[0]!;
    group.children = group.children.filter((c) => c.settingDefinitionId !== "com.apple.extensiblesso_platformsso");
    expect(run("sso-policy", withCatalog(body), BYOD_ESSO).verdict).toBe("ready");
  });
});

describe("filevault, firewall, gatekeeper (settings catalog, ids case-insensitive)", () => {
  it("Microsoft's exports (mixed-case ids) → all ready", () => {
    for (const item of ["filevault", "firewall", "gatekeeper"] as const) expect(run(item, withCatalog(catalog()), ADE_PSSO).verdict, item).toBe("ready");
  });
  it("PITFALL: FileVault forced in Setup Assistant without Defer → not ready", () => {
    const body = catalog();
    setChoice(byName(body, "FileVault Encryption"), /filevault2_defer_true/, "com.apple.mcx.filevault2_defer_false");
    expect(run("filevault", withCatalog(body), ADE_PSSO)).toMatchObject({ verdict: "not-ready", reason: expect.stringMatching(/without Defer/) });
  });
  it("nothing assigned: chosen → not ready; not chosen → not applicable", () => {
    expect(run("filevault", withCatalog({ value: [] }), ADE_PSSO).verdict).toBe("not-ready");
    expect(run("firewall", withCatalog({ value: [] }), BYOD_ESSO).verdict).toBe("not-applicable");
    expect(run("gatekeeper", withCatalog({ value: [] }), ADE_PSSO).verdict).toBe("not-ready");
  });
  it("legacy endpoint protection profile counts; Gatekeeper without Disable Override → advisory", () => {
    const legacy = { value: [{ "@odata.type": "#microsoft.graph.macOSEndpointProtectionConfiguration", id: "ep", displayName: "EP", fileVaultEnabled: true, firewallEnabled: true, gatekeeperAllowedAppSource: "macAppStoreAndIdentifiedDevelopers", gatekeeperBlockOverride: false, assignments: [{ id: "a", target: { "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget" } }] }] };
    expect(run("firewall", withCatalog({ value: [] }, legacy), ADE_PSSO).verdict).toBe("ready");
    expect(run("filevault", withCatalog({ value: [] }, legacy), ADE_PSSO).verdict).toBe("ready");
    expect(run("gatekeeper", withCatalog({ value: [] }, legacy), ADE_PSSO).verdict).toBe("advisory");
  });
  it("only the first page of settings catalog policies → could not check", () => {
    expect(run("firewall", withCatalog({ value: [], "@odata.nextLink": "https://graph.microsoft.com/beta/x?$skiptoken=1" }), ADE_PSSO).verdict).toBe("error");
  });
});

describe("software-updates (DDM latest / targeted, deprecated MDM policy)", () => {
  const targeted = { id: "t1", name: "DDM targeted", platforms: "macOS", settings: [{ id: "0", settingInstance: { "@odata.type": "#microsoft.graph.deviceManagementConfigurationGroupSettingInstance", settingDefinitionId: "enforcement_enforcement", groupSettingValue: { children: [{ "@odata.type": "#microsoft.graph.deviceManagementConfigurationSimpleSettingInstance", settingDefinitionId: "Enforcement_TargetOSVersion", simpleSettingValue: { value: "15.4" } }] } } }], assignments: [{ id: "a", target: { "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget" } }] };
  it("Microsoft's DDM latest-update export → ready", () => {
    expect(run("software-updates", withCatalog(catalog()), ADE_PSSO).verdict).toBe("ready");
  });
  it("PITFALL: only the retiring MDM update policy → not ready", () => {
    expect(run("software-updates", withCatalog({ value: [] }, bodyOf("device-configurations-documented")), ADE_PSSO)).toMatchObject({ verdict: "not-ready", reason: expect.stringMatching(/Only the MDM software update policy/) });
  });
  it("PITFALL: both latest and targeted → not ready", () => {
    const body = catalog();
    body.value.push(targeted);
    expect(run("software-updates", withCatalog(body), ADE_PSSO)).toMatchObject({ verdict: "not-ready", reason: expect.stringMatching(/both/i) });
  });
  it("DDM plus the old MDM policy → advisory; none chosen → not ready / not applicable", () => {
    expect(run("software-updates", withCatalog(catalog(), bodyOf("device-configurations-documented")), ADE_PSSO).verdict).toBe("advisory");
    expect(run("software-updates", withCatalog({ value: [] }), ADE_PSSO).verdict).toBe("not-ready");
    expect(run("software-updates", withCatalog({ value: [] }), BYOD_ESSO).verdict).toBe("not-applicable");
  });
});

describe("defender (MTD connector, Defender app, antivirus policy)", () => {
  const mde = { value: [{ "@odata.type": "#microsoft.graph.mobileThreatDefenseConnector", id: MDE_CONNECTOR_ID, partnerState: "enabled", macEnabled: true }] };
  const av = { value: [{ id: "av", name: "AV", platforms: "macOS", technologies: "mdm,microsoftSense", templateReference: { templateFamily: "endpointSecurityAntivirus" }, settings: [], assignments: [{ id: "a", target: { "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget" } }] }] };
  it("connector enabled, app required, AV assigned → ready", () => {
    expect(run("defender", [res("mtdConnectors", mde), res("mobileApps", bodyOf("mobile-apps-real")), res("configurationPolicies", av)], ADE_PSSO).verdict).toBe("ready");
  });
  it("documented connector (another partner, available) and no Defender app → not ready; MDE onboarding-settings export is not an AV policy", () => {
    const r = run("defender", [res("mtdConnectors", bodyOf("mtd-connectors-documented")), res("mobileApps", bodyOf("mobile-apps-documented")), res("configurationPolicies", bodyOf("configuration-policies-mde"))], ADE_PSSO);
    expect(r.verdict).toBe("not-ready");
  });
  it("nothing at all: chosen → not ready, not chosen → not applicable", () => {
    const none = [res("mtdConnectors", { value: [] }), res("mobileApps", { value: [] }), res("configurationPolicies", { value: [] })];
    expect(run("defender", none, ADE_PSSO).verdict).toBe("not-ready");
    expect(run("defender", none, BYOD_ESSO).verdict).toBe("not-applicable");
  });
});

describe("laps (ADE profile account settings)", () => {
  it("documented profile with an admin account → ready; without → not ready", () => {
    expect(run("laps", [res("depSettings", depList), profiles(DEP_ID, bodyOf("ade-profile-documented"))], ADE_PSSO).verdict).toBe("ready");
    const body = bodyOf("ade-profile-documented");
    body.value[0]!.adminAccountUserName = null;
    expect(run("laps", [res("depSettings", depList), profiles(DEP_ID, body)], ADE_PSSO).verdict).toBe("not-ready");
  });
  it("LAPS chosen without ADE, or not chosen → not applicable", () => {
    const byod = plan({ ownership: "personal", areas: ["local-admin-password"] });
    expect(run("laps", [res("depSettings", depList)], byod)).toMatchObject({ verdict: "not-applicable", reason: expect.stringMatching(/only for Macs enrolled with ADE/) });
    expect(run("laps", [res("depSettings", depList)], BYOD_ESSO).verdict).toBe("not-applicable");
  });
});
