import { bool, field, nonEmpty, text } from "../json.ts";
import { errorOutcome, notChecked } from "./outcome.ts";
import { hasIdSuffix, isAssigned, isType, policyName, readConfigurations } from "./enrollment-configurations.ts";
import type { Rule, RuleOutcome } from "./types.ts";

type Restriction = { platformBlocked: boolean; personalBlocked: boolean; versionsSet: boolean };

/**
 * null when the restriction is absent; "unreadable" when it is there but lacks the two non-null Booleans Graph documents
 * (reference §5): a missing `platformBlocked` must not read as "allowed".
 */
function restriction(value: unknown): Restriction | "unreadable" | null {
  if (value === undefined || value === null) return null;
  const platformBlocked = bool(value, "platformBlocked");
  const personalBlocked = bool(value, "personalDeviceEnrollmentBlocked");
  if (platformBlocked === null || personalBlocked === null) return "unreadable";
  return {
    platformBlocked,
    personalBlocked,
    versionsSet: Boolean(nonEmpty(value, "osMinimumVersion") ?? nonEmpty(value, "osMaximumVersion")),
  };
}

const unreadable = (what: string): RuleOutcome =>
  errorOutcome({ cause: "unexpected-response", reason: `Microsoft Graph returned ${what} without its platformBlocked and personalDeviceEnrollmentBlocked settings, so macOS enrollment could not be checked.`, details: [] });

const describe = (r: Restriction) =>
  `${r.platformBlocked ? "macOS blocked" : "macOS allowed"}, ${r.personalBlocked ? "personal Macs blocked" : "personal Macs allowed"}`;

/**
 * Two models live in one collection (reference §5): the legacy default object with `macOSRestriction` (and the older
 * `macRestriction`), and beta per-platform policies with `platformType: "mac"`. The default's macOS tab is read from
 * `macOSRestriction`, falling back to `macRestriction` when only that one is present.
 */
export const enrollmentPlatformRestrictions: Rule = ({ evidence, requires }) => {
  const read = readConfigurations(evidence);
  if (read.kind === "absent") return notChecked("the enrollment restrictions");
  if (read.kind === "failed") return errorOutcome(read.failure);

  const legacy = read.items.find((i) => hasIdSuffix(i, "_DefaultPlatformRestrictions"))
    ?? read.items.find((i) => isType(i, "deviceEnrollmentPlatformRestrictionsConfiguration"));
  const macOSRead = restriction(field(legacy, "macOSRestriction"));
  const macRead = restriction(field(legacy, "macRestriction"));
  if (macOSRead === "unreadable" || macRead === "unreadable") return unreadable("the default platform restriction's macOS settings");
  const macOS = macOSRead;
  const mac = macRead;
  const byDefault = macOS ?? mac;
  if (!legacy || !byDefault) {
    return errorOutcome({ cause: "unexpected-response", reason: "The default platform restriction for macOS was not found; Intune may not be set up in this tenant yet.", details: [] });
  }

  const macPolicies = read.items
    .filter((i) => i !== legacy && (text(i, "platformType") ?? "").toLowerCase() === "mac")
    .map((i) => ({ item: i, read: restriction(field(i, "platformRestriction")), assigned: isAssigned(i) }));
  // An assigned macOS policy that cannot be read may be the one that blocks or allows Macs: do not guess without it.
  const unreadableAssigned = macPolicies.find((c) => c.assigned && (c.read === null || c.read === "unreadable"));
  if (unreadableAssigned) return unreadable(`the macOS restriction ${policyName(unreadableAssigned.item)}`);
  const custom = macPolicies.flatMap(({ item, read: r, assigned }) => (r === null || r === "unreadable" ? [] : [{ item, r, assigned }]));
  const assigned = custom.filter((c) => c.assigned);
  const names = (list: typeof custom) => list.map((c) => policyName(c.item)).join(", ");

  const details = [
    `Default (all users): ${describe(byDefault)}.`,
    ...custom.map((c) => `Custom macOS restriction ${policyName(c.item)}: ${describe(c.r)}${c.assigned ? "" : ", not assigned"}.`),
    ...(byDefault.versionsSet || custom.some((c) => c.r.versionsSet) ? ["OS version limits are set; Intune does not apply them to macOS."] : []),
  ];
  const outcome = (verdict: RuleOutcome["verdict"], reason: string, extra: readonly string[] = []): RuleOutcome => ({ verdict, reason, details: [...details, ...extra] });

  const allowing = assigned.filter((c) => !c.r.platformBlocked);
  if (byDefault.platformBlocked) {
    if (!allowing.length) {
      return outcome("not-ready", "macOS enrollment is blocked in the default platform restriction and no assigned macOS restriction allows it.");
    }
    if (requires.personalEnrollment && allowing.every((c) => c.r.personalBlocked)) {
      return outcome("not-ready", `Personal Macs are in your strategy, but macOS enrollment is blocked by default and ${names(allowing)}, which allow macOS, block personal Macs.`, [
        "Intune treats a Mac as personal unless its serial number is a corporate identifier or it enrolls through Automated Device Enrollment.",
      ]);
    }
    return outcome("advisory", `macOS enrollment is blocked by default and allowed only for the groups of ${names(allowing)}.`);
  }
  if (requires.personalEnrollment && byDefault.personalBlocked) {
    const personalAllowed = allowing.filter((c) => !c.r.personalBlocked);
    return personalAllowed.length
      ? outcome("advisory", `Personal Macs are in your strategy but are blocked by default and allowed only for the groups of ${names(personalAllowed)}.`)
      : outcome("not-ready", "Personal Macs are in your strategy, but personal macOS enrollment is blocked in the default platform restriction.", [
          "Intune treats a Mac as personal unless its serial number is a corporate identifier or it enrolls through Automated Device Enrollment.",
        ]);
  }
  const blockingSome = assigned.filter((c) => c.r.platformBlocked || (requires.personalEnrollment && c.r.personalBlocked));
  if (blockingSome.length) {
    return outcome("advisory", `macOS enrollment is allowed by default but blocked for the groups of ${names(blockingSome)}.`);
  }
  if (macOS && mac && (macOS.platformBlocked !== mac.platformBlocked || macOS.personalBlocked !== mac.personalBlocked)) {
    return outcome("advisory", "The default restriction's macOS and legacy Mac settings disagree; make them match.", [
      `macOSRestriction: ${describe(macOS)}; macRestriction (legacy): ${describe(mac)}.`,
    ]);
  }
  const corporateOnly = !requires.personalEnrollment && byDefault.personalBlocked
    ? ["Personal Macs are blocked: the recommended setting for a corporate-only strategy."]
    : [];
  return outcome("ready", "macOS enrollment is allowed by the default platform restriction.", corporateOnly);
};
