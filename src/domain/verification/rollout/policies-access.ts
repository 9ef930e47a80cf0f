// Policy rules about access and accounts: compliance, Conditional Access, LAPS and Defender for Endpoint.
import { bool, field, list, nonEmpty, num, text, type JsonObject } from "../json.ts";
import type { Rule } from "../rules/types.ts";
import { profileName, readAdeProfiles } from "./ade-profiles.ts";
import { chose, rolloutNeeds } from "./needs.ts";
import { missingArea, reachesSomeone, reachLine, unknownReach } from "./policy-common.ts";
import { fromFindings, named, needLists, type Finding } from "./read.ts";
import { hasFlag, isGraphType, macCatalog, templateFamily } from "./settings-catalog.ts";
import { assignedWithIntent } from "./setup-enrollment.ts";

const onOff = (item: JsonObject, key: string) => (bool(item, key) === true ? "yes" : "no");

/**
 * Learn, macOS compliance settings: "Requiring a password in a compliance policy will automatically expire the existing
 * password for all accounts on the device, including those created by LAPS and Platform SSO."
 */
export const compliancePolicy: Rule = ({ evidence, rollout }) => {
  const read = needLists(evidence, ["compliancePolicies"]);
  if (read.kind === "stop") return read.outcome;
  const needs = rolloutNeeds(rollout);
  const mac = (read.lists.compliancePolicies ?? []).filter((p) => isGraphType(p, "macOSCompliancePolicy"));
  const assigned = mac.filter(reachesSomeone);
  const facts = mac.map((p) => `${reachLine(p, "macOS compliance policy")} Encryption ${onOff(p, "storageRequireEncryption")}, firewall ${onOff(p, "firewallEnabled")}, SIP ${onOff(p, "systemIntegrityProtectionEnabled")}, password ${onOff(p, "passwordRequired")}, minimum macOS ${nonEmpty(p, "osMinimumVersion") ?? "none"}.`);
  if (!assigned.length) {
    const findings = unknownReach(mac);
    if (findings.length) return fromFindings(findings, facts, "");
    return missingArea(needs, "compliance-ca", mac.length ? "A macOS compliance policy exists but is not assigned to anyone." : "There is no macOS compliance policy.", facts);
  }
  const findings: Finding[] = [];
  const planned = [...(needs.sso === "platform-sso" ? ["Platform SSO"] : []), ...(needs.laps ? ["macOS LAPS"] : [])];
  const withPassword = assigned.filter((p) => bool(p, "passwordRequired") === true);
  if (planned.length && withPassword.length) {
    findings.push({ verdict: "not-ready", text: `${withPassword.map(named).join(", ")} requires a password while ${planned.join(" and ")} is planned: a compliance password requirement expires every local account's password, including those created by ${planned.join(" and ")}. Turn it off and manage passwords with a settings catalog (DDM passcode) policy with Change At Next Auth set to False.` });
  }
  if (!assigned.some((p) => bool(p, "storageRequireEncryption") === true) && chose(needs, "filevault")) {
    findings.push({ verdict: "advisory", text: "No assigned macOS compliance policy requires encryption, though FileVault is in your strategy: Learn pairs the FileVault policy with the compliance setting Require encryption." });
  }
  return fromFindings(findings, facts, `${assigned.length} macOS compliance polic${assigned.length === 1 ? "y is" : "ies are"} assigned.`);
};

function coversMac(policy: JsonObject): boolean {
  const platforms = field(field(policy, "conditions"), "platforms");
  if (platforms === null || platforms === undefined) return true;
  const lower = (key: string) => (list(platforms, key) ?? []).map((p) => String(p).toLowerCase());
  const include = lower("includePlatforms");
  return (include.includes("all") || include.includes("macos")) && !lower("excludePlatforms").includes("macos");
}

function reachesUsers(policy: JsonObject): boolean {
  const include = (list(field(field(policy, "conditions"), "users"), "includeUsers") ?? []).map((u) => String(u).toLowerCase());
  const groups = list(field(field(policy, "conditions"), "users"), "includeGroups") ?? [];
  return groups.length > 0 || include.some((u) => u !== "none");
}

/** Learn, end-to-end guide phase 3: Conditional Access that requires a compliant device, covering macOS. */
export const conditionalAccess: Rule = ({ evidence, rollout }) => {
  const read = needLists(evidence, ["conditionalAccessPolicies"]);
  if (read.kind === "stop") return read.outcome;
  const needs = rolloutNeeds(rollout);
  const compliant = (read.lists.conditionalAccessPolicies ?? []).filter((p) =>
    (list(field(p, "grantControls"), "builtInControls") ?? []).some((c) => String(c).toLowerCase() === "compliantdevice") && coversMac(p) && reachesUsers(p));
  const state = (p: JsonObject) => (text(p, "state") ?? "").toLowerCase();
  const enforced = compliant.filter((p) => state(p) === "enabled");
  const reportOnly = compliant.filter((p) => state(p) === "enabledforreportingbutnotenforced");
  const facts = compliant.map((p) => `Conditional Access policy ${named(p)} requires a compliant device for macOS (state: ${text(p, "state") ?? "unknown"}).`);
  if (enforced.length) return { verdict: "ready", reason: `${enforced.map(named).join(", ")} requires a compliant device on macOS.`, details: facts };
  if (reportOnly.length && chose(needs, "compliance-ca") !== false) return { verdict: "advisory", reason: `${reportOnly.map(named).join(", ")} requires a compliant Mac in report-only mode: turn it on once the pilot Macs are compliant.`, details: facts };
  return missingArea(needs, "compliance-ca", "No enabled Conditional Access policy requires a compliant device for macOS.", facts);
};

