import { STATUS_LABELS } from "../progress/labels.ts";
import type { ItemStatus } from "../progress/model.ts";
import type { ApplicabilityLevel } from "./applicability.ts";

export const NOT_NEEDED_LABEL = "Not needed";

/**
 * The status as a printout or export should state it: an item the strategy makes not needed reads "Not needed", not
 * "To do" (nobody has to do it); one that was done anyway still reads "Done".
 */
export function statusText(status: ItemStatus, level: ApplicabilityLevel | undefined): string {
  return level === "not-needed" && status !== "done" ? NOT_NEEDED_LABEL : STATUS_LABELS[status];
}
