import { catalogItem } from "../catalog/catalog.ts";
import { ITEM_IDS, isItemId, isVerifiableItemId } from "../catalog/ids.ts";
import type { DecisionKey } from "../catalog/types.ts";
import { clampFuture, mergeDifferences, mergeProgress, DECISION_KEYS } from "../progress/merge.ts";
import { EMPTY_ITEM, hasContent, type IncomingProgress, type Progress } from "../progress/model.ts";
import { DECISION_ITEMS } from "../progress/decision-items.ts";
import { completion, type Completion } from "../rules/completion.ts";

/** One real difference, in checklist order, with the side a merge keeps. Values are raw; the dialog words them. */
export type ChangeRow = {
  path: string;
  kind: "item" | "decision" | "verification" | "meta";
  /** The checklist item's title, or the meta field's name. */
  title: string;
  /** The item field ("status", "notes", or any field added later) or meta field; "" for decisions and checks. */
  field: string;
  local: unknown;
  incoming: unknown;
  winner: "local" | "incoming";
  because: "newer" | "complete" | "same-time";
};

export type ImportPreview = {
  /** Exactly what Merge stores: the preview rows are read from it. */
  merged: Progress;
  /** What Merge merges in: the incoming fields it mentions, future times clamped. */
  incomingForMerge: IncomingProgress;
  /** Exactly what Replace stores (before it is stamped with the time of the choice). */
  replacement: Progress;
  incomingCompletion: Completion;
  localCompletion: Completion;
  mergedCompletion: Completion;
  changes: readonly ChangeRow[];
  /** Imported times after now (+ a few minutes) set to now. */
  clampedTimes: number;
  /** Nothing recorded here yet: replacing loses nothing, so the dialog can say so. */
  localIsEmpty: boolean;
};

const ITEM_FIELDS = Object.keys(EMPTY_ITEM);
const META_TITLES: Record<string, string> = { organization: "Organization", tenantName: "Tenant name", preparedBy: "Prepared by" };

/** Nothing recorded here (the one definition the session also uses to skip keeping a copy). */
export function isEmptyProgress(progress: Progress): boolean {
  return !hasContent(progress);
}

function describeRow(path: string): Pick<ChangeRow, "kind" | "title" | "field"> | null {
  const [section, key = "", field = ""] = path.split("/");
  if (section === "items" && isItemId(key)) return { kind: "item", title: catalogItem(key).title, field };
  if (section === "decisions" && key in DECISION_ITEMS) {
    return { kind: "decision", title: catalogItem(DECISION_ITEMS[key as DecisionKey]).title, field: "" };
  }
  if (section === "verification" && isVerifiableItemId(key)) return { kind: "verification", title: catalogItem(key).title, field: "" };
  if (section === "meta") return { kind: "meta", title: META_TITLES[key] ?? key, field: key };
  return null;
}

/** Checklist order: items and checks by catalog position, decisions by form order, meta first. */
function order(row: ChangeRow): [number, number, number] {
  const [section, key = ""] = row.path.split("/");
  const kind = ["meta", "decisions", "items", "verification"].indexOf(section ?? "");
  const itemIndex = isItemId(key) ? ITEM_IDS.indexOf(key) : DECISION_KEYS.indexOf(key as DecisionKey);
  const fieldIndex = ITEM_FIELDS.includes(row.field) ? ITEM_FIELDS.indexOf(row.field) : ITEM_FIELDS.length;
  return [kind, itemIndex, fieldIndex];
}

/**
 * What importing would do, computed from the merge itself: `merged` is stored as is by Merge, and every row is a
 * field whose value differs on the two sides, with the side the merge kept. `incoming.mentioned` is what a link
 * carries (fields it leaves out are not differences and are never touched); a backup mentions everything.
 */
export function buildImportPreview(local: Progress, incoming: { progress: Progress; mentioned?: IncomingProgress }, now: Date): ImportPreview {
  const clampedFull = clampFuture(incoming.progress, now);
  const clampedMentioned = clampFuture(incoming.mentioned ?? incoming.progress, now);
  const merged = mergeProgress(local, clampedMentioned.progress);
  const changes = mergeDifferences(local, clampedMentioned.progress, merged)
    .flatMap((difference): ChangeRow[] => {
      const described = describeRow(difference.path);
      return described ? [{ ...difference, ...described }] : [];
    })
    .sort((a, b) => {
      const [x, y] = [order(a), order(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    });
  return {
    merged,
    incomingForMerge: clampedMentioned.progress,
    replacement: clampedFull.progress,
    incomingCompletion: completion(clampedFull.progress),
    localCompletion: completion(local),
    mergedCompletion: completion(merged),
    changes,
    clampedTimes: clampedMentioned.clamped,
    localIsEmpty: isEmptyProgress(local),
  };
}
