import type { ChecklistStepId, ItemId } from "./ids.ts";

/** Which mechanism can confirm an item: a person ticks it, a strategy form records it, or a Graph check reads it. */
export type Verification =
  | { kind: "manual" }
  | { kind: "decision"; decision: DecisionKey }
  | { kind: "graph"; check: string };

export type DecisionKey = "devices" | "identities" | "accountsSso" | "policies";

export type CatalogItem = {
  id: ItemId;
  step: ChecklistStepId;
  title: string;
  /** One or two sentences: what breaks or stalls if this is skipped. */
  why: string;
  /** Short, ordered, practical steps. */
  how: readonly string[];
  /** Admin-center click path, e.g. "Devices › Enrollment › Apple › Apple MDM Push certificate"; empty for org items. */
  adminCenterPath: string;
  /** Which portal the path is in. */
  portal: "Intune admin center" | "Microsoft Entra admin center" | "Microsoft 365 admin center" | "Apple Business Manager" | "none";
  learnUrl: string;
  learnTitle: string;
  verification: Verification;
  /** Rough effort, shown on the welcome page time estimate. */
  effortMinutes: number;
};

export type CatalogStep = {
  id: ChecklistStepId;
  title: string;
  intro: string;
};
