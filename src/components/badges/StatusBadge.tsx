import type { ItemStatus } from "../../domain/progress/model.ts";
import type { Verdict } from "../../domain/verification/types.ts";
import { STATUS_LABELS, STATUS_TONES, VERDICT_LABELS, VERDICT_TONES } from "./badge-tables.ts";
import { ToneBadge } from "./ToneBadge.tsx";

export function StatusBadge({ status }: { status: ItemStatus }) {
  return <ToneBadge tone={STATUS_TONES[status]} label={STATUS_LABELS[status]} />;
}

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return <ToneBadge tone={VERDICT_TONES[verdict]} label={VERDICT_LABELS[verdict]} />;
}
