import { fetchSpec } from "../errors.ts";
import { collection, field, list, nonEmpty, num, type JsonObject } from "../json.ts";
import { errorOutcome, notChecked, specOf } from "./outcome.ts";
import type { Rule } from "./types.ts";

/**
 * Service plans that carry Intune Plan 1 (reference §3: Entra licensing reference and Maester). Matched by name or id,
 * because the plan decides, not the SKU.
 */
export const INTUNE_PLAN_1: Readonly<Record<string, string>> = {
  INTUNE_A: "c1ec4a95-1f05-45b3-a911-aa3fa01094f5",
  INTUNE_EDU: "da24caf9-af8e-485c-b7c8-e73336da2693",
  INTUNE_SMBIZ: "8e9ff0ff-aa7a-4b20-83c1-2f636b600ac2",
  INTUNE_A_GOV: "d216f254-796f-4dab-bbfa-710686e646b9",
  INTUNE_A_VL: "3e170737-c728-4eae-bbb9-3f3360f7184c",
  INTUNE_A_D: "2b317a4a-77a6-4188-9437-b68a77b4e2c6",
  INTUNE_A_D_GOV: "2c21e77a-e0d6-4570-b38a-7ff2dc17d2ca",
  INTUNE_A_VL_USGOV_GCCHIGH: "b4288abe-01be-47d9-ad20-311d6e83fc24",
  INTUNE_SMB: "e6025b08-2fa5-4313-bd0a-7e5ffca32958",
};
/** Basic Mobility and Security: looks like Intune, is not Intune Plan 1. */
export const INTUNE_O365 = { name: "INTUNE_O365", id: "882e1d05-acd1-4ccb-8708-6ee03664b117" } as const;

const PLAN_NAMES = new Set(Object.keys(INTUNE_PLAN_1));
const PLAN_IDS = new Set(Object.values(INTUNE_PLAN_1));
const PENDING = new Set(["pendinginput", "pendingactivation", "pendingprovisioning"]);

/** `free` is null when the SKU does not report its prepaid or consumed units: the seats are then unknown. */
type IntuneSku = { name: string; capability: string; provisioning: string; free: number | null };

const provisioningOf = (plan: JsonObject) => (nonEmpty(plan, "provisioningStatus") ?? "").toLowerCase();

/**
 * The SKU's Intune Plan 1 service plan. A SKU can carry more than one (Business Premium has INTUNE_A next to
 * INTUNE_SMBIZ, reference §3), so the best-provisioned one decides: Success, then pending, then any.
 */
function intunePlan(sku: JsonObject): JsonObject | undefined {
  const plans = (list(sku, "servicePlans") ?? []).filter((p): p is JsonObject => {
    const name = (nonEmpty(p, "servicePlanName") ?? "").toUpperCase();
    const id = (nonEmpty(p, "servicePlanId") ?? "").toLowerCase();
    return PLAN_NAMES.has(name) || PLAN_IDS.has(id);
  });
  return plans.find((p) => provisioningOf(p) === "success") ?? plans.find((p) => PENDING.has(provisioningOf(p))) ?? plans[0];
}

function carriesO365Only(sku: JsonObject): boolean {
  return (list(sku, "servicePlans") ?? []).some((p) => (nonEmpty(p, "servicePlanName") ?? "").toUpperCase() === INTUNE_O365.name || (nonEmpty(p, "servicePlanId") ?? "").toLowerCase() === INTUNE_O365.id);
}

