import { fetchSpec } from "../errors.ts";
import { bool, list, nonEmpty, singleton, text } from "../json.ts";
import { errorOutcome, notChecked, specOf } from "./outcome.ts";
import type { Rule } from "./types.ts";

const WINDOWS_NOTE =
  "Microsoft documents this policy for automatic MDM enrollment of Windows devices when they join or register with Microsoft Entra; it does not gate Company Portal or Automated Device Enrollment of Macs. The macOS admin guide still asks for All, so it is reported here.";

export const mdmUserScope: Rule = ({ evidence }) => {
  const fetched = fetchSpec(evidence, specOf("mdmPolicy"));
  if (fetched.kind === "absent") return notChecked("the MDM user scope policy");
  if (fetched.kind === "failed") return errorOutcome(fetched.failure);
  if (fetched.kind === "not-found") {
    return {
      verdict: "advisory",
      reason: "The Microsoft Intune MDM user scope policy was not found (Graph answered 404). It governs Windows automatic enrollment, not Macs; review it if you also manage Windows.",
      details: [WINDOWS_NOTE],
    };
  }
  const policy = singleton(fetched.body);
  const appliesTo = (text(policy, "appliesTo") ?? "").toLowerCase();
  const invalid = bool(policy, "isValid") === false
    ? ["Entra marks this policy as invalid: it cannot be updated and should be deleted and recreated."]
    : [];

  if (appliesTo === "all") {
    return invalid.length
      ? { verdict: "advisory", reason: "MDM user scope is All, but Entra marks the policy as invalid.", details: [...invalid, WINDOWS_NOTE] }
      : { verdict: "ready", reason: "MDM user scope is All.", details: [WINDOWS_NOTE] };
  }
  if (appliesTo === "selected") {
    const groups = (list(policy, "includedGroups") ?? []).map((g) => nonEmpty(g, "displayName") ?? nonEmpty(g, "id") ?? "unnamed group");
    const named = groups.length ? groups.join(", ") : "no groups listed";
    return {
      verdict: "advisory",
      reason: `MDM user scope is Some: only members of ${named} are in scope.`,
      details: [`Groups in scope: ${named}.`, ...invalid, WINDOWS_NOTE],
    };
  }
  if (appliesTo === "none") {
    return {
      verdict: "advisory",
      reason: "MDM user scope is None. It governs Windows automatic enrollment, not Macs: change it only as part of your Windows plans.",
      details: ["Mac enrollment through Company Portal or Automated Device Enrollment does not depend on this setting; setting it to All turns on automatic MDM enrollment for every Windows device that joins or registers with Microsoft Entra.", ...invalid, WINDOWS_NOTE],
    };
  }
  return errorOutcome({
    cause: "unexpected-response",
    reason: `The MDM user scope has a value this app does not know (${appliesTo ? `"${appliesTo}"` : "none given"}).`,
    details: [],
  });
};
