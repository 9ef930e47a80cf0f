export const APPLICABILITY_LEVELS = ["required", "optional", "not-needed"] as const;
export type ApplicabilityLevel = (typeof APPLICABILITY_LEVELS)[number];

/** What the chosen strategy means for one item. Not-needed items carry no requirements: nothing is asked of them. */
export type Applicability = {
  level: ApplicabilityLevel;
  /** One sentence saying why, in the admin's terms. */
  reason: string;
  /** Conditions the item must meet for this strategy, each a short phrase shown as a list. */
  requirements: readonly string[];
};

export const required = (reason: string, requirements: readonly string[] = []): Applicability => ({
  level: "required",
  reason,
  requirements,
});
export const optional = (reason: string, requirements: readonly string[] = []): Applicability => ({
  level: "optional",
  reason,
  requirements,
});
export const notNeeded = (reason: string): Applicability => ({ level: "not-needed", reason, requirements: [] });
