import { describeAudience, whoGoverns, type Ranked } from "../assignments.ts";
import type { StrategyRequirements } from "../../strategy/requirements.ts";
import type { Verdict } from "../types.ts";
import { names, policyName, readConfigurations, restrictionPrecedence, sidelines } from "./enrollment-configurations.ts";
import { describeMac, isMacPolicy, readMac, type MacRestriction } from "./mac-restriction.ts";
import { errorOutcome, notChecked } from "./outcome.ts";
import type { Rule, RuleOutcome } from "./types.ts";

/** Learn, corporate-identifiers-add: "Devices that enroll without corporate identifiers are marked as personal"; macOS supports serial numbers. */
export const PERSONAL_MAC_NOTE =
  "Intune treats a Mac as personal unless it enrolls through Automated Device Enrollment or its serial number is registered as a corporate device identifier.";
export const V1_NOTE = "Read from Graph v1.0, which cannot show per-platform (macOS) restriction policies: read the beta endpoint to judge this.";

type Governing = { ranked: Ranked; r: MacRestriction };

/** What blocking personal Macs means for this strategy: `null` when it is fine. */
function personalConcern(requires: StrategyRequirements): { verdict: Verdict; why: string } | null {
  if (!requires.devicesDecided) {
    return { verdict: "advisory", why: "every Company Portal enrollment of a Mac that is not enrolled through Automated Device Enrollment or registered as a corporate device identifier is refused; decide the device strategy to judge it" };
  }
  if (requires.personalEnrollment) return { verdict: "not-ready", why: "personal Macs are in your strategy" };
  if (requires.corporateSeenAsPersonal) {
    return { verdict: "not-ready", why: "your corporate Macs do not all enroll through Automated Device Enrollment, and their serial numbers are not confirmed as corporate device identifiers, so Intune treats them as personal" };
  }
  return null;
}

const unreadable = (what: string): RuleOutcome =>
  errorOutcome({ cause: "unexpected-response", reason: `Microsoft Graph returned ${what} without its platformBlocked and personalDeviceEnrollmentBlocked settings, so macOS enrollment could not be checked.`, details: [] });

export const enrollmentPlatformRestrictions: Rule = ({ evidence, requires }) => {
  const read = readConfigurations(evidence);
  if (read.kind === "absent") return notChecked("the enrollment restrictions");
  if (read.kind === "failed") return errorOutcome(read.failure);

  const p = restrictionPrecedence(read.items, "_DefaultPlatformRestrictions", isMacPolicy);
  const fallbackRead = p ? readMac(p.fallback.item) : null;
  if (!p || !fallbackRead || fallbackRead.kind === "none") {
    return errorOutcome({ cause: "unexpected-response", reason: "The default platform restriction for macOS was not found; Intune may not be set up in this tenant yet.", details: [] });
  }
  if (fallbackRead.kind === "unreadable") return unreadable(`the macOS settings of ${policyName(p.fallback.item)}`);
  const partial: Governing[] = [];
  for (const ranked of p.partial) {
    const m = readMac(ranked.item);
    if (m.kind !== "ok") return unreadable(`the macOS restriction ${policyName(ranked.item)}`);
    partial.push({ ranked, r: m.restriction });
  }
  const everyone: Governing = { ranked: p.fallback, r: fallbackRead.restriction };
  const concern = personalConcern(requires);
  const restricts = (r: MacRestriction) => r.platformBlocked || (r.personalBlocked && concern !== null);
  // A policy whose assignments were not read may govern anyone: if it restricts Macs, the answer is unknown.
  const unknownBlocking = p.unknown.find((u) => {
    const m = readMac(u.item);
    return m.kind !== "ok" || restricts(m.restriction);
  });

  const governs = whoGoverns(p).map(({ policy, whom }) => {
    const r = policy === p.fallback ? everyone.r : partial.find((g) => g.ranked === policy)?.r;
    const label = policy === p.fallback && p.fallbackIsDefault ? `The default ${policyName(policy.item)}` : policyName(policy.item);
    return `${label} governs ${whom}: ${r ? describeMac(r) : "unknown"}.`;
  });
  const versions = [everyone, ...partial].some((g) => g.r.versionsSet) ? ["OS version limits are set; Intune does not apply them to macOS."] : [];
  const details = [...governs, ...sidelines(p), ...versions];
  const who = p.fallbackIsDefault ? "the default platform restriction" : `${policyName(p.fallback.item)}, assigned to all users`;
  const outcome = (verdict: Verdict, reason: string, extra: readonly string[] = []): RuleOutcome => {
    if (read.version === "v1.0" && verdict !== "error") {
      return { verdict: "advisory", reason: `Read from v1.0, per-platform policies not visible: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`, details: [V1_NOTE, ...details, ...extra] };
    }
    return { verdict, reason, details: [...details, ...extra] };
  };
  if (unknownBlocking) {
    return errorOutcome({ cause: "unexpected-response", reason: `The assignments of ${policyName(unknownBlocking.item)} were not in the response, and it restricts Macs, so who can enroll is unknown.`, details: [] }, details);
  }

  const allowing = partial.filter((g) => !g.r.platformBlocked);
  if (everyone.r.platformBlocked) {
    if (!allowing.length) return outcome("not-ready", `macOS enrollment is blocked by ${who} and no higher-priority macOS restriction allows it.`);
    if (concern && allowing.every((g) => g.r.personalBlocked)) {
      return outcome(concern.verdict, `macOS enrollment is blocked by ${who}, and ${names(allowing.map((g) => g.ranked))}, which allow macOS, block personal Macs: ${concern.why}.`, [PERSONAL_MAC_NOTE]);
    }
    return outcome("advisory", `macOS enrollment is blocked by ${who} and allowed only for the users reached by ${names(allowing.map((g) => g.ranked))}.`);
  }
  if (everyone.r.personalBlocked && concern) {
    const personalAllowed = allowing.filter((g) => !g.r.personalBlocked);
    if (personalAllowed.length) {
      return outcome("advisory", `Personal Macs are blocked by ${who} and allowed only for the users reached by ${names(personalAllowed.map((g) => g.ranked))}: ${concern.why}.`, [PERSONAL_MAC_NOTE]);
    }
    return outcome(concern.verdict, `Personal macOS enrollment is blocked by ${who}: ${concern.why}.`, [PERSONAL_MAC_NOTE]);
  }
  const blockingSome = partial.filter((g) => restricts(g.r));
  if (blockingSome.length) {
    const audiences = blockingSome.map((g) => `${policyName(g.ranked.item)} (${describeAudience(g.ranked.audience)})`).join(", ");
    return outcome("advisory", `macOS enrollment is allowed by ${who} but restricted for the users reached by ${audiences}.`, concern ? [PERSONAL_MAC_NOTE] : []);
  }
  const mismatch = fallbackRead.legacyMismatch;
  if (mismatch) {
    return outcome("advisory", `The macOS and legacy Mac settings of ${who} disagree; make them match.`, [
      `macOSRestriction: ${describeMac(mismatch.macOS)}; macRestriction (legacy): ${describeMac(mismatch.mac)}.`,
    ]);
  }
  const personalNote = everyone.r.personalBlocked
    ? [requires.corporateIdentifiers && !requires.ade
        ? "Personal Macs are blocked; you confirmed your corporate Macs' serial numbers are registered as corporate device identifiers."
        : "Personal Macs are blocked: fine for your strategy, because every corporate Mac enrolls through Automated Device Enrollment."]
    : [];
  return outcome("ready", `macOS enrollment is allowed by ${who}.`, personalNote);
};
