import type { WizardStepView } from "./types.ts";

export const countText = (step: WizardStepView) => (step.count ? `${step.count.done} of ${step.count.total}` : "");
