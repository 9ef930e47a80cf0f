import { ITEM_IDS, isVerifiableItemId, type ItemId } from "../catalog/ids.ts";
import { itemContradictsDone } from "../verification/contradictions.ts";
import { itemProgress, type ItemStatus, type Progress } from "../progress/model.ts";
import { applicabilityOf, type Applicability } from "./applicability.ts";

/** The words wherever it shows: the item card, the summary, the printout and the Markdown export. */
export const SET_ASIDE_TEXT = "Required for your strategy, but marked not applicable: it no longer counts toward readiness.";

/**
 * "Not applicable" takes an item out of the readiness figure (see completion). For an item the strategy requires, that
 * raises the percentage without the work being done, so it is called out rather than trusted silently.
 */
export function isSetAside(status: ItemStatus, applicability: Pick<Applicability, "level">): boolean {
  return status === "not-applicable" && applicability.level === "required";
}

export function setAsideItems(progress: Progress): ItemId[] {
  return ITEM_IDS.filter((id) => isSetAside(itemProgress(progress, id).status, applicabilityOf(id, progress.decisions)));
}

/** Why an item that looks finished still belongs among the open items, as a clause after its status; "" if it does not. */
export function openItemCaveat(progress: Progress, id: ItemId): string {
  const status = itemProgress(progress, id).status;
  if (isVerifiableItemId(id) && itemContradictsDone(progress, id)) return ", but the last check found it not ready";
  if (isSetAside(status, applicabilityOf(id, progress.decisions))) return ", though your strategy requires it";
  return "";
}
