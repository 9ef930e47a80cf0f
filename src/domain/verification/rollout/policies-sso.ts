// The single sign-on policy rule (Learn, "Configure Platform SSO for macOS" and the Enterprise SSO plug-in).
import { audienceOf, readTargets, type Audience } from "../assignments.ts";
import { field, type JsonObject } from "../json.ts";
import type { Rule } from "../rules/types.ts";
import { PSSO_METHOD_LABELS, rolloutNeeds } from "./needs.ts";
import { reachesSomeone, reachLine, unknownReach } from "./policy-common.ts";
import { fromFindings, named, needLists, type Finding } from "./read.ts";
import { hasSetting, hasSettingPrefix, isGraphType, macCatalog, valuesOf } from "./settings-catalog.ts";
import type { PssoMethod } from "../../strategy/schema.ts";

const SSO = "com.apple.extensiblesso";
const PSSO = "com.apple.extensiblesso_platformsso";
const PSSO_METHOD = "com.apple.extensiblesso_platformsso_authenticationmethod";
const EXTENSION_ID = "com.apple.extensiblesso_extensionidentifier";
const MICROSOFT_EXTENSION = "com.microsoft.companyportalmac.ssoextension";
/** Choice values of the Platform SSO authentication method (intune-my-macs README; rollout-plan P4). */
const METHOD_BY_SUFFIX: Record<string, PssoMethod> = { "0": "password", "1": "secure-enclave", "2": "smart-card" };

type Payload = { item: JsonObject; kind: "platform-sso" | "sso-extension" | "legacy-extension"; methods: readonly PssoMethod[]; microsoft: boolean };

function payloads(catalog: readonly JsonObject[], legacy: readonly JsonObject[]): Payload[] {
  const fromCatalog = macCatalog(catalog).flatMap(({ item, settings }): Payload[] => {
    if (!settings || !hasSettingPrefix(settings, SSO)) return [];
    const methods = valuesOf(settings, PSSO_METHOD).flatMap((v) => {
      const m = METHOD_BY_SUFFIX[v.slice(v.lastIndexOf("_") + 1)];
      return m ? [m] : [];
    });
    return [{ item, kind: hasSetting(settings, PSSO) ? "platform-sso" : "sso-extension", methods, microsoft: valuesOf(settings, EXTENSION_ID).includes(MICROSOFT_EXTENSION) }];
  });
  // Legacy device features template: its SSO app extension (macOSSingleSignOnExtension) is a second payload too.
  const fromLegacy = legacy
    .filter((d) => isGraphType(d, "macOSDeviceFeaturesConfiguration") && [field(d, "macOSSingleSignOnExtension"), field(d, "singleSignOnExtension")].some((e) => e !== null && e !== undefined))
    .map((item): Payload => ({ item, kind: "legacy-extension", methods: [], microsoft: isGraphType(field(item, "macOSSingleSignOnExtension"), "macOSAzureAdSingleSignOnExtension") }));
  return [...fromCatalog, ...fromLegacy];
}

/** Two audiences certainly share users: everyone on one side, or a common included group. */
function overlap(a: Audience, b: Audience): "certain" | "possible" {
  if (a.kind !== "assigned" || b.kind !== "assigned") return "possible";
  if (a.allUsers || a.allDevices || b.allUsers || b.allDevices) return "certain";
  return a.includedGroups.some((g) => b.includedGroups.includes(g)) ? "certain" : "possible";
}