/** Learn, macOS LAPS: the ADE profile's Account settings create the local admin account whose password Intune rotates. */
export const laps: Rule = ({ evidence, rollout }) => {
  const read = needLists(evidence, ["depSettings"]);
  if (read.kind === "stop") return read.outcome;
  const needs = rolloutNeeds(rollout);
  if (!needs.laps) {
    const reason = chose(needs, "local-admin-password") && !needs.ade ? "macOS LAPS works only for Macs enrolled with ADE, which your strategy does not use." : "Your strategy does not include macOS LAPS.";
    return { verdict: "not-applicable", reason, details: [] };
  }
  const tokens = read.lists.depSettings ?? [];
  if (!tokens.length) return { verdict: "not-ready", reason: "No ADE token is uploaded, so no ADE profile can create the local admin account LAPS manages.", details: [] };
  const profiles = readAdeProfiles(evidence, tokens);
  if (profiles.kind === "problem") return fromFindings([profiles.finding], [], "");
  const defaults = profiles.tokens.flatMap((t) => t.defaults);
  const withAdmin = defaults.filter((p) => nonEmpty(p, "adminAccountUserName"));
  const facts = defaults.map((p) => `${profileName(p)}: local admin ${nonEmpty(p, "adminAccountUserName") ?? "none"}, rotation every ${num(field(p, "depProfileAdminAccountPasswordRotationSetting"), "autoRotationPeriodInDays") ?? "(default)"} day(s).`);
  const rbac = "Viewing or rotating the password needs a custom Intune role (Enrollment programs: View/Rotate macOS admin password): Intune Administrator does not include it. This app does not check roles.";
  if (!defaults.length) return { verdict: "not-ready", reason: "No default macOS ADE profile exists to create the LAPS-managed admin account.", details: [rbac] };
  if (withAdmin.length < defaults.length) return { verdict: "not-ready", reason: `${defaults.filter((p) => !withAdmin.includes(p)).map(profileName).join(", ")} creates no local admin account, so LAPS has no password to manage: set Account settings in the ADE profile.`, details: [...facts, rbac] };
  return { verdict: "ready", reason: "The default macOS ADE profile creates a local admin account whose password Intune manages.", details: [...facts, rbac] };
};

/** [Inferred id] The Microsoft Defender for Endpoint connector's id is the WindowsDefenderATP app id (CIPP, rollout-plan P12). */
export const MDE_CONNECTOR_ID = "fc780465-2017-40d4-a0c5-307022471b92";

/** Learn, Defender for Endpoint on macOS: the Intune connection, the app, and antivirus/EDR policies. */
export const defender: Rule = ({ evidence, rollout }) => {
  const read = needLists(evidence, ["mtdConnectors", "mobileApps", "configurationPolicies"]);
  if (read.kind === "stop") return read.outcome;
  const needs = rolloutNeeds(rollout);
  const connector = (read.lists.mtdConnectors ?? []).find((c) => (nonEmpty(c, "id") ?? "").toLowerCase() === MDE_CONNECTOR_ID);
  const apps = (read.lists.mobileApps ?? []).filter((a) => isGraphType(a, "macOSMicrosoftDefenderApp"));
  const appAssigned = apps.filter((a) => assignedWithIntent(a, "required"));
  const av = macCatalog(read.lists.configurationPolicies ?? []).map((p) => p.item).filter((p) => (templateFamily(p) === "endpointsecurityantivirus" || hasFlag(p, "technologies", "microsoftSense")) && reachesSomeone(p));
  const partner = (text(connector ?? {}, "partnerState") ?? "").toLowerCase();
  const facts = [
    connector ? `Defender for Endpoint connector: ${partner || "state not reported"}, used for macOS compliance ${bool(connector, "macEnabled") === true ? "yes" : "no"}.` : "No Defender for Endpoint connector (id fc780465-…, inferred) in Intune.",
    `Defender app for macOS: ${apps.length ? (appAssigned.length ? "required" : "not required") : "not added"}; antivirus/EDR policies assigned: ${av.length}.`,
    "The onboarding package and the system extension, Full Disk Access and notification profiles are not checked here.",
  ];
  const nothing = !connector && !apps.length && !av.length;
  if (nothing) return missingArea(needs, "defender", "Defender for Endpoint is not set up for macOS: no connector, app or antivirus policy.", facts);
  const findings: Finding[] = [];
  if (!connector || partner !== "enabled") findings.push({ verdict: "not-ready", text: "The Microsoft Defender for Endpoint connection to Intune is not enabled: turn it on in both the Defender portal and Intune (Endpoint security > Microsoft Defender for Endpoint)." });
  if (!appAssigned.length) findings.push({ verdict: "not-ready", text: apps.length ? "The Defender for Endpoint app for macOS is not deployed as required." : "The Defender for Endpoint app for macOS (Apps > macOS > Microsoft Defender for Endpoint) is not added." });
  if (connector && partner === "enabled" && bool(connector, "macEnabled") !== true) findings.push({ verdict: "advisory", text: "The connector does not feed macOS risk into compliance (\"Connect macOS devices … to Microsoft Defender for Endpoint\" is off)." });
  if (!av.length) findings.push({ verdict: "advisory", text: "No antivirus or EDR policy for macOS is assigned." });
  if (chose(needs, "defender") === false) return { verdict: "not-applicable", reason: "Your strategy does not include Defender for Endpoint.", details: [...facts, ...findings.map((f) => f.text)] };
  return fromFindings(findings, facts, "Defender for Endpoint is connected, its macOS app is required and an antivirus policy is assigned.");
};

