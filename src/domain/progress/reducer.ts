import type { ItemId, VerifiableItemId } from "../catalog/ids.ts";
import type { DecisionKey } from "../catalog/types.ts";
import type { DecisionValues } from "../strategy/schema.ts";
import type { VerificationRecord } from "../verification/types.ts";
import { DECISION_ITEMS } from "./decision-items.ts";
import { jsonEqual } from "./equal.ts";
import { overwriteProgress, writeFields } from "./merge.ts";
import { writeItemFields } from "./write-item.ts";
import { emptyProgress, itemProgress } from "./model.ts";
import type { ItemProgress, ItemStatus, Progress, ProgressMeta } from "./model.ts";

export { DECISION_ITEMS };

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
  /** "Start over": every field written empty at `at`, so other tabs' older copies cannot bring any of it back. */
  | { type: "start-over"; at: string }
  /** Makes `progress` the whole progress as of `at` (Replace, restoring a kept copy, undo). */
  | { type: "replace"; progress: Progress; at: string };

type Write = readonly [string, unknown];

/**
 * Pure; every action is a set of field writes at `at` (see fields.ts), and returns `state` itself when it changes
 * nothing, so React can skip the render and the save.
 */
export function progressReducer(state: Progress, action: ProgressAction): Progress {
  switch (action.type) {
    case "item/update":
      return writeItemFields(state, action.id, itemWrites(state, action.id, action.patch), action.at);
    case "decision/save":
      return saveDecision(state, action);
    case "meta/update": {
      const writes = Object.entries(action.patch)
        .filter(([key, value]) => value !== undefined && value !== (state.meta as Record<string, unknown>)[key])
        .map(([key, value]): Write => [`meta/${key}`, value]);
      return writeFields(state, writes, action.at);
    }
    case "verification/record": {
      const writes = Object.entries(action.records)
        .filter(([id, record]) => record !== undefined && !jsonEqual(record, state.verification[id as VerifiableItemId]))
        .map(([id, record]): Write => [`verification/${id}`, record]);
      return writeFields(state, writes, action.at);
    }
    case "verification/clear":
      return writeFields(state, Object.keys(state.verification).map((id): Write => [`verification/${id}`, undefined]), action.at);
    case "start-over":
      return overwriteProgress(state, emptyProgress(), action.at);
    case "replace":
      return overwriteProgress(state, action.progress, action.at);
  }
}

function itemWrites(state: Progress, id: ItemId, patch: Partial<Omit<ItemProgress, "updatedAt">>): Write[] {
  const current = itemProgress(state, id) as Record<string, unknown>;
  return Object.entries(patch)
    .filter(([field, value]) => value !== undefined && !Object.is(value, current[field]))
    .map(([field, value]): Write => [`items/${id}/${field}`, value]);
}

function saveDecision<K extends DecisionKey>(state: Progress, { key, value, at }: DecisionSave<K>): Progress {
  const existing = state.decisions[key];
  const writes: Write[] = [];
  if (existing === undefined || !jsonEqual(existing.value, value)) writes.push([`decisions/${key}`, { value, decidedAt: at }]);
  const itemId = DECISION_ITEMS[key];
  if (OPEN_STATUSES.includes(itemProgress(state, itemId).status)) writes.push(...itemWrites(state, itemId, { status: "done" }));
  return writeFields(state, writes, at);
}
