import { VERIFIABLE_ITEM_IDS, type VerifiableItemId } from "../catalog/ids.ts";
import { itemProgress, type ItemStatus, type Progress } from "../progress/model.ts";
import { strategyChanged } from "./judged-under.ts";
import type { VerificationRecord } from "./types.ts";

/** The words wherever it shows: the item card, the summary, the printout and the Markdown export. */
export const CONTRADICTION_TEXT = "Marked done, but the last check found it not ready.";

/**
 * The admin says the item is done, but the last check of the real tenant (live or from an evidence file) found it not
 * ready. A sponsor signing the summary must see that. Demo results say nothing about the tenant, and a check that
 * could not run ("error") or only advises contradicts nothing.
 */
export function contradictsDone(status: ItemStatus, record: VerificationRecord | undefined): boolean {
  return status === "done" && record !== undefined && record.source !== "demo" && record.verdict === "not-ready";
}

/** contradictsDone for an item of the progress, where a verdict judged under a since-changed strategy disputes nothing. */
export function itemContradictsDone(progress: Pick<Progress, "items" | "verification" | "decisions">, id: VerifiableItemId): boolean {
  const record = progress.verification[id];
  return (
    contradictsDone(itemProgress(progress as Progress, id).status, record) &&
    record !== undefined &&
    !strategyChanged(id, record, progress.decisions)
  );
}

export function contradictedItems(progress: Progress): VerifiableItemId[] {
  return VERIFIABLE_ITEM_IDS.filter((id) => itemContradictsDone(progress, id));
}
