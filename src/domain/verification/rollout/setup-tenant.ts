// Tenant set-up rules that read tenant-wide settings: MDM authority, Entra device settings, Mac targeting.
import { audienceOf } from "../assignments.ts";
import { field, nonEmpty, num, odataType, text, type JsonObject } from "../json.ts";
import { errorOutcome, notChecked } from "../rules/outcome.ts";
import { hasIdSuffix, isType, readConfigurations } from "../rules/enrollment-configurations.ts";
import type { EvidenceIndex } from "../keys.ts";
import type { Rule } from "../rules/types.ts";
import { rolloutNeeds } from "./needs.ts";
import { fromFindings, readList, readObject, type Finding } from "./read.ts";

/** Learn, "Set the mobile device management authority": new tenants default to Intune; `unknown` means not set. */
export const mdmAuthority: Rule = ({ evidence }) => {
  const read = readObject(evidence, "organization");
  if (read.kind === "absent") return notChecked("the tenant's MDM authority");
  if (read.kind === "failed") return errorOutcome(read.failure);
  const authority = (text(read.item, "mobileDeviceManagementAuthority") ?? "").toLowerCase();
  if (authority === "intune") return { verdict: "ready", reason: "The MDM authority is Intune.", details: [] };
  if (authority === "unknown") return { verdict: "not-ready", reason: "The MDM authority is not set: set it to Intune in the Intune admin center before enrolling Macs.", details: [] };
  if (authority === "sccm" || authority === "office365") {
    const name = authority === "sccm" ? "Configuration Manager (hybrid MDM)" : "Basic Mobility and Security (Office 365)";
    return { verdict: "not-ready", reason: `The MDM authority is ${name}, not Intune: Macs cannot be managed by Intune until it is changed.`, details: [] };
  }
  return errorOutcome({
    cause: authority ? "unexpected-response" : "missing-scope",
    reason: authority
      ? `The MDM authority has a value this app does not know ("${authority}").`
      : "Graph returned the organization without its MDM authority: with only User.Read it leaves this property empty, so the read needs DeviceManagementServiceConfig.Read.All.",
    details: [],
  });
};

/** Intune's highest device limit that applies to someone: the default and every assigned custom limit. */
function intuneLimit(evidence: EvidenceIndex): { kind: "ok"; limit: number } | { kind: "finding"; finding: Finding } {
  const read = readConfigurations(evidence);
  if (read.kind === "absent") return { kind: "finding", finding: { verdict: "not-checked", text: "Intune's device limit is not in the evidence, so Entra's device quota was not compared with it." } };
  if (read.kind === "failed") return { kind: "finding", finding: { verdict: "error", text: read.failure.reason, cause: read.failure.cause } };
  const limits = read.items.filter((i) => isType(i, "deviceEnrollmentLimitConfiguration") || (num(i, "limit") !== null && hasIdSuffix(i, "_DefaultLimit")));
  const applying = limits.filter((i) => hasIdSuffix(i, "_DefaultLimit") || audienceOf(i).kind === "assigned" || audienceOf(i).kind === "unknown");
  const values = applying.map((i) => num(i, "limit")).filter((n): n is number => n !== null);
  if (!values.length) return { kind: "finding", finding: { verdict: "error", text: "Intune's default device limit was not found, so Entra's device quota was not compared with it.", cause: "unexpected-response" } };
  return { kind: "ok", limit: Math.max(...values) };
}

const membership = (policy: unknown) => odataType(policy).replace("microsoft.graph.", "").replace("deviceregistrationmembership", "");

/**
 * Entra device settings (Graph deviceRegistrationPolicy). Platform SSO registers the Mac through Entra join, so users
 * must be allowed to join (Learn, configure Platform SSO); Entra's per-user device quota must not be below Intune's
 * device limit, or registration fails before Intune's limit is reached (rollout-plan.md §5 pitfall 8).
 */
