import { createElement, lazy, type ComponentType } from "react";

/**
 * A code-split component that renders without suspending once its chunk is in: React throttles the reveal of
 * Suspense content (about 300 ms), so a page preloaded before the first render must not go through a fallback.
 */
function split<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  const fetchIt = () =>
    load().then((component) => {
      loaded = component;
      return component;
    });
  const Lazy = lazy(() => fetchIt().then((component) => ({ default: component })));
  function Split(props: P) {
    return createElement(loaded ?? Lazy, props);
  }
  return Object.assign(Split, { preload: () => fetchIt().then(() => undefined) });
}

// Everything below the shell is split out of the initial chunk: the header, step bar and first heading paint from the
// entry chunk, and each page's Fluent components arrive with the page (see bench: initial JS vs the floor app).
export const WelcomePage = split(() => import("../features/welcome/WelcomePage.tsx").then((m) => m.WelcomePage));
export const ChecklistStep = split(() => import("../features/checklist/ChecklistStep.tsx").then((m) => m.ChecklistStep));
export const StrategyDecision = split(() => import("../features/strategy/StrategyDecision.tsx").then((m) => m.StrategyDecision));
export const ExistingIosSwitch = split(() => import("../features/strategy/ExistingIosSwitch.tsx").then((m) => m.ExistingIosSwitch));
export const VerificationPanel = split(() => import("../features/verification/VerificationPanel.tsx").then((m) => m.VerificationPanel));
export const ItemVerification = split(() => import("../features/verification/ItemVerification.tsx").then((m) => m.ItemVerification));
export const SummaryPage = split(() => import("../features/summary/SummaryPage.tsx").then((m) => m.SummaryPage));
export const PrintPage = split(() => import("../features/print/PrintPage.tsx").then((m) => m.PrintPage));
export const ShareDialog = split(() => import("../features/share/ShareDialog.tsx").then((m) => m.ShareDialog));
export const ExportMenu = split(() => import("../features/share/ExportMenu.tsx").then((m) => m.ExportMenu));
export const ImportBanners = split(() => import("../features/share/ImportBanners.tsx").then((m) => m.ImportBanners));
export const ThemeMenu = split(() => import("../features/settings/ThemeMenu.tsx").then((m) => m.ThemeMenu));
export const StartOverButton = split(() => import("../features/wizard/StartOverButton.tsx").then((m) => m.StartOverButton));
export const StorageBanners = split(() => import("../features/wizard/StorageBanners.tsx").then((m) => m.StorageBanners));
export const AppToaster = split(() => import("../components/toast/notify.tsx").then((m) => m.AppToaster));

type Landing = "welcome" | "organization" | "strategy" | "tenant" | "setup" | "policies" | "summary" | "print";

const LANDING_PARTS = {
  welcome: [WelcomePage],
  organization: [ChecklistStep],
  strategy: [ChecklistStep, StrategyDecision, ExistingIosSwitch],
  tenant: [ChecklistStep, VerificationPanel, ItemVerification],
  setup: [ChecklistStep, VerificationPanel, ItemVerification],
  policies: [ChecklistStep, VerificationPanel, ItemVerification],
  summary: [SummaryPage],
  print: [PrintPage],
} as const satisfies Record<Landing, readonly { preload: () => Promise<void> }[]>;

/**
 * Fetches what the page a visitor lands on needs while the entry chunk boots, so the first render already shows the
 * page (the static boot shell covers the wait). Never rejects: a failed preload leaves the part to its Suspense boundary.
 */
export function preloadLandingPage(page: Landing): Promise<void> {
  return Promise.all(LANDING_PARTS[page].map((part) => part.preload())).then(
    () => undefined,
    () => undefined,
  );
}
