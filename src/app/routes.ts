import { CHECKLIST_STEP_IDS, type ChecklistStepId } from "../domain/catalog/ids.ts";

export type PageId = "welcome" | ChecklistStepId | "summary";

export type WizardRoute = { page: PageId; path: string; title: string; intro: string };

export const WIZARD_ROUTES = [
  { page: "welcome", path: "/", title: "Get your Intune tenant ready for Macs", intro: "" },
  { page: "organization", path: "/organization", title: "Organization", intro: "" },
  { page: "strategy", path: "/strategy", title: "Mac management strategy", intro: "" },
  { page: "tenant", path: "/tenant", title: "Tenant prerequisites", intro: "" },
  { page: "setup", path: "/setup", title: "Tenant set-up", intro: "" },
  { page: "policies", path: "/policies", title: "Policies", intro: "" },
  { page: "summary", path: "/summary", title: "Summary", intro: "Everything at a glance, for the project team and the sponsor." },
] as const satisfies readonly WizardRoute[];

export const STEP_BAR_TITLES = {
  welcome: "Welcome",
  organization: "Organization",
  strategy: "Strategy",
  tenant: "Tenant",
  setup: "Set-up",
  policies: "Policies",
  summary: "Summary",
} as const satisfies Record<PageId, string>;

export function routeIndex(path: string): number {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, "") : path;
  return WIZARD_ROUTES.findIndex((route) => route.path === trimmed);
}

export const pathOfPage = (page: PageId): string => WIZARD_ROUTES.find((r) => r.page === page)?.path ?? "/";

/** The printable summary: its own route, outside the wizard's steps and chrome. */
export const PRINT_PATH = "/print";

/** Pages that show a checklist step (their step bar entry counts done items, their intro comes from the catalog). */
export function isChecklistPage(page: PageId): page is ChecklistStepId {
  return (CHECKLIST_STEP_IDS as readonly string[]).includes(page);
}
