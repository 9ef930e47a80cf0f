// Security policy rules: FileVault, firewall, Gatekeeper and software updates (settings catalog first, the older
// templates and compliance only as facts). Setting ids compare case-insensitively (settings-catalog.ts).
import { bool, text, type JsonObject } from "../json.ts";
import type { Rule } from "../rules/types.ts";
import { rolloutNeeds } from "./needs.ts";
import { missingArea, reachesSomeone, reachLine } from "./policy-common.ts";
import { fromFindings, named, needLists, type Finding } from "./read.ts";
import { hasSetting, hasValue, isGraphType, macCatalog, type CatalogPolicy } from "./settings-catalog.ts";

type Lists = Record<string, readonly JsonObject[]>;
const catalogOf = (lists: Lists) => macCatalog(lists.configurationPolicies ?? []).filter((p) => reachesSomeone(p.item));
const legacyEp = (lists: Lists) => (lists.deviceConfigurations ?? []).filter((d) => isGraphType(d, "macOSEndpointProtectionConfiguration") && reachesSomeone(d));
const macCompliance = (lists: Lists) => (lists.compliancePolicies ?? []).filter((p) => isGraphType(p, "macOSCompliancePolicy") && reachesSomeone(p));
const withSettings = (list: readonly CatalogPolicy[], test: (p: CatalogPolicy & { settings: NonNullable<CatalogPolicy["settings"]> }) => boolean) =>
  list.filter((p): p is CatalogPolicy & { settings: NonNullable<CatalogPolicy["settings"]> } => p.settings !== null && test(p as never));

const FV = "com.apple.mcx.filevault2";

/** Learn, "Encrypt macOS devices with FileVault": Defer = Enabled is required with Force Enable in Setup Assistant (macOS 14.4+). */
export const filevault: Rule = ({ evidence, rollout }) => {
  const read = needLists(evidence, ["configurationPolicies", "deviceConfigurations", "compliancePolicies"]);
  if (read.kind === "stop") return read.outcome;
  const needs = rolloutNeeds(rollout);
  const catalog = withSettings(catalogOf(read.lists), (p) => hasValue(p.settings, `${FV}_enable`, `${FV}_enable_0`) || hasValue(p.settings, `${FV}_forceenableinsetupassistant`, `${FV}_forceenableinsetupassistant_true`));
  const legacy = legacyEp(read.lists).filter((d) => bool(d, "fileVaultEnabled") === true);
  const facts = [...catalog.map((p) => reachLine(p.item, "FileVault settings catalog policy")), ...legacy.map((d) => reachLine(d, "FileVault endpoint protection profile")),
    `Compliance requires encryption: ${macCompliance(read.lists).some((p) => bool(p, "storageRequireEncryption") === true) ? "yes" : "no"}.`];
  if (!catalog.length && !legacy.length) {
    return missingArea(needs, "filevault", "No assigned policy turns FileVault on (settings catalog Full Disk Encryption > FileVault, Enable = On).", [...facts, "Endpoint-security FileVault policies made from the older template (intents) are not read by this check."]);
  }
  const findings: Finding[] = [];
  for (const p of catalog.filter((c) => hasValue(c.settings, `${FV}_forceenableinsetupassistant`, `${FV}_forceenableinsetupassistant_true`))) {
    if (!hasValue(p.settings, `${FV}_defer`, `${FV}_defer_true`)) findings.push({ verdict: "not-ready", text: `${named(p.item)} forces FileVault in Setup Assistant without Defer: Defer must be Enabled for FileVault to turn on (critical on macOS 14.4 and later).` });
    if (!needs.ade) findings.push({ verdict: "advisory", text: `${named(p.item)} forces FileVault in Setup Assistant, which works only for Macs enrolled with ADE (and Await final configuration).` });
  }
  if (needs.fileVaultAtSetup && !catalog.some((c) => hasValue(c.settings, `${FV}_forceenableinsetupassistant`, `${FV}_forceenableinsetupassistant_true`))) {
    findings.push({ verdict: "advisory", text: "Your strategy turns FileVault on during Setup Assistant, but no assigned policy sets Force Enable in Setup Assistant (with Defer)." });
  }
  if (catalog.length && legacy.length) findings.push({ verdict: "advisory", text: "FileVault is configured both in the settings catalog and in an endpoint protection profile: two payloads can leave recovery keys un-escrowed; keep one." });
  if (needs.areas !== null && !needs.areas.has("filevault")) return { verdict: "ready", reason: "FileVault is turned on by an assigned policy (not in your strategy's policy areas).", details: [...facts, ...findings.map((f) => f.text)] };
  return fromFindings(findings, facts, "An assigned policy turns FileVault on.");
};

