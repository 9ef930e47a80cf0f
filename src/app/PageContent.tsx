import { ChecklistStep } from "../features/checklist/ChecklistStep.tsx";
import { WelcomePage } from "../features/welcome/WelcomePage.tsx";
import { SummaryPage } from "../features/summary/SummaryPage.tsx";
import { DecisionForm } from "../features/strategy/DecisionForm.tsx";
import { VerificationPanel } from "../features/verification/VerificationPanel.tsx";
import { ItemVerification } from "../features/verification/ItemVerification.tsx";
import { useProgress, type UnstampedAction } from "../components/progress/ProgressContext.tsx";
import type { CatalogItem, DecisionKey } from "../domain/catalog/types.ts";
import type { DecisionValues } from "../domain/strategy/schema.ts";
import { PRINT_PATH, pathOfPage, type PageId } from "./routes.ts";

function StrategyDecision({ item }: { item: CatalogItem }) {
  const { progress, dispatch } = useProgress();
  if (item.verification.kind !== "decision") return null;
  // DecisionForm keeps key and value correlated through its generic; TypeScript cannot follow that across the union.
  const key: DecisionKey = item.verification.decision;
  const decided = progress.decisions[key];
  return (
    <DecisionForm
      decision={key}
      value={decided?.value as DecisionValues[typeof key] | undefined}
      decidedAt={decided?.decidedAt}
      onSave={(value) => dispatch({ type: "decision/save", key, value } as UnstampedAction)}
    />
  );
}

export function PageContent({ page, navigate }: { page: PageId; navigate: (path: string) => void }) {
  switch (page) {
    case "welcome":
      return <WelcomePage onStart={() => navigate(pathOfPage("organization"))} />;
    case "organization":
      return <ChecklistStep step="organization" />;
    case "strategy":
      return <ChecklistStep step="strategy" renderExtra={(item) => <StrategyDecision item={item} />} />;
    case "tenant":
      return <ChecklistStep step="tenant" before={<VerificationPanel />} renderExtra={(item) => <ItemVerification item={item} />} />;
    case "summary":
      return <SummaryPage onEdit={navigate} stepPath={(step) => pathOfPage(step as PageId)} onPrint={() => navigate(PRINT_PATH)} />;
  }
}
