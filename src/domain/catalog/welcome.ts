import type { CatalogItem } from "./types.ts";

export type Prerequisite = { title: string; detail: string };

/** What to gather before starting, so no step stalls waiting for an account, a role or a person. */
export const WHAT_YOU_NEED: readonly Prerequisite[] = [
  {
    title: "Intune Administrator role",
    detail: "Intune Administrator (or Global Administrator) in Microsoft Entra ID, activated in Privileged Identity Management if it is only eligible.",
  },
  {
    title: "Someone who can grant admin consent",
    detail: "Only needed for live checks: an Intune Administrator can't grant tenant-wide consent, so line up a Privileged Role Administrator, Cloud Application Administrator or Global Administrator.",
  },
  {
    title: "Intune Plan 1 licences",
    detail: "Enough seats of a product that includes Microsoft Intune Plan 1 for every user who will enroll a Mac, and access to the Microsoft 365 admin center to assign them.",
  },
  {
    title: "A shared Apple Account for the push certificate",
    detail: "A company Apple Account (or Managed Apple Account) on a shared mailbox or distribution list, not someone's personal Apple Account. The APNs certificate must be renewed with this same account every year.",
  },
  {
    title: "Apple Business Manager, if you use it",
    detail: "Needed only for automated device enrollment (ADE), Apps and Books or Managed Apple Accounts: then an Apple Business Manager (or Apple School Manager) administrator account. Without them, Macs enroll through Company Portal and no ABM token is required.",
  },
  {
    title: "Network access to Apple and Microsoft",
    detail: "Macs must reach the Intune endpoints and Apple's push service (TCP 443, 2197 and 5223 to 17.0.0.0/8) without TLS inspection. Company Portal for macOS is not in the Mac App Store: users download it from Microsoft, or Intune deploys it.",
  },
  {
    title: "A security decision maker",
    detail: "The security officer who can approve managing Macs and sign off the baseline policies.",
  },
  {
    title: "A sponsor and the project owners",
    detail: "The executive sponsor for budget, plus the people who own the project plan, user communication and help desk.",
  },
];

/** Total effort for the given items, in minutes; the welcome page shows it as a time estimate. */
export function estimateMinutes(items: readonly CatalogItem[]): number {
  return items.reduce((total, item) => total + item.effortMinutes, 0);
}
