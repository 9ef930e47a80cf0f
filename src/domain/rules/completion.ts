import { CHECKLIST_STEP_IDS, ITEM_IDS, stepOfItem, type ChecklistStepId, type ItemId } from "../catalog/ids.ts";
import { itemProgress, type Progress } from "../progress/model.ts";
import type { Decisions } from "../strategy/schema.ts";
import { applicabilityOf } from "./applicability.ts";

export type Tally = { done: number; total: number };

export type Completion = {
  overall: Tally & { percent: number };
  steps: Record<ChecklistStepId, Tally>;
  /** The items that count towards readiness, in checklist order. */
  counted: readonly ItemId[];
};

/**
 * Readiness counts only what applies: items the strategy makes not needed, and items the admin marked not applicable,
 * drop out of both numerator and denominator so they never hold the percentage down.
 */
export function completion(progress: Progress, decisions: Decisions = progress.decisions): Completion {
  const steps = Object.fromEntries(CHECKLIST_STEP_IDS.map((step) => [step, { done: 0, total: 0 }])) as Record<
    ChecklistStepId,
    Tally
  >;
  const counted: ItemId[] = [];
  let done = 0;

  for (const id of ITEM_IDS) {
    const status = itemProgress(progress, id).status;
    if (status === "not-applicable" || applicabilityOf(id, decisions).level === "not-needed") continue;
    counted.push(id);
    const tally = steps[stepOfItem(id)];
    tally.total += 1;
    if (status === "done") {
      tally.done += 1;
      done += 1;
    }
  }

  const total = counted.length;
  return {
    overall: { done, total, percent: total === 0 ? 0 : Math.floor((done * 100) / total) },
    steps,
    counted,
  };
}
