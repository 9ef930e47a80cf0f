export type WizardStepView = {
  path: string;
  title: string;
  /** Per-step completion for checklist steps; null for Welcome and Summary. */
  count: { done: number; total: number } | null;
};
