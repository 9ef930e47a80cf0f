import { ChecklistStep } from "../features/checklist/ChecklistStep.tsx";
import { WelcomePage } from "../features/welcome/WelcomePage.tsx";
import { SummaryPage } from "../features/summary/SummaryPage.tsx";
import { DecisionForm } from "../features/strategy/DecisionForm.tsx";
import { useProgress } from "../components/progress/ProgressContext.tsx";
import { useAnnounce } from "../components/announcer/Announcer.tsx";
import type { CatalogItem, DecisionKey } from "../domain/catalog/types.ts";
import type { DecisionValues } from "../domain/strategy/schema.ts";
import { pathOfPage, type PageId } from "./routes.ts";

function StrategyDecision({ item }: { item: CatalogItem }) {
  const { progress, dispatch } = useProgress();
  const announce = useAnnounce();
  if (item.verification.kind !== "decision") return null;
  const key: DecisionKey = item.verification.decision;
  const decided = progress.decisions[key];
  return (
    <DecisionForm
      decision={key}
      value={decided?.value as DecisionValues[typeof key] | undefined}
      decidedAt={decided?.decidedAt}
      onSave={(value) => {
        dispatch({ type: "decision/save", key, value } as never);
        announce(`${item.title}: decision saved.`);
      }}
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
      return <ChecklistStep step="tenant" />;
    case "summary":
      return <SummaryPage onEdit={navigate} stepPath={(step) => pathOfPage(step as PageId)} />;
  }
}
