import { lazy } from "react";

// Everything below the shell is split out of the initial chunk: the header, step bar and first heading paint from the
// entry chunk, and each page's Fluent components arrive with the page (see bench: initial JS vs the floor app).
export const WelcomePage = lazy(() => import("../features/welcome/WelcomePage.tsx").then((m) => ({ default: m.WelcomePage })));
export const ChecklistStep = lazy(() => import("../features/checklist/ChecklistStep.tsx").then((m) => ({ default: m.ChecklistStep })));
export const DecisionForm = lazy(() => import("../features/strategy/DecisionForm.tsx").then((m) => ({ default: m.DecisionForm })));
export const VerificationPanel = lazy(() => import("../features/verification/VerificationPanel.tsx").then((m) => ({ default: m.VerificationPanel })));
export const ItemVerification = lazy(() => import("../features/verification/ItemVerification.tsx").then((m) => ({ default: m.ItemVerification })));
export const SummaryPage = lazy(() => import("../features/summary/SummaryPage.tsx").then((m) => ({ default: m.SummaryPage })));
export const PrintPage = lazy(() => import("../features/print/PrintPage.tsx").then((m) => ({ default: m.PrintPage })));
export const ShareDialog = lazy(() => import("../features/share/ShareDialog.tsx").then((m) => ({ default: m.ShareDialog })));
export const ExportMenu = lazy(() => import("../features/share/ExportMenu.tsx").then((m) => ({ default: m.ExportMenu })));
export const ImportBanners = lazy(() => import("../features/share/ImportBanners.tsx").then((m) => ({ default: m.ImportBanners })));
export const ThemeMenu = lazy(() => import("../features/settings/ThemeMenu.tsx").then((m) => ({ default: m.ThemeMenu })));
export const StartOverButton = lazy(() => import("../features/wizard/StartOverButton.tsx").then((m) => ({ default: m.StartOverButton })));
export const StorageBanners = lazy(() => import("../features/wizard/StorageBanners.tsx").then((m) => ({ default: m.StorageBanners })));
export const AppToaster = lazy(() => import("../components/toast/notify.tsx").then((m) => ({ default: m.AppToaster })));
