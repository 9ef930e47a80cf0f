import { POLICIES_ITEM_IDS, SETUP_ITEM_IDS, type PoliciesItemId, type SetupItemId, type VerifiableItemId } from "../catalog/ids.ts";
import type { DecisionKey } from "../catalog/types.ts";
import { fingerprint } from "../fingerprint.ts";
import type { DecisionValues, Decisions } from "../strategy/schema.ts";
import { DEMO_DECISIONS } from "./demo-decisions.ts";
import type { VerificationRecord } from "./types.ts";

/** One answer of one strategy decision, e.g. "devices.ownership". */
export type DecisionPath = { [K in DecisionKey]: `${K}.${keyof DecisionValues[K] & string}` }[DecisionKey];

/**
 * The strategy answers each tenant check's verdict depends on. A result remembers a fingerprint of these answers;
 * when one of them changes, the old verdict is no longer shown ("strategy changed since this check"). The property
 * test in tests/unit/results/judged-under.test.ts fails when a rule starts reading an answer that is not listed here.
 * Listing one too many only costs an extra "check again".
 */
const ROLLOUT_ANSWERS = [
  "devices.ownership",
  "devices.abmPurchase",
  "devices.perUser",
  "devices.adeEnrollment",
  "devices.corporateIdentifiers",
  "identities.appleId",
  "accountsSso.sso",
  "accountsSso.psso",
  "accountsSso.localAccount",
  "policies.areas",
  "policies.updateApproach",
  "policies.fileVaultTiming",
] as const satisfies readonly DecisionPath[];

export const RULE_DECISIONS: Record<VerifiableItemId, readonly DecisionPath[]> = {
  "mdm-user-scope": [],
  "intune-admin-role": [],
  // Free seats are judged against the expected number of Macs (issue 9 §2).
  "intune-license": ["devices.expectedMacs"],
  "enrollment-device-limit": ["devices.perUser"],
  "enrollment-platform-restrictions": ["devices.ownership", "devices.abmPurchase", "devices.corporateIdentifiers"],
  "apns-certificate": [],
  "ade-token": ["devices.ownership", "devices.abmPurchase"],
  "vpp-token": ["policies.appsAndBooks"],
  // The set-up and policies rules read the strategy through one shared reading (strategy/rollout.ts): every answer
  // that reading uses is listed, since one too many only costs an extra "check again".
  ...rolloutAnswers(),
};

function rolloutAnswers(): Record<SetupItemId | PoliciesItemId, readonly DecisionPath[]> {
  const out = {} as Record<SetupItemId | PoliciesItemId, readonly DecisionPath[]>;
  for (const id of [...SETUP_ITEM_IDS, ...POLICIES_ITEM_IDS]) out[id] = ROLLOUT_ANSWERS;
  return out;
}

const keyOf = (path: DecisionPath) => path.split(".")[0] as DecisionKey;

/** The decisions an item's verdict depends on, in DecisionKey order and without repeats. */
export function decisionsOf(item: VerifiableItemId): readonly DecisionKey[] {
  return [...new Set(RULE_DECISIONS[item].map(keyOf))];
}

/** JSON with sorted object keys, so the same answers always give the same text. */
function stable(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === "object" && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v,
    ) ?? "null"
  );
}

function answer(decisions: Decisions, path: DecisionPath): unknown {
  const [key, field] = path.split(".") as [DecisionKey, string];
  const value = decisions[key]?.value as Record<string, unknown> | undefined;
  // "Not decided" is an answer of its own: deciding later changes the fingerprint.
  return value === undefined ? "(undecided)" : (value[field] ?? null);
}

/**
 * Eight hex digits standing for the answers `item` depends on, or undefined for an item that depends on none (its
 * verdict can never go out of date with the strategy, so nothing needs remembering).
 */
export function strategyFingerprint(item: VerifiableItemId, decisions: Decisions): string | undefined {
  const paths: readonly DecisionPath[] = RULE_DECISIONS[item];
  if (paths.length === 0) return undefined;
  return fingerprint(paths.map((p) => `${p}=${stable(answer(decisions, p))}`).join("|"));
}

/** What a demo is judged under: the admin's own decisions where they exist, the sample strategy for the rest. */
export function demoDecisions(own: Decisions): Decisions {
  return { ...DEMO_DECISIONS, ...Object.fromEntries(Object.entries(own).filter(([, d]) => d !== undefined)) };
}

/** The sample decisions a demo result of `item` leans on, because the admin has not made them yet. */
export function sampleDecisionsFor(item: VerifiableItemId, own: Decisions): readonly DecisionKey[] {
  return decisionsOf(item).filter((key) => own[key] === undefined && DEMO_DECISIONS[key] !== undefined);
}

const time = (iso: string | undefined) => (iso === undefined ? Number.NaN : Date.parse(iso));

/**
 * Whether the strategy answers the verdict depends on differ from those it was judged under. A demo is compared
 * with what a demo would be judged under now. Records saved before fingerprints existed: a demo was judged under the
 * sample strategy; a real check counts as changed when one of its decisions was saved after the check.
 */
export function strategyChanged(item: VerifiableItemId, record: VerificationRecord, own: Decisions): boolean {
  if (RULE_DECISIONS[item].length === 0) return false;
  const now = strategyFingerprint(item, record.source === "demo" ? demoDecisions(own) : own);
  if (record.strategyFingerprint !== undefined) return record.strategyFingerprint !== now;
  if (record.source === "demo") return strategyFingerprint(item, DEMO_DECISIONS) !== now;
  const checked = time(record.checkedAt);
  return decisionsOf(item).some((key) => {
    const decided = time(own[key]?.decidedAt);
    return Number.isNaN(checked) || decided > checked;
  });
}
