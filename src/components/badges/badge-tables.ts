import type { ItemStatus } from "../../domain/progress/model.ts";
import type { Verdict } from "../../domain/verification/types.ts";

export { STATUS_LABELS } from "../../domain/progress/labels.ts";
export { VERDICT_LABELS } from "../../domain/verification/labels.ts";

/** Tone picks colour and icon together, so meaning never rests on colour alone. */
export type Tone = "success" | "warning" | "danger" | "unknown" | "neutral" | "progress" | "todo";

export const STATUS_TONES = {
  todo: "todo",
  "in-progress": "progress",
  blocked: "danger",
  done: "success",
  "not-applicable": "neutral",
} as const satisfies Record<ItemStatus, Tone>;

export const VERDICT_TONES = {
  ready: "success",
  advisory: "warning",
  "not-ready": "danger",
  error: "unknown",
  "not-applicable": "neutral",
  "not-checked": "todo",
} as const satisfies Record<Verdict, Tone>;
