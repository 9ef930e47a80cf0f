// Tenant set-up rules about enrolling: the ADE profile, Company Portal, corporate identifiers and the pilot Mac.
import { audienceOf } from "../assignments.ts";
import { bool, field, list, text, type JsonObject } from "../json.ts";
import { fetchSpec, isPartialList } from "../errors.ts";
import { errorOutcome, notChecked, specOf } from "../rules/outcome.ts";
import type { Rule } from "../rules/types.ts";
import { profileFacts, profileName, readAdeProfiles } from "./ade-profiles.ts";
import { rolloutNeeds } from "./needs.ts";
import { fromFindings, needLists, type Finding } from "./read.ts";
import { isGraphType } from "./settings-catalog.ts";

/** Learn, ADE for macOS: set a default profile early, and enroll with user affinity when the Mac has one user. */
export const adeEnrollmentProfile: Rule = ({ evidence, rollout }) => {
  const read = needLists(evidence, ["depSettings"]);
  if (read.kind === "stop") return read.outcome;
  const needs = rolloutNeeds(rollout);
  const tokens = read.lists.depSettings ?? [];
  // Undecided or only planned: agree with the item's "optional" applicability; a token already uploaded is still judged,
  // because a Mac that syncs without a default profile fails to enroll whatever the strategy says.
  const optional = rollout.corporateOutsideAde === null
    ? "Optional until you decide the device strategy: corporate Macs bought through Apple Business Manager need a default macOS profile."
    : !needs.ade && rollout.adePlanned
      ? "Optional until purchases go through Apple Business Manager: then Automated Device Enrollment needs a default macOS profile."
      : null;
  if (!needs.ade && optional === null) return { verdict: "not-applicable", reason: "Your strategy does not enroll Macs with Automated Device Enrollment, so no ADE profile is needed.", details: [] };
  if (!tokens.length) {
    return optional
      ? { verdict: "advisory", reason: `No ADE token is uploaded, so there is no macOS enrollment profile yet. ${optional}`, details: [] }
      : { verdict: "not-ready", reason: "No ADE token is uploaded, so there is no macOS enrollment profile yet (see the enrollment program token item).", details: [] };
  }
  const profiles = readAdeProfiles(evidence, tokens);
  if (profiles.kind === "problem") return fromFindings([profiles.finding], [], "");
  const findings: Finding[] = [];
  const facts: string[] = [];
  for (const t of profiles.tokens) {
    if (t.macProfiles !== null && !t.macProfiles.length) findings.push({ verdict: "not-ready", text: `The ADE ${t.token} has no macOS enrollment profile: Macs synced from Apple Business Manager cannot enroll.` });
    else if (!t.defaults.length) findings.push({ verdict: "not-ready", text: `The ADE ${t.token} has no default macOS enrollment profile: a Mac that syncs without an assigned profile fails to enroll. Set one as default.` });
    for (const p of t.defaults) {
      facts.push(profileFacts(p));
      const affinity = bool(p, "requiresUserAuthentication");
      if (needs.userAffinity && affinity !== true) {
        findings.push({ verdict: "not-ready", text: `The default macOS profile ${profileName(p)} enrolls without user affinity, but your strategy gives each Mac a user: choose "Enroll with User Affinity" and Setup Assistant with modern authentication.` });
      } else if (needs.adeEnrollment === "without-user" && affinity === true) {
        findings.push({ verdict: "advisory", text: `The default macOS profile ${profileName(p)} enrolls with user affinity, but your strategy enrolls Macs without a user.` });
      }
    }
  }
  return fromFindings(findings, facts, "Every ADE token has a default macOS enrollment profile that fits your strategy.");
};

const CP_BUNDLE = "com.microsoft.companyportalmac";
const MAC_APP_TYPES = ["macOSLobApp", "macOSPkgApp", "macOSDmgApp"];

