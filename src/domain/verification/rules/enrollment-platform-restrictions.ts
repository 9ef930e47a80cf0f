import { bool, field, isObject, nonEmpty, text } from "../json.ts";
import { errorOutcome, notChecked } from "./outcome.ts";
import { hasIdSuffix, isAssigned, isType, policyName, readConfigurations } from "./enrollment-configurations.ts";
import type { Rule, RuleOutcome } from "./types.ts";

type Restriction = { platformBlocked: boolean; personalBlocked: boolean; versionsSet: boolean };

function restriction(value: unknown): Restriction | null {
  if (!isObject(value)) return null;
  return {
    platformBlocked: bool(value, "platformBlocked") === true,
    personalBlocked: bool(value, "personalDeviceEnrollmentBlocked") === true,
    versionsSet: Boolean(nonEmpty(value, "osMinimumVersion") ?? nonEmpty(value, "osMaximumVersion")),
  };
}

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
  const macOS = restriction(field(legacy, "macOSRestriction"));
  const mac = restriction(field(legacy, "macRestriction"));
  const byDefault = macOS ?? mac;
  if (!legacy || !byDefault) {
    return errorOutcome({ cause: "unexpected-response", reason: "The default platform restriction for macOS was not found; Intune may not be set up in this tenant yet.", details: [] });
  }

  const custom = read.items
    .filter((i) => i !== legacy && (text(i, "platformType") ?? "").toLowerCase() === "mac")
    .flatMap((i) => {
      const r = restriction(field(i, "platformRestriction"));
      return r ? [{ item: i, r, assigned: isAssigned(i) }] : [];
    });
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
    return allowing.length
      ? outcome("advisory", `macOS enrollment is blocked by default and allowed only for the groups of ${names(allowing)}.`)
      : outcome("not-ready", "macOS enrollment is blocked in the default platform restriction and no assigned macOS restriction allows it.");
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
