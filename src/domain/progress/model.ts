import type { ItemId, VerifiableItemId } from "../catalog/ids.ts";
import type { Decisions } from "../strategy/schema.ts";
import type { VerificationRecord } from "../verification/types.ts";

export const ITEM_STATUSES = ["todo", "in-progress", "blocked", "done", "not-applicable"] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export type ItemProgress = {
  status: ItemStatus;
  owner: string;
  /** YYYY-MM-DD or "" */
  dueDate: string;
  notes: string;
  /** http(s) URL or "" */
  evidenceUrl: string;
  /**
   * Optional, added without a format version: what blocks the item and who can unblock it, asked for when it is marked
   * Blocked. Kept when the status changes so the reason is not lost if it is blocked again.
   */
  blockedReason?: string;
  /** ISO timestamp of the last edit, used to merge (newer wins). */
  updatedAt: string;
};

export type ProgressMeta = {
  organization: string;
  tenantName: string;
  preparedBy: string;
  /**
   * Optional, added without a format version: the organization already manages iPhones or iPads with Intune, so the
   * APNs certificate (and its Apple Account) exists and Apple Business Manager may already be connected.
   */
  managesIosDevices?: boolean;
};

/**
 * Everything the user has recorded. Items absent from `items` hold only defaults (status "todo", nothing filled in):
 * never touched, or reset, the times of the reset then being in `clock` (fields.ts gives every item one form).
 */
export type Progress = {
  items: Partial<Record<ItemId, ItemProgress>>;
  decisions: Decisions;
  verification: Partial<Record<VerifiableItemId, VerificationRecord>>;
  meta: ProgressMeta;
  updatedAt: string;
  /**
   * When each field was last written (see fields.ts for the paths), where that differs from the time its record
   * carries; a path with a time but no value is a removal. Merging keeps, per field, the later write.
   */
  clock?: Clock;
};

/** Field path ("items/<id>/<field>", "decisions/<key>", "verification/<id>", "meta/<field>") → ISO time written. */
export type Clock = Partial<Record<string, string>>;

/**
 * Progress as another copy may carry it: a share link leaves out item fields and meta it does not mention, and a
 * merge must leave the local values of those alone.
 */
export type IncomingProgress = Omit<Progress, "items" | "meta"> & {
  items: Partial<Record<ItemId, Partial<ItemProgress>>>;
  meta: Partial<ProgressMeta>;
};

export const EMPTY_ITEM: Omit<ItemProgress, "updatedAt"> = {
  status: "todo",
  owner: "",
  dueDate: "",
  notes: "",
  evidenceUrl: "",
};

/** The meta fields every copy has, empty until the admin fills them in. */
export const EMPTY_META: Readonly<Pick<ProgressMeta, "organization" | "tenantName" | "preparedBy">> = {
  organization: "",
  tenantName: "",
  preparedBy: "",
};

export function emptyProgress(): Progress {
  return {
    items: {},
    decisions: {},
    verification: {},
    meta: { ...EMPTY_META },
    updatedAt: "",
  };
}

/** Whether a record holds anything but its defaults (a field a default does not cover always counts). */
const holdsSomething = (record: object, defaults: object) =>
  Object.entries(record).some(([field, value]) => field !== "updatedAt" && value !== undefined && value !== (defaults as Record<string, unknown>)[field]);

/**
 * Whether anything was recorded at all: an empty checklist is not worth keeping a copy of, and replacing it loses
 * nothing. An item that holds only defaults (touched, then reset) is nothing, as it is to a merge (fields.ts).
 */
export function hasContent(progress: Progress): boolean {
  return (
    Object.values(progress.items).some((item) => item !== undefined && holdsSomething(item, EMPTY_ITEM)) ||
    Object.keys(progress.decisions).length > 0 ||
    Object.keys(progress.verification).length > 0 ||
    holdsSomething(progress.meta, EMPTY_META)
  );
}

export function itemProgress(progress: Progress, id: ItemId): ItemProgress {
  return progress.items[id] ?? { ...EMPTY_ITEM, updatedAt: "" };
}