export const entraDeviceRegistration: Rule = ({ evidence, rollout, minimumDeviceLimit }) => {
  const read = readObject(evidence, "deviceRegistrationPolicy");
  if (read.kind === "absent") return notChecked("the Entra device registration settings");
  if (read.kind === "failed") return errorOutcome(read.failure);
  const policy: JsonObject = read.item;
  const needs = rolloutNeeds(rollout);
  const quota = num(policy, "userDeviceQuota");
  const join = membership(field(field(policy, "azureADJoin"), "allowedToJoin"));
  const register = membership(field(field(policy, "azureADRegistration"), "allowedToRegister"));
  const findings: Finding[] = [];
  const facts = [`Maximum devices per user in Entra: ${quota ?? "not reported"}.`, `Users may join devices to Entra: ${join || "not reported"}.`, `Users may register devices with Entra: ${register || "not reported"}.`];

  if (quota === null) findings.push({ verdict: "error", text: "Entra did not report its maximum number of devices per user.", cause: "unexpected-response" });
  else {
    const intune = intuneLimit(evidence);
    if (intune.kind === "finding") findings.push(intune.finding);
    else if (quota < intune.limit) findings.push({ verdict: "not-ready", text: `Entra allows ${quota} device(s) per user, below Intune's device limit of ${intune.limit}: users are stopped at Entra registration before Intune's limit. Raise "Maximum number of devices per user" in Entra to at least ${intune.limit}.` });
    else facts.push(`Intune's device limit is ${intune.limit}; Entra's quota is not below it.`);
    if (minimumDeviceLimit !== null && quota < minimumDeviceLimit) findings.push({ verdict: "not-ready", text: `Entra allows ${quota} device(s) per user, but your strategy has each user enroll ${minimumDeviceLimit}.` });
  }

  if (needs.sso === "platform-sso") {
    if (join === "no") findings.push({ verdict: "not-ready", text: "Users may not join devices to Microsoft Entra, but Platform SSO registers each Mac through Entra join: set \"Users may join devices to Microsoft Entra\" to All or Selected." });
    else if (join === "enumerated") findings.push({ verdict: "advisory", text: "Only selected users and groups may join devices to Microsoft Entra: every Mac user of Platform SSO must be among them (this check does not read group members)." });
    else if (join !== "all") findings.push({ verdict: "error", text: "Entra did not report who may join devices, so Platform SSO registration could not be checked.", cause: "unexpected-response" });
  }
  // [Inferred] Company Portal enrollment registers the Mac in Entra; with Intune this switch is usually All and locked.
  if (needs.companyPortalEnrollment && register === "no") findings.push({ verdict: "advisory", text: "Entra reports that users may not register devices; Company Portal enrollment registers each Mac in Entra (inferred: with Intune this setting is normally All). Check Devices > Device settings in Entra." });
  return fromFindings(findings, facts, "Entra lets Mac users register and join devices, within a device quota that fits Intune's limit.");
};

/** Learn end-to-end guide, phase 1 step 5: target Macs with All devices + a filter on enrollmentProfileName (fastest). */
export const macTargeting: Rule = ({ evidence, rollout }) => {
  const read = readList(evidence, "assignmentFilters");
  if (read.kind === "absent") return notChecked("the Intune assignment filters");
  if (read.kind === "failed") return errorOutcome(read.failure);
  const needs = rolloutNeeds(rollout);
  const mac = read.items.filter((f) => (text(f, "platform") ?? "").toLowerCase() === "macos");
  const byProfile = mac.filter((f) => (text(f, "rule") ?? "").toLowerCase().includes("enrollmentprofilename"));
  const names = (list: readonly JsonObject[]) => list.map((f) => `"${nonEmpty(f, "displayName") ?? nonEmpty(f, "id") ?? "unnamed"}"`).join(", ");
  const facts = mac.length ? [`macOS assignment filters: ${names(mac)}.`] : ["No assignment filter for macOS."];
  const groups = "Entra groups are not read by this check: if you target Macs with a dynamic group instead, mark this item done yourself.";
  if (needs.ade) {
    if (byProfile.length) return { verdict: "ready", reason: `Macs enrolling with ADE can be targeted at enrollment by ${names(byProfile)} (filter on the enrollment profile name).`, details: facts };
    return {
      verdict: "advisory",
      reason: mac.length
        ? "There are macOS filters, but none on enrollmentProfileName: Learn recommends All devices plus a filter on the ADE profile name, so FileVault and other enrollment-time policies land during Setup Assistant."
        : "No assignment filter targets Macs: Learn recommends All devices plus a filter on the ADE profile name (dynamic groups can miss Setup Assistant).",
      details: [...facts, groups],
    };
  }
  if (mac.length) return { verdict: "ready", reason: `Macs can be targeted with ${names(mac)}.`, details: facts };
  return { verdict: "advisory", reason: "No assignment filter targets Macs yet.", details: [...facts, groups] };
};
