import { whoGoverns, type Ranked } from "../assignments.ts";
import { num } from "../json.ts";
import type { Verdict } from "../types.ts";
import { isType, names, policyName, readConfigurations, restrictionPrecedence, sidelines } from "./enrollment-configurations.ts";
import { errorOutcome, notChecked } from "./outcome.ts";
import type { Rule, RuleOutcome } from "./types.ts";

/** Intune accepts device limits from 1 to 15 (reference §4, Learn S11). */
export const INTUNE_MAX_LIMIT = 15;
/** Below this a user who already enrolled a phone (and a tablet) cannot add a Mac (reference §4 verdict). */
export const LOW_LIMIT = 3;

const limitOf = (r: Ranked) => num(r.item, "limit");

/**
 * The limit that applies to a user is the one of the highest-priority limit policy that reaches them, else the
 * default's (Learn: create-device-limit-restrictions; Graph: deviceEnrollmentConfiguration.priority). The default is
 * found by its `_DefaultLimit` id suffix, never by type.
 */
export const enrollmentDeviceLimit: Rule = ({ evidence, minimumDeviceLimit }) => {
  const read = readConfigurations(evidence);
  if (read.kind === "absent") return notChecked("the enrollment restrictions");
  if (read.kind === "failed") return errorOutcome(read.failure);

  const p = restrictionPrecedence(read.items, "_DefaultLimit", (i) => isType(i, "deviceEnrollmentLimitConfiguration"));
  const fallbackLimit = p ? limitOf(p.fallback) : null;
  if (!p || fallbackLimit === null) {
    return errorOutcome({ cause: "unexpected-response", reason: "The default device limit restriction was not found; Intune may not be set up in this tenant yet.", details: [] });
  }
  const who = p.fallbackIsDefault ? "The default device limit" : `The device limit of ${policyName(p.fallback.item)}, assigned to all users,`;
  const governs = whoGoverns(p).map(({ policy, whom }) => `${policy === p.fallback && p.fallbackIsDefault ? "The default" : policyName(policy.item)}: ${limitOf(policy) ?? "unknown"} device(s), for ${whom}.`);
  const details = [...governs, ...sidelines(p)];
  const outcome = (verdict: Verdict, reason: string, extra: readonly string[] = []): RuleOutcome => ({ verdict, reason, details: [...details, ...extra] });
  // A custom limit whose assignments were not read could be anyone's limit: only its value is known.
  const unknownLow = (need: number) => p.unknown.filter((r) => (limitOf(r) ?? 0) < need);
  const partialBelow = (need: number) => p.partial.filter((r) => (limitOf(r) ?? 0) < need);

  if (minimumDeviceLimit === null) {
    const decide = "Set your devices per user in the strategy step to compare the limit against your plan.";
    if (fallbackLimit < LOW_LIMIT) {
      return outcome("advisory", `${who} is ${fallbackLimit}: most users already have a phone enrolled, so they may not be able to add a Mac.`, [decide]);
    }
    const low = [...partialBelow(LOW_LIMIT), ...unknownLow(LOW_LIMIT)];
    if (low.length) return outcome("advisory", `${who} is ${fallbackLimit}, but ${names(low)} allow(s) fewer than ${LOW_LIMIT} devices: users who already have a phone enrolled may not be able to add a Mac.`, [decide]);
    return outcome("ready", `${who} is ${fallbackLimit} per user.`, [decide]);
  }

  const needed = `your strategy has each user enroll ${minimumDeviceLimit} device(s)`;
  const ceiling = minimumDeviceLimit > INTUNE_MAX_LIMIT ? [`Intune allows at most ${INTUNE_MAX_LIMIT} devices per user.`] : [];
  if (fallbackLimit < minimumDeviceLimit) return outcome("advisory", `${who} is ${fallbackLimit}, but ${needed}.`, ceiling);
  const below = partialBelow(minimumDeviceLimit);
  if (below.length) return outcome("advisory", `${who} of ${fallbackLimit} is enough, but ${names(below)} allow(s) fewer devices for the users it reaches than ${needed}.`);
  const unknown = unknownLow(minimumDeviceLimit);
  if (unknown.length) return outcome("advisory", `${who} of ${fallbackLimit} is enough, but ${names(unknown)} allow(s) fewer devices and its assignments were not read.`);
  return outcome("ready", `${who} is ${fallbackLimit}, enough for ${minimumDeviceLimit} device(s) per user.`);
};