/** Company Portal has no app type of its own: it is a macOS LOB, PKG or DMG app carrying its bundle id. */
export function isCompanyPortal(app: JsonObject): boolean {
  if (!MAC_APP_TYPES.some((t) => isGraphType(app, t))) return false;
  const ids = [text(app, "bundleId"), text(app, "primaryBundleId"), ...[...(list(app, "childApps") ?? []), ...(list(app, "includedApps") ?? [])].map((c) => text(c, "bundleId"))];
  return ids.some((id) => (id ?? "").toLowerCase() === CP_BUNDLE);
}

/** An app assignment with this install intent that reaches someone (exclusions reach no one). */
export function assignedWithIntent(app: JsonObject, intent: string): boolean {
  if (audienceOf(app).kind !== "assigned") return false;
  return (list(app, "assignments") ?? []).some((a) => (text(a, "intent") ?? "").toLowerCase() === intent && !/exclusion/i.test(text(field(a, "target"), "@odata.type") ?? ""));
}

/**
 * Learn, end-to-end guide phase 1 step 7 and "Add the Company Portal for macOS": with ADE and Setup Assistant with
 * modern authentication, the Mac registers in Entra (and passes Conditional Access) only after the user signs in to
 * Company Portal, so it is deployed as a required app. Platform SSO also needs a current Company Portal.
 */
export const companyPortal: Rule = ({ evidence, rollout }) => {
  const read = needLists(evidence, ["mobileApps"]);
  if (read.kind === "stop") return read.outcome;
  const needs = rolloutNeeds(rollout);
  const apps = (read.lists.mobileApps ?? []).filter(isCompanyPortal);
  const required = apps.filter((a) => assignedWithIntent(a, "required"));
  const facts = apps.map((a) => `${text(a, "displayName") ?? "Company Portal"} (${(text(a, "@odata.type") ?? "").replace("#microsoft.graph.", "")}, version ${text(a, "versionNumber") ?? text(a, "primaryBundleVersion") ?? "unknown"}): ${required.includes(a) ? "required" : audienceOf(a).kind === "assigned" ? "assigned, not as required" : "not assigned"}.`);
  const script = "If you install Company Portal with a shell script instead (Learn's third option), this check cannot see it.";
  if ((!needs.ade && needs.sso !== "platform-sso") || (needs.ade && needs.adeEnrollment === "without-user" && needs.sso !== "platform-sso")) {
    return apps.length
      ? { verdict: "ready", reason: "Company Portal is in Intune's app list.", details: facts }
      : { verdict: "not-applicable", reason: needs.ade ? "Your ADE Macs enroll without a user, so no one signs in to Company Portal." : "Your Macs enroll through Company Portal, which users install themselves (aka.ms/EnrollMyMac); it cannot be pushed before enrollment.", details: [] };
  }
  if (required.length) return { verdict: "ready", reason: "Company Portal for macOS is deployed as a required app.", details: facts };
  // The pitfall (Learn, ADE for macOS): with Setup Assistant with modern authentication the Mac registers in Entra
  // only once the user signs in to Company Portal. Other ADE paths and Platform SSO still want it, less urgently.
  if (needs.ade && needs.adeEnrollment === "user-modern-auth") {
    return {
      verdict: "not-ready",
      reason: apps.length
        ? "Company Portal is in Intune but not deployed as required: after Setup Assistant with modern authentication, Macs register in Entra (and pass Conditional Access) only once Company Portal is installed and signed in."
        : "Company Portal for macOS is not deployed: after Setup Assistant with modern authentication, Macs register in Entra (and pass Conditional Access) only once Company Portal is installed and signed in.",
      details: [...facts, script],
    };
  }
  const why = needs.sso === "platform-sso" ? "Platform SSO needs a current Company Portal on every Mac" : "Learn's macOS guide deploys Company Portal as a required app to ADE Macs";
  return { verdict: "advisory", reason: `${why}; it is not deployed as a required app.`, details: [...facts, script] };
};

type Mac = { ade: boolean; corporate: boolean };

function readMacs(item: JsonObject): Mac {
  const type = (text(item, "deviceEnrollmentType") ?? "").toLowerCase();
  return { ade: type === "applebulkwithuser" || type === "applebulkwithoutuser", corporate: (text(item, "managedDeviceOwnerType") ?? "").toLowerCase() === "company" };
}

