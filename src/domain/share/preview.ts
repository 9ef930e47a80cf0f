import { catalogItem } from "../catalog/catalog.ts";
import type { ItemId, VerifiableItemId } from "../catalog/ids.ts";
import type { DecisionKey } from "../catalog/types.ts";
import { diffProgress, DECISION_KEYS } from "../progress/merge.ts";
import { EMPTY_ITEM, itemProgress, type ItemProgress, type ItemStatus, type Progress } from "../progress/model.ts";
import { DECISION_ITEMS } from "../progress/reducer.ts";
import { completion, type Completion } from "../rules/completion.ts";
import { describeDecision, type DecisionLine } from "../strategy/describe.ts";
import type { DecisionValues, Decisions } from "../strategy/schema.ts";
import type { Verdict } from "../verification/types.ts";

export type ItemField = Exclude<keyof ItemProgress, "updatedAt">;

export type ChangedItem = {
  id: ItemId;
  title: string;
  local: ItemStatus;
  incoming: ItemStatus;
  /** Which recorded fields differ, so "same status, new notes" is visible too. */
  fields: readonly ItemField[];
};

export type ChangedDecision = {
  key: DecisionKey;
  title: string;
  /** null: not decided on that side. */
  local: readonly DecisionLine[] | null;
  incoming: readonly DecisionLine[] | null;
};

export type ChangedVerification = { id: VerifiableItemId; title: string; local: Verdict | null; incoming: Verdict | null };

export type ImportPreview = {
  incomingCompletion: Completion;
  localCompletion: Completion;
  changedItems: readonly ChangedItem[];
  changedDecisions: readonly ChangedDecision[];
  changedVerification: readonly ChangedVerification[];
  /** Nothing recorded here yet: replacing loses nothing, so the dialog can say so. */
  localIsEmpty: boolean;
};

const ITEM_FIELDS = Object.keys(EMPTY_ITEM) as ItemField[];

function describe<K extends DecisionKey>(decisions: Decisions, key: K): readonly DecisionLine[] | null {
  const decided = decisions[key];
  return decided ? describeDecision(key, decided.value as DecisionValues[K]) : null;
}

export function isEmptyProgress(progress: Progress): boolean {
  const itemsUntouched = Object.values(progress.items).every((item) =>
    ITEM_FIELDS.every((field) => item === undefined || item[field] === EMPTY_ITEM[field]),
  );
  return (
    itemsUntouched &&
    Object.keys(progress.decisions).length === 0 &&
    Object.keys(progress.verification).length === 0 &&
    Object.values(progress.meta).every((value) => value === "")
  );
}

/**
 * What importing `incoming` would change, for the preview before Replace / Merge / Cancel. Completion is counted
 * with each side's own decisions unless `decisionsForCompletion` says otherwise (e.g. the merged decisions).
 */
export function buildImportPreview(local: Progress, incoming: Progress, decisionsForCompletion?: Decisions): ImportPreview {
  const diff = diffProgress(local, incoming);
  const changedItems = diff.items.map((id): ChangedItem => {
    const [l, i] = [itemProgress(local, id), itemProgress(incoming, id)];
    return {
      id,
      title: catalogItem(id).title,
      local: l.status,
      incoming: i.status,
      fields: ITEM_FIELDS.filter((field) => l[field] !== i[field]),
    };
  });
  const changedDecisions = DECISION_KEYS.filter((key) => diff.decisions.includes(key)).map(
    (key): ChangedDecision => ({
      key,
      title: catalogItem(DECISION_ITEMS[key]).title,
      local: describe(local.decisions, key),
      incoming: describe(incoming.decisions, key),
    }),
  );
  const changedVerification = diff.verification.map(
    (id): ChangedVerification => ({
      id,
      title: catalogItem(id).title,
      local: local.verification[id]?.verdict ?? null,
      incoming: incoming.verification[id]?.verdict ?? null,
    }),
  );
  return {
    incomingCompletion: completion(incoming, decisionsForCompletion ?? incoming.decisions),
    localCompletion: completion(local, decisionsForCompletion ?? local.decisions),
    changedItems,
    changedDecisions,
    changedVerification,
    localIsEmpty: isEmptyProgress(local),
  };
}
