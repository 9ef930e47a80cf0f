import type { CatalogItem } from "./types.ts";
import { END_TO_END_GUIDE, PLANNING_GUIDE, NO_PORTAL } from "./shared-links.ts";

export const ORGANIZATION_ITEMS = [
  {
    id: "security-approval",
    step: "organization",
    title: "Security officer approves managing Macs with Intune",
    why: "Managing Macs changes what the organization can see and enforce on them, and Apple and Microsoft services can fail behind SSL inspection. Without a recorded approval the rollout stalls at the first policy or firewall change.",
    how: [
      "Book a session with the security officer (CISO or equivalent) and whoever owns the network and proxy.",
      "Present the scope: which Macs, what Intune can see and do on corporate versus personal Macs, and the baseline policies you intend to enforce.",
      "Agree that the Intune and Apple network endpoints are reachable and excluded from TLS (SSL) inspection, including Apple's push service on TCP 443, 2197 and 5223 to 17.0.0.0/8.",
      "Record the approval with the approver's name and date, and link it here as evidence.",
    ],
    ...NO_PORTAL,
    ...END_TO_END_GUIDE,
    verification: { kind: "manual" },
    effortMinutes: 60,
  },
  {
    id: "project-goals",
    step: "organization",
    title: "Project goals agreed with stakeholders",
    why: "Measurable goals, such as all corporate Macs encrypted and compliant by a set date, fix the scope and tell everyone when the project is done. Without them Mac management drifts into a pilot that never ends.",
    how: [
      "List the stakeholders: IT, security, the Mac users' managers, HR and procurement.",
      "Write two to five specific, measurable goals with target dates.",
      "Agree how each goal is measured, for example the share of Macs enrolled and compliant in Intune reports.",
      "Share the goals with the stakeholders and record their agreement.",
    ],
    ...NO_PORTAL,
    ...PLANNING_GUIDE,
    verification: { kind: "manual" },
    effortMinutes: 60,
  },
  {
    id: "project-plan",
    step: "organization",
    title: "Project plan with pilot, rollout and communication",
    why: "Macs need a pilot group, phased waves and a communication plan: the Company Portal app for macOS isn't in the App Store, so users must be told how to get it and enroll. A plan also names who renews the three yearly Apple tokens.",
    how: [
      "Plan phases: a pilot with IT and a few friendly users, then rollout waves by team or location.",
      "Write the user communication: what changes, how to get Company Portal (not in the Mac App Store: download it from Microsoft, or receive it from Intune on corporate Macs) and enroll, and where to get help.",
      "Prepare the help desk with enrollment troubleshooting steps before the first wave.",
      "Name owners and calendar dates for the yearly APNs certificate, ADE token and Apps and Books token renewals.",
    ],
    ...NO_PORTAL,
    ...PLANNING_GUIDE,
    verification: { kind: "manual" },
    effortMinutes: 120,
  },
  {
    id: "budget-sponsors",
    step: "organization",
    title: "Budget and executive sponsor secured",
    why: "Intune licences, Macs bought through Apple Business Manager, paid apps and admin time all cost money. An executive sponsor unblocks the decisions that cross security, procurement and HR.",
    how: [
      "Check which existing Microsoft 365 bundles already include Intune Plan 1 before buying more licences.",
      "Estimate the costs: licences, apps bought through Apps and Books, packaging and admin time.",
      "Name an executive sponsor who owns the goals and can settle disputes between teams.",
      "Get the budget approved and record who approved it and when.",
    ],
    ...NO_PORTAL,
    ...PLANNING_GUIDE,
    verification: { kind: "manual" },
    effortMinutes: 60,
  },
] as const satisfies readonly CatalogItem[];