export const ssoPolicy: Rule = ({ evidence, rollout }) => {
  const read = needLists(evidence, ["configurationPolicies", "deviceConfigurations"]);
  if (read.kind === "stop") return read.outcome;
  const needs = rolloutNeeds(rollout);
  const all = payloads(read.lists.configurationPolicies ?? [], read.lists.deviceConfigurations ?? []);
  const assigned = all.filter((p) => reachesSomeone(p.item));
  const label = { "platform-sso": "Platform SSO policy", "sso-extension": "SSO app extension policy", "legacy-extension": "SSO app extension (device features template)" } as const;
  const facts = all.map((p) => reachLine(p.item, label[p.kind]));
  const findings: Finding[] = [...unknownReach(all.map((p) => p.item))];
  const psso = assigned.filter((p) => p.kind === "platform-sso");
  const plugin = assigned.filter((p) => p.kind !== "platform-sso");

  if (needs.sso === null) return { verdict: "advisory", reason: "Record the single sign-on decision in the strategy step to judge the SSO policy.", details: facts };
  if (needs.sso === "platform-sso") {
    if (!psso.length) findings.push({ verdict: "not-ready", text: all.some((p) => p.kind === "platform-sso") ? "The Platform SSO policy is not assigned to anyone." : "There is no Platform SSO policy (settings catalog > Authentication > Extensible Single Sign On)." });
    const wanted = needs.pssoMethod;
    for (const p of psso) {
      if (wanted && p.methods.length && !p.methods.includes(wanted)) findings.push({ verdict: "not-ready", text: `${named(p.item)} uses ${p.methods.map((m) => PSSO_METHOD_LABELS[m]).join(", ")}, but your strategy chose ${PSSO_METHOD_LABELS[wanted]}.` });
      if (!p.methods.length) findings.push({ verdict: "advisory", text: `${named(p.item)} sets no Platform SSO authentication method.` });
      if (!p.microsoft) findings.push({ verdict: "advisory", text: `${named(p.item)} does not name Microsoft's extension (com.microsoft.CompanyPortalMac.ssoextension).` });
      const targets = readTargets(p.item) ?? [];
      if (needs.userAffinity && targets.some((t) => t.kind === "all-devices")) findings.push({ verdict: "not-ready", text: `${named(p.item)} is assigned to All devices: for Macs with user affinity Microsoft supports Platform SSO assigned to user groups only.` });
      if (needs.userAffinity && targets.some((t) => "filter" in t && t.filter)) findings.push({ verdict: "not-ready", text: `${named(p.item)} is assigned with an assignment filter: for Macs with user affinity, device groups and user groups with filters are not supported.` });
    }
    if (psso.length && needs.userAffinity) facts.push("Graph does not say whether an assigned group holds users or devices (group members are not read): assign Platform SSO to user groups.");
  } else {
    if (!plugin.length) findings.push({ verdict: "not-ready", text: "There is no assigned Enterprise SSO plug-in policy (Extensible Single Sign On with Microsoft's extension, type Redirect)." });
    if (psso.length) findings.push({ verdict: "not-ready", text: `${psso.map((p) => named(p.item)).join(", ")} configures Platform SSO, but your strategy chose the Enterprise SSO plug-in.` });
  }
  // Learn: only one SSO extension payload per device, or the Mac reports error 10002.
  for (let i = 0; i < assigned.length; i += 1) {
    for (let j = i + 1; j < assigned.length; j += 1) {
      const [a, b] = [assigned[i]!, assigned[j]!];
      const how = overlap(audienceOf(a.item), audienceOf(b.item));
      findings.push(how === "certain"
        ? { verdict: "not-ready", text: `${named(a.item)} and ${named(b.item)} both deliver an SSO extension payload to the same users: a Mac accepts only one (error 10002). Unassign the older one.` }
        : { verdict: "advisory", text: `${named(a.item)} and ${named(b.item)} both deliver an SSO extension payload: make sure no Mac is in both groups (error 10002).` });
    }
  }
  const what = needs.sso === "platform-sso" ? `Platform SSO (${needs.pssoMethod ? PSSO_METHOD_LABELS[needs.pssoMethod] : "method not recorded"})` : "the Enterprise SSO plug-in";
  return fromFindings(findings, facts, `One assigned policy configures ${what}, as your strategy chose.`);
};
