import type { ItemId, StrategyItemId, VerifiableItemId } from "../catalog/ids.ts";
import type { DecisionKey } from "../catalog/types.ts";
import type { DecisionValues, Decisions } from "../strategy/schema.ts";
import type { VerificationRecord } from "../verification/types.ts";
import { jsonEqual } from "./equal.ts";
import { emptyProgress, itemProgress } from "./model.ts";
import type { ItemProgress, ItemStatus, Progress, ProgressMeta } from "./model.ts";

/** The strategy checklist item each decision form completes. */
export const DECISION_ITEMS = {
  devices: "strategy-devices",
  identities: "strategy-identities",
  accountsSso: "strategy-accounts-sso",
  policies: "strategy-policies",
} as const satisfies Record<DecisionKey, StrategyItemId>;

/** Saving a decision finishes its item unless the admin already settled it (done, or not applicable). */
const OPEN_STATUSES: readonly ItemStatus[] = ["todo", "in-progress", "blocked"];

type DecisionSave<K extends DecisionKey> = { type: "decision/save"; key: K; value: DecisionValues[K]; at: string };

/** `at` is the ISO time of the user's action; the reducer never reads the clock. */
export type ProgressAction =
  | { type: "item/update"; id: ItemId; patch: Partial<Omit<ItemProgress, "updatedAt">>; at: string }
  | { [K in DecisionKey]: DecisionSave<K> }[DecisionKey]
  | { type: "meta/update"; patch: Partial<ProgressMeta>; at: string }
  | { type: "verification/record"; records: Partial<Record<VerifiableItemId, VerificationRecord>>; at: string }
  | { type: "verification/clear"; at: string }
  /** "Start over": an empty checklist that other tabs' older copies cannot bring back. */
  | { type: "start-over"; at: string }
  /**
   * Swaps in another progress as is (e.g. the result of merging another tab's save). With `at` it also begins a new
   * run, so it wins over copies held elsewhere: use that for undoing "Start over" and for a replacing import.
   */
  | { type: "replace"; progress: Progress; at?: string };

/** Pure; returns `state` itself when the action changes nothing, so React can skip the render and the save. */
export function progressReducer(state: Progress, action: ProgressAction): Progress {
  switch (action.type) {
    case "item/update":
      return updateItem(state, action.id, action.patch, action.at);
    case "decision/save":
      return saveDecision(state, action);
    case "meta/update": {
      const meta = applyPatch(state.meta, action.patch);
      return meta === state.meta ? state : { ...state, meta, updatedAt: action.at };
    }
    case "verification/record":
      return recordVerification(state, action.records, action.at);
    case "verification/clear":
      if (Object.keys(state.verification).length === 0) return state;
      return { ...state, verification: {}, verificationClearedAt: action.at, updatedAt: action.at };
    case "start-over":
      return { ...emptyProgress(), startedAt: action.at, updatedAt: action.at };
    case "replace":
      if (action.at === undefined) return action.progress;
      return { ...action.progress, startedAt: action.at, updatedAt: action.at };
  }
}

/** Returns `base` itself when every defined field of `patch` already has that value. */
function applyPatch<T extends object>(base: T, patch: Partial<T>): T {
  let next = base;
  for (const key of Object.keys(patch) as (keyof T)[]) {
    const value = patch[key];
    if (value === undefined || Object.is(value, base[key])) continue;
    if (next === base) next = { ...base };
    next[key] = value as T[keyof T];
  }
  return next;
}

function updateItem(state: Progress, id: ItemId, patch: Partial<Omit<ItemProgress, "updatedAt">>, at: string): Progress {
  const current = itemProgress(state, id);
  const next = applyPatch(current, patch);
  if (next === current) return state;
  return { ...state, items: { ...state.items, [id]: { ...next, updatedAt: at } }, updatedAt: at };
}

function saveDecision<K extends DecisionKey>(state: Progress, { key, value, at }: DecisionSave<K>): Progress {
  const existing = state.decisions[key];
  const valueChanged = existing === undefined || !jsonEqual(existing.value, value);
  const itemId = DECISION_ITEMS[key];
  const finishesItem = OPEN_STATUSES.includes(itemProgress(state, itemId).status);
  if (!valueChanged && !finishesItem) return state;
  let next = state;
  if (valueChanged) {
    const decisions: Decisions = { ...state.decisions };
    // TS cannot see through the mapped type for a generic key; `value` is DecisionValues[K] by the action's type.
    decisions[key] = { value, decidedAt: at } as Decisions[K];
    next = { ...next, decisions, updatedAt: at };
  }
  return finishesItem ? updateItem(next, itemId, { status: "done" }, at) : next;
}

function recordVerification(
  state: Progress,
  records: Partial<Record<VerifiableItemId, VerificationRecord>>,
  at: string,
): Progress {
  let verification = state.verification;
  for (const [id, record] of Object.entries(records) as [VerifiableItemId, VerificationRecord | undefined][]) {
    if (record === undefined || jsonEqual(record, verification[id])) continue;
    if (verification === state.verification) verification = { ...state.verification };
    verification[id] = record;
  }
  return verification === state.verification ? state : { ...state, verification, updatedAt: at };
}
