import type { Verdict } from "./types.ts";

/** The words for each verdict, shared by the app's badges, the printout and the Markdown export. */
export const VERDICT_LABELS = {
  ready: "Ready",
  advisory: "Advisory",
  "not-ready": "Not ready",
  error: "Could not check",
  "not-applicable": "Not applicable",
  "not-checked": "Not checked",
} as const satisfies Record<Verdict, string>;