function macsIn(evidence: Parameters<Rule>[0]["evidence"]) {
  const fetched = fetchSpec(evidence, specOf("managedDevices"), { allowPartial: true });
  if (fetched.kind !== "ok") return fetched;
  const value = list(fetched.body, "value");
  const macs = (value ?? []).filter((d): d is JsonObject => typeof d === "object" && d !== null && /^macos$/i.test(text(d, "operatingSystem") ?? "macOS")).map(readMacs);
  return { kind: "macs" as const, macs, partial: isPartialList(fetched.body), readable: value !== null };
}

/** Learn, end-to-end guide phase 2: enroll one test Mac the way the fleet will enroll (an erased Mac through ADE). */
export const pilotMac: Rule = ({ evidence, rollout }) => {
  const read = macsIn(evidence);
  if (read.kind === "absent") return notChecked("the enrolled Macs");
  if (read.kind === "failed") return errorOutcome(read.failure);
  if (read.kind !== "macs" || !read.readable) return errorOutcome({ cause: "unexpected-response", reason: "Microsoft Graph did not return a list of managed devices.", details: [] });
  const needs = rolloutNeeds(rollout);
  const ade = read.macs.filter((m) => m.ade).length;
  const facts = [`Macs read: ${read.macs.length}${read.partial ? " (first pages only)" : ""}, ${ade} enrolled through ADE, ${read.macs.filter((m) => m.corporate).length} corporate.`];
  if (needs.ade && ade) return { verdict: "ready", reason: `${ade} Mac(s) enrolled through Automated Device Enrollment.`, details: facts };
  if (!needs.ade && read.macs.length) return { verdict: "ready", reason: `${read.macs.length} Mac(s) enrolled.`, details: facts };
  // What page 1 lacks may be on page 2: a partial list proves presence, never absence.
  if (read.partial) return errorOutcome({ cause: "unexpected-response", reason: "Only the first pages of the enrolled Macs were read, and none showed what this check looks for.", details: facts });
  if (needs.ade && read.macs.length) return { verdict: "advisory", reason: "Macs are enrolled, but none through ADE: erase a pilot Mac assigned to the Intune MDM server in ABM and enroll it through Setup Assistant.", details: facts };
  return { verdict: "not-ready", reason: "No Mac is enrolled yet: enroll one pilot Mac before assigning policies to everyone.", details: facts };
};

/**
 * Corporate identifiers (serial numbers) mark corporate Macs that enroll outside ADE. Graph's list of imported
 * identifiers is not among these reads, so this is a checklist item; a corporate Mac enrolled outside ADE shows it works.
 */
export const corporateIdentifiers: Rule = ({ evidence, rollout }) => {
  const read = macsIn(evidence);
  if (read.kind === "absent") return notChecked("the enrolled Macs");
  if (read.kind === "failed") return errorOutcome(read.failure);
  const needs = rolloutNeeds(rollout);
  if (!needs.corporateOutsideAde) return { verdict: "not-applicable", reason: "Your strategy has no corporate Macs enrolling outside ADE (ADE marks its Macs corporate on its own).", details: [] };
  const proven = read.kind === "macs" ? read.macs.filter((m) => m.corporate && !m.ade).length : 0;
  if (proven) return { verdict: "ready", reason: `${proven} corporate Mac(s) enrolled outside ADE are marked corporate.`, details: ["Intune marks a Mac corporate when its serial number was uploaded as a corporate identifier before enrollment (or an admin changed its ownership afterwards)."] };
  if (needs.corporateIdentifiers === false) {
    return {
      verdict: "not-checked",
      reason: "Optional: your strategy does not register these Macs' serial numbers, so they enroll as personal. If you change your mind, upload them under Devices > Enrollment > Corporate device identifiers before the Macs enroll.",
      details: [],
    };
  }
  return {
    verdict: "not-checked",
    reason: "Checklist item: this app does not read the uploaded corporate identifiers, and no corporate Mac enrolled outside ADE shows them working yet. Upload the serial numbers under Devices > Enrollment > Corporate device identifiers, then mark this done.",
    details: [],
  };
};