export const intuneLicense: Rule = ({ evidence, requires }) => {
  const expectedMacs = requires.expectedMacs;
  const fetched = fetchSpec(evidence, specOf("subscribedSkus"));
  if (fetched.kind === "absent") return notChecked("the tenant's subscriptions");
  if (fetched.kind === "failed") return errorOutcome(fetched.failure);
  const skus = fetched.kind === "ok" ? collection(fetched.body) : null;
  if (!skus) return errorOutcome({ cause: "unexpected-response", reason: "Microsoft Graph did not return a list of subscriptions.", details: [] });

  const intune: IntuneSku[] = skus.flatMap((sku) => {
    const plan = intunePlan(sku);
    if (!plan) return [];
    const enabled = num(field(sku, "prepaidUnits"), "enabled");
    const consumed = num(sku, "consumedUnits");
    return [{
      name: nonEmpty(sku, "skuPartNumber") ?? nonEmpty(sku, "skuId") ?? "unnamed SKU",
      capability: (nonEmpty(sku, "capabilityStatus") ?? "").toLowerCase(),
      provisioning: provisioningOf(plan),
      free: enabled === null || consumed === null ? null : enabled - consumed,
    }];
  });
  const seats = (s: IntuneSku) => (s.free === null ? "seat count not reported" : `${Math.max(s.free, 0)} seat(s) free`);
  const details = intune.map((s) => `${s.name}: ${s.capability || "unknown status"}, Intune plan ${s.provisioning || "unknown"}, ${seats(s)}.`);
  const o365Only = skus.filter((s) => !intunePlan(s) && carriesO365Only(s)).map((s) => nonEmpty(s, "skuPartNumber") ?? "unnamed SKU");
  if (o365Only.length) details.push(`${o365Only.join(", ")} carry only Basic Mobility and Security (INTUNE_O365), which is not Intune Plan 1.`);

  const good = intune.filter((s) => s.capability === "enabled" && s.provisioning === "success");
  const free = good.reduce((sum, s) => sum + (s.free ?? 0), 0);
  const names = (from: readonly IntuneSku[]) => [...new Set(from.map((s) => s.name))].join(", ");
  const unknownSeats = good.filter((s) => s.free === null);
  // What the read proves: the tenant owns seats of a product with Intune Plan 1. It cannot show who is assigned one,
  // and a Mac user may already hold a seat, so the expected Macs are compared with the free seats as an upper bound.
  const owned = `The tenant owns Intune Plan 1 through ${names(good)}`;
  const assignNote = "This shows the seats the tenant owns, not which users are assigned one: assign a licence to every user who enrolls a Mac.";
  if (unknownSeats.length) {
    return { verdict: "advisory", reason: `${owned}, but ${names(unknownSeats)} did not report its seat counts, so free seats could not be checked.`, details: [...details, assignNote] };
  }
  if (good.length && free > 0) {
    if (expectedMacs === null) {
      return { verdict: "ready", reason: `${owned}, with ${free} seat(s) free.`, details: [...details, assignNote, "Set the expected number of Macs in the strategy step to compare it with the free seats."] };
    }
    return free >= expectedMacs
      ? { verdict: "ready", reason: `${owned}, with ${free} seat(s) free: enough for the ${expectedMacs} Mac(s) you expect, even if every Mac user still needs one.`, details: [...details, assignNote] }
      : { verdict: "advisory", reason: `${owned}, with ${free} seat(s) free: fewer than the ${expectedMacs} Mac(s) you expect, enough only if most Mac users already hold a licence.`, details: [...details, assignNote] };
  }
  if (good.length) return { verdict: "advisory", reason: `${owned}, but no seats are free.`, details: [...details, assignNote] };

  const warning = intune.filter((s) => s.capability === "warning" && s.provisioning === "success");
  if (warning.length) return { verdict: "advisory", reason: `Intune Plan 1 is only in ${names(warning)}, a subscription in its grace period (Warning): renew it.`, details };
  const pending = intune.filter((s) => s.capability === "enabled" && PENDING.has(s.provisioning));
  if (pending.length) return { verdict: "advisory", reason: `Intune Plan 1 in ${names(pending)} is still being provisioned.`, details };
  return {
    verdict: "not-ready",
    reason: o365Only.length
      ? "No active subscription includes Intune Plan 1; Basic Mobility and Security (INTUNE_O365) is not Intune Plan 1."
      : "No active subscription includes Intune Plan 1.",
    details,
  };
};
