import type { ItemStatus } from "./model.ts";

/** The words for each status, shared by the app's badges, the printout and the Markdown export. */
export const STATUS_LABELS = {
  todo: "To do",
  "in-progress": "In progress",
  blocked: "Blocked",
  done: "Done",
  "not-applicable": "Not applicable",
} as const satisfies Record<ItemStatus, string>;
