import type { ItemStatus } from "../../domain/progress/model.ts";
import type { Verdict } from "../../domain/verification/types.ts";

/** Tone picks colour and icon together, so meaning never rests on colour alone. */
export type Tone = "success" | "warning" | "danger" | "unknown" | "neutral" | "progress" | "todo";

export const STATUS_LABELS = {
  todo: "To do",
  "in-progress": "In progress",
  blocked: "Blocked",
  done: "Done",
  "not-applicable": "Not applicable",
} as const satisfies Record<ItemStatus, string>;

export const STATUS_TONES = {
  todo: "todo",
  "in-progress": "progress",
  blocked: "danger",
  done: "success",
  "not-applicable": "neutral",
} as const satisfies Record<ItemStatus, Tone>;

export const VERDICT_LABELS = {
  ready: "Ready",
  advisory: "Advisory",
  "not-ready": "Not ready",
  error: "Could not check",
  "not-applicable": "Not applicable",
  "not-checked": "Not checked",
} as const satisfies Record<Verdict, string>;

export const VERDICT_TONES = {
  ready: "success",
  advisory: "warning",
  "not-ready": "danger",
  error: "unknown",
  "not-applicable": "neutral",
  "not-checked": "todo",
} as const satisfies Record<Verdict, Tone>;