/** Learn end-to-end guide phase 3: firewall by settings catalog (com.apple.security.firewall EnableFirewall = true). */
export const firewall: Rule = ({ evidence, rollout }) => {
  const read = needLists(evidence, ["configurationPolicies", "deviceConfigurations", "compliancePolicies"]);
  if (read.kind === "stop") return read.outcome;
  const needs = rolloutNeeds(rollout);
  const catalog = withSettings(catalogOf(read.lists), (p) => hasValue(p.settings, "com.apple.security.firewall_enablefirewall", "com.apple.security.firewall_enablefirewall_true"));
  const legacy = legacyEp(read.lists).filter((d) => bool(d, "firewallEnabled") === true);
  const facts = [...catalog.map((p) => reachLine(p.item, "Firewall policy")), ...legacy.map((d) => reachLine(d, "Firewall endpoint protection profile")),
    `Compliance requires the firewall: ${macCompliance(read.lists).some((p) => bool(p, "firewallEnabled") === true) ? "yes (this reports, it does not turn it on)" : "no"}.`];
  if (!catalog.length && !legacy.length) return missingArea(needs, "firewall", "No assigned policy turns the macOS firewall on.", facts);
  return { verdict: "ready", reason: `${[...catalog.map((p) => p.item), ...legacy].map(named).join(", ")} turns the macOS firewall on.`, details: facts };
};

const SP = "com.apple.systempolicy";

/** Learn end-to-end guide phase 3: Gatekeeper with Enable Assessment, Allow Identified Developers and Disable Override. */
export const gatekeeper: Rule = ({ evidence, rollout }) => {
  const read = needLists(evidence, ["configurationPolicies", "deviceConfigurations"]);
  if (read.kind === "stop") return read.outcome;
  const needs = rolloutNeeds(rollout);
  const catalog = withSettings(catalogOf(read.lists), (p) => hasValue(p.settings, `${SP}.control_enableassessment`, `${SP}.control_enableassessment_true`));
  const legacy = legacyEp(read.lists).filter((d) => ["macappstore", "macappstoreandidentifieddevelopers"].includes((text(d, "gatekeeperAllowedAppSource") ?? "").toLowerCase()));
  const facts = [...catalog.map((p) => reachLine(p.item, "Gatekeeper policy")), ...legacy.map((d) => reachLine(d, "Gatekeeper endpoint protection profile"))];
  if (!catalog.length && !legacy.length) return missingArea(needs, "gatekeeper", "No assigned policy turns Gatekeeper on (System Policy Control > Enable Assessment).", facts);
  const locked = catalog.some((p) => hasValue(p.settings, `${SP}.managed_disableoverride`, `${SP}.managed_disableoverride_true`)) || legacy.some((d) => bool(d, "gatekeeperBlockOverride") === true);
  if (!locked) return { verdict: "advisory", reason: "Gatekeeper is on, but users can override it: set System Policy Managed > Disable Override to True.", details: facts };
  return { verdict: "ready", reason: "Gatekeeper is on and users cannot override it.", details: facts };
};

const LATEST = "ddm-latestsoftwareupdate_enforcelatestsoftwareupdateversion";
const TARGETED = "enforcement_targetosversion";

/**
 * Learn, "Configure update policies for Apple devices": DDM updates (macOS 14+) replace the deprecated MDM update policy;
 * use "latest" or "targeted" enforcement, not both.
 */
export const softwareUpdates: Rule = ({ evidence, rollout }) => {
  const read = needLists(evidence, ["configurationPolicies", "deviceConfigurations"]);
  if (read.kind === "stop") return read.outcome;
  const needs = rolloutNeeds(rollout);
  const catalog = catalogOf(read.lists);
  const latest = withSettings(catalog, (p) => hasSetting(p.settings, LATEST));
  const targeted = withSettings(catalog, (p) => hasSetting(p.settings, TARGETED));
  const mdm = (read.lists.deviceConfigurations ?? []).filter((d) => isGraphType(d, "macOSSoftwareUpdateConfiguration") && reachesSomeone(d));
  const facts = [...latest.map((p) => reachLine(p.item, "DDM latest-update policy")), ...targeted.map((p) => reachLine(p.item, "DDM targeted-update policy")), ...mdm.map((d) => reachLine(d, "MDM software update policy (deprecated)"))];
  if (!latest.length && !targeted.length && !mdm.length) return missingArea(needs, "os-updates", "No assigned policy manages macOS updates.", facts);
  const findings: Finding[] = [];
  if (!latest.length && !targeted.length) findings.push({ verdict: "not-ready", text: "Only the MDM software update policy manages updates: Apple deprecated MDM-based updates and Intune is ending support. Use a declarative (DDM) software update policy in the settings catalog (macOS 14 and later)." });
  if (latest.length && targeted.length) findings.push({ verdict: "not-ready", text: `Both a "latest" (${latest.map((p) => named(p.item)).join(", ")}) and a "targeted" (${targeted.map((p) => named(p.item)).join(", ")}) DDM update policy are assigned: use one kind, not both.` });
  if (needs.updateApproach === "latest" && targeted.length && !latest.length) findings.push({ verdict: "advisory", text: "Your strategy enforces the latest macOS, but the assigned DDM policy targets a fixed version." });
  if (needs.updateApproach === "targeted" && latest.length && !targeted.length) findings.push({ verdict: "advisory", text: "Your strategy targets a fixed macOS version, but the assigned DDM policy enforces the latest one." });
  if (mdm.length && (latest.length || targeted.length)) findings.push({ verdict: "advisory", text: "The deprecated MDM update policy is still assigned next to DDM: remove it once every Mac runs macOS 14 or later." });
  return fromFindings(findings, [...facts, "A policy's Success means it installed, not that Macs updated; a targeted policy reports errors once Macs pass its version."], "A declarative (DDM) software update policy manages macOS updates.");
};
