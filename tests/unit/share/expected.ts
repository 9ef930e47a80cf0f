import type { ItemId, TenantItemId } from "../../../src/domain/catalog/ids.ts";
import { EMPTY_ITEM, type ItemProgress, type Progress } from "../../../src/domain/progress/model.ts";
import type { Decisions } from "../../../src/domain/strategy/schema.ts";
import type { VerificationRecord } from "../../../src/domain/verification/types.ts";

// What a link is documented to carry, written independently of the codec: the property tests compare against it.

/** Links keep timestamps to the second. */
export const toSecond = (iso: string) => (iso === "" ? "" : new Date(Math.floor(Date.parse(iso) / 1000) * 1000).toISOString());

const isDefaultItem = (item: ItemProgress) =>
  item.updatedAt === "" && (Object.keys(EMPTY_ITEM) as (keyof typeof EMPTY_ITEM)[]).every((f) => item[f] === EMPTY_ITEM[f]);

export function expectedAfterLink(progress: Progress, includeVerificationDetails: boolean): Progress {
  const items: Partial<Record<ItemId, ItemProgress>> = {};
  for (const [id, item] of Object.entries(progress.items) as [ItemId, ItemProgress][]) {
    if (!isDefaultItem(item)) items[id] = { ...item, updatedAt: toSecond(item.updatedAt) };
  }
  const decisions: Decisions = {};
  for (const [key, decided] of Object.entries(progress.decisions)) {
    (decisions as Record<string, unknown>)[key] = { value: decided.value, decidedAt: toSecond(decided.decidedAt) };
  }
  const verification: Partial<Record<TenantItemId, VerificationRecord>> = {};
  for (const [id, record] of Object.entries(progress.verification) as [TenantItemId, VerificationRecord][]) {
    const { scenario, detailsLeftOut: _leftOut, ...rest } = record;
    verification[id] = includeVerificationDetails
      ? { ...rest, ...(scenario !== undefined ? { scenario } : {}), checkedAt: toSecond(record.checkedAt) }
      : { ...rest, reason: "", details: [], renewals: [], checkedAt: toSecond(record.checkedAt), detailsLeftOut: true };
  }
  const expected: Progress = {
    items,
    decisions,
    verification,
    meta: { ...progress.meta, tenantName: includeVerificationDetails ? progress.meta.tenantName : "" },
    updatedAt: toSecond(progress.updatedAt),
  };
  return expected;
}
