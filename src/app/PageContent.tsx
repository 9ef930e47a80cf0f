import { Suspense, useState, type ReactNode } from "react";
import { ChecklistStep, DecisionForm, ExistingIosSwitch, ItemVerification, SummaryPage, VerificationPanel, WelcomePage } from "./lazy.tsx";
import { useAnnounce } from "../components/announcer/Announcer.tsx";
import { describeTailoring } from "../domain/rules/tailoring.ts";
import { useProgressActions, useProgressSelector, type UnstampedAction } from "../components/progress/ProgressContext.tsx";
import type { CatalogItem, DecisionKey } from "../domain/catalog/types.ts";
import type { DecisionValues } from "../domain/strategy/schema.ts";
import { PRINT_PATH, pathOfPage, type PageId } from "./routes.ts";

function StrategyDecision({ item }: { item: CatalogItem }) {
  const { dispatch, read } = useProgressActions();
  const announce = useAnnounce();
  const [changed, setChanged] = useState<string | undefined>(undefined);
  // DecisionForm keeps key and value correlated through its generic; TypeScript cannot follow that across the union.
  const key: DecisionKey | null = item.verification.kind === "decision" ? item.verification.decision : null;
  const decided = useProgressSelector((progress) => (key === null ? undefined : progress.decisions[key]));
  const managesIosDevices = useProgressSelector((progress) => progress.meta.managesIosDevices);
  if (key === null) return null;
  return (
    <DecisionForm
      decision={key}
      value={decided?.value as DecisionValues[typeof key] | undefined}
      decidedAt={decided?.decidedAt}
      managesIosDevices={managesIosDevices}
      changed={changed}
      onSave={(value) => {
        // Said on the card and read out: what the checklist looks like now, from its state before and after.
        const { decisions } = read();
        const sentence = describeTailoring(decisions, { ...decisions, [key]: { value, decidedAt: "" } });
        dispatch({ type: "decision/save", key, value } as UnstampedAction);
        setChanged(sentence);
        announce(`Decision saved. ${sentence}`);
      }}
    />
  );
}

export function PageContent({ page, navigate }: { page: PageId; navigate: (path: string) => void }) {
  return <Suspense fallback={<Loading what="this step" />}>{pageFor(page, navigate)}</Suspense>;
}

function Loading({ what }: { what: string }) {
  return (
    <p role="status" data-lazy-loading="">
      Loading {what}…
    </p>
  );
}

const later = (node: ReactNode, what: string) => <Suspense fallback={<Loading what={what} />}>{node}</Suspense>;

function pageFor(page: PageId, navigate: (path: string) => void) {
  switch (page) {
    case "welcome":
      return <WelcomePage onStart={() => navigate(pathOfPage("organization"))} />;
    case "organization":
      return <ChecklistStep step="organization" />;
    case "strategy":
      return (
        <ChecklistStep
          step="strategy"
          before={later(<ExistingIosSwitch />, "the iPhone and iPad switch")}
          renderExtra={(item) => later(<StrategyDecision item={item} />, "the decision form")}
        />
      );
    case "tenant":
      return (
        <ChecklistStep
          step="tenant"
          before={later(<VerificationPanel />, "verification")}
          renderExtra={(item) => later(<ItemVerification item={item} />, "the verification result")}
        />
      );
    case "setup":
    case "policies":
      return (
        <ChecklistStep
          step={page}
          before={later(<VerificationPanel step={page} />, "verification")}
          renderExtra={(item) => later(<ItemVerification item={item} />, "the verification result")}
        />
      );
    case "summary":
      return <SummaryPage onEdit={navigate} stepPath={(step) => pathOfPage(step as PageId)} onPrint={() => navigate(PRINT_PATH)} />;
  }
}
