import { Suspense, type ReactNode } from "react";
import { ChecklistStep, ExistingIosSwitch, ItemVerification, StrategyDecision, SummaryPage, VerificationPanel, WelcomePage } from "./lazy.tsx";
import { PRINT_PATH, pathOfPage, type PageId } from "./routes.ts";

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
