import { num } from "../json.ts";
import { errorOutcome, notChecked } from "./outcome.ts";
import { hasIdSuffix, isAssigned, isType, policyName, readConfigurations } from "./enrollment-configurations.ts";
import type { Rule } from "./types.ts";

/** Intune accepts device limits from 1 to 15 (reference §4, Learn S11). */
export const INTUNE_MAX_LIMIT = 15;

export const enrollmentDeviceLimit: Rule = ({ evidence, minimumDeviceLimit }) => {
  const read = readConfigurations(evidence);
  if (read.kind === "absent") return notChecked("the enrollment restrictions");
  if (read.kind === "failed") return errorOutcome(read.failure);

  const limits = read.items.filter((i) => isType(i, "deviceEnrollmentLimitConfiguration") || (num(i, "limit") !== null && hasIdSuffix(i, "_DefaultLimit")));
  const defaultPolicy = limits.find((i) => hasIdSuffix(i, "_DefaultLimit"));
  const limit = defaultPolicy ? num(defaultPolicy, "limit") : null;
  if (!defaultPolicy || limit === null) {
    return errorOutcome({ cause: "unexpected-response", reason: "The default device limit restriction was not found; Intune may not be set up in this tenant yet.", details: [] });
  }

  const custom = limits.filter((i) => i !== defaultPolicy);
  const customLines = custom.map((i) => {
    const value = num(i, "limit");
    const low = minimumDeviceLimit !== null && value !== null && value < minimumDeviceLimit ? `, below the ${minimumDeviceLimit} devices per user your strategy needs` : "";
    return `Custom limit ${policyName(i)}: ${value ?? "unknown"} device(s)${isAssigned(i) ? "" : ", not assigned"}${low}.`;
  });
  const details = [`Default limit: ${limit} device(s) per user.`, ...(customLines.length ? customLines : ["No custom device limit restrictions."])];

  if (minimumDeviceLimit === null) {
    if (limit < 1) return { verdict: "advisory", reason: `The default device limit is ${limit}: no user can enroll a device.`, details };
    return { verdict: "ready", reason: `The default device limit is ${limit} per user.`, details: [...details, "Set your devices per user in the strategy step to compare the limit against your plan."] };
  }
  const needed = `your strategy has each user enroll ${minimumDeviceLimit} device(s)`;
  const ceiling = minimumDeviceLimit > INTUNE_MAX_LIMIT ? [`Intune allows at most ${INTUNE_MAX_LIMIT} devices per user.`] : [];
  if (limit < minimumDeviceLimit) {
    return { verdict: "advisory", reason: `The default device limit is ${limit}, but ${needed}.`, details: [...details, ...ceiling] };
  }
  const lowCustom = custom.filter((i) => isAssigned(i) && (num(i, "limit") ?? Infinity) < minimumDeviceLimit);
  if (lowCustom.length) {
    return { verdict: "advisory", reason: `The default limit of ${limit} is enough, but ${lowCustom.length} assigned custom limit(s) allow fewer devices than ${needed}.`, details };
  }
  return { verdict: "ready", reason: `The default device limit is ${limit}, enough for ${minimumDeviceLimit} device(s) per user.`, details };
};
