import type { ChecklistStepId, ItemId } from "./ids.ts";
import type { CatalogItem, CatalogStep } from "./types.ts";

// The whole checklist as data: one row per item, in STEP_ITEMS order. Facts and Learn links come from
// /work/shared/reference (anchors-and-admin-pain-points.md, graph-checks.md) and the Microsoft Learn pages cited
// there; change a fact only together with its source.

export const CATALOG_STEPS: readonly CatalogStep[] = [
  {
    id: "organization",
    title: "Organization",
    intro: "Get the approvals, goals, plan and funding in place so the Mac rollout has a mandate and an owner.",
  },
  {
    id: "strategy",
    title: "Mac management strategy",
    intro: "Decide which Macs, identities, sign-in model and security policies you will use, because they shape every tenant setting that follows.",
  },
  {
    id: "tenant",
    title: "Tenant prerequisites",
    intro: "Configure and verify the Intune, Microsoft Entra and Apple connections that must exist before the first Mac can enroll.",
  },
];

const END_TO_END_GUIDE = {
  learnUrl: "https://learn.microsoft.com/mem/solutions/end-to-end-guides/macos-endpoints-get-started",
  learnTitle: "End-to-end guide to get started with macOS endpoints",
} as const;

const PLANNING_GUIDE = {
  learnUrl: "https://learn.microsoft.com/intune/intune-service/fundamentals/intune-planning-guide",
  learnTitle: "Microsoft Intune planning guide",
} as const;

const NO_PORTAL = { adminCenterPath: "", portal: "none" } as const;

export const CATALOG_ITEMS = [
  // Organization
  {
    id: "security-approval",
    step: "organization",
    title: "Security officer approves managing Macs with Intune",
    why: "Managing Macs changes what the organization can see and enforce on them, and Apple and Microsoft services can fail behind SSL inspection. Without a recorded approval the rollout stalls at the first policy or firewall change.",
    how: [
      "Book a session with the security officer (CISO or equivalent) and whoever owns the network and proxy.",
      "Present the scope: which Macs, what Intune can see and do on corporate versus personal Macs, and the baseline policies you intend to enforce.",
      "Agree that the Intune and Apple network endpoints are reachable and excluded from SSL inspection.",
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
      "Write the user communication: what changes, how to install Company Portal and enroll, and where to get help.",
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

  // Mac management strategy
  {
    id: "strategy-devices",
    step: "strategy",
    title: "Decide which Macs will be managed",
    why: "Corporate Macs bought through Apple Business Manager can enroll automatically (ADE) and be supervised; personal Macs enroll through Company Portal and Intune treats Macs as personal by default. The mix and the number of devices per user decide the enrollment restrictions, device limits and whether you need an ADE token.",
    how: [
      "Decide whether you will manage corporate Macs, personal Macs or both.",
      "Ask procurement whether corporate Macs are bought through Apple Business Manager, or can be from now on.",
      "Estimate how many Macs you will manage and how many Macs, iPhones, iPads and other devices each user enrolls.",
      "Record the decision in the form on this step.",
    ],
    ...NO_PORTAL,
    learnUrl: "https://learn.microsoft.com/intune/intune-service/fundamentals/deployment-guide-enrollment-macos",
    learnTitle: "macOS device enrollment guide for Microsoft Intune",
    verification: { kind: "decision", decision: "devices" },
    effortMinutes: 45,
  },
  {
    id: "strategy-identities",
    step: "strategy",
    title: "Decide which Apple identities users will have",
    why: "Users can work with no Apple ID, with their personal Apple IDs, or with Managed Apple IDs. Managed Apple IDs require Apple Business Manager, and the choice decides who owns iCloud data and which app licences work.",
    how: [
      "Choose one model: no Apple ID, personal Apple IDs, or Managed Apple IDs.",
      "For Managed Apple IDs, set them up in Apple Business Manager, usually by federating it with Microsoft Entra ID.",
      "If you federate after the APNs certificate exists, ask Apple to migrate that certificate to the new Managed Apple ID.",
      "Match app licensing to the model: device-licensed apps need no Apple ID, user-licensed apps need one per user.",
    ],
    ...NO_PORTAL,
    ...END_TO_END_GUIDE,
    verification: { kind: "decision", decision: "identities" },
    effortMinutes: 30,
  },
  {
    id: "strategy-accounts-sso",
    step: "strategy",
    title: "Decide local accounts and single sign-on",
    why: "The sign-in model is hard to change after Macs are deployed. Platform SSO needs macOS 13 or later and Company Portal 5.2404.0 or later, and users must be allowed to join devices to Microsoft Entra ID; the Enterprise SSO plug-in is the simpler alternative.",
    how: [
      "Choose the Microsoft Enterprise SSO plug-in or Platform SSO; for Platform SSO prefer the Secure Enclave method (smart card needs macOS 14 or later).",
      "For Platform SSO, confirm every Mac runs macOS 13 or later and gets Company Portal 5.2404.0 or later.",
      "Check that the Microsoft Entra device settings allow these users to join devices.",
      "Decide whether users get a standard or an admin local account; with ADE, set it in the enrollment profile and let macOS LAPS manage the admin password.",
    ],
    ...NO_PORTAL,
    learnUrl: "https://learn.microsoft.com/intune/intune-service/configuration/platform-sso-macos",
    learnTitle: "Configure Platform SSO for macOS devices",
    verification: { kind: "decision", decision: "accountsSso" },
    effortMinutes: 45,
  },
  {
    id: "strategy-policies",
    step: "strategy",
    title: "Decide security and compliance policies",
    why: "The security baseline becomes your first policies and compliance rules, and it is what the security officer signs off. Deciding it late means Macs reach users before FileVault, updates or Conditional Access protect them.",
    how: [
      "Pick the baseline: FileVault, firewall, Gatekeeper, OS update deadlines and Microsoft Defender for Endpoint.",
      "Define the compliance rules and what Conditional Access blocks when a Mac is noncompliant.",
      "Decide how the local admin password is managed, for example macOS LAPS through the ADE enrollment profile.",
      "Note whether you need apps from Apple Business Manager Apps and Books, which requires a VPP location token.",
    ],
    ...NO_PORTAL,
    learnUrl: "https://learn.microsoft.com/intune/intune-service/fundamentals/deployment-guide-platform-macos",
    learnTitle: "Deployment guide to manage macOS devices in Microsoft Intune",
    verification: { kind: "decision", decision: "policies" },
    effortMinutes: 60,
  },

  // Tenant prerequisites
  {
    id: "mdm-user-scope",
    step: "tenant",
    title: "MDM user scope includes the users who enroll Macs",
    why: "Microsoft documents MDM user scope as the switch for Windows automatic enrollment, and no Microsoft page says Mac enrollment depends on it. Community Mac checklists still require All, so confirm it covers your Mac users rather than leave it as an open question.",
    how: [
      "Open Automatic Enrollment on the Windows tab; the same setting is in the Microsoft Entra admin center under Mobility (MDM and MAM) › Microsoft Intune.",
      "Check MDM user scope: All, or Some with a group that contains every user who will enroll a Mac.",
      "Leave the MDM terms of use, discovery and compliance URLs at their default values.",
      "Before widening it, agree with the Windows owner: it also turns on automatic enrollment for those users' Windows devices.",
    ],
    adminCenterPath: "Devices › Enrollment › Windows › Automatic Enrollment",
    portal: "Intune admin center",
    learnUrl: "https://learn.microsoft.com/intune/intune-service/enrollment/windows-enroll",
    learnTitle: "Enable MDM automatic enrollment for Windows",
    verification: { kind: "graph", check: "mdm-user-scope" },
    effortMinutes: 5,
  },
  {
    id: "intune-admin-role",
    step: "tenant",
    title: "You hold the Intune Administrator role",
    why: "Microsoft's macOS prerequisites call for Intune Administrator (or Global Administrator), and only Intune Administrator can create or change enrollment restrictions (other built-in Intune roles only read them). Without it you can prepare the tenant but not finish it.",
    how: [
      "Ask a Privileged Role Administrator or Global Administrator to assign you Intune Administrator in Microsoft Entra ID.",
      "Prefer an eligible assignment in Privileged Identity Management, and activate it before you change Intune settings.",
      "Sign out and back in to the Intune admin center so the new role takes effect.",
      "For daily policy work use a least-privileged Intune role such as Policy and Profile Manager instead.",
    ],
    adminCenterPath: "Roles & admins › Intune Administrator › Add assignments",
    portal: "Microsoft Entra admin center",
    learnUrl: "https://learn.microsoft.com/intune/intune-service/fundamentals/role-based-access-control",
    learnTitle: "Role-based access control (RBAC) with Microsoft Intune",
    verification: { kind: "graph", check: "intune-admin-role" },
    effortMinutes: 10,
  },
  {
    id: "intune-license",
    step: "tenant",
    title: "Users have an Intune Plan 1 licence",
    why: "Every user who enrolls a Mac needs a licence that includes Microsoft Intune Plan 1; without it enrollment fails, even for a Global Administrator. Basic Mobility and Security in Office 365 plans is not Intune Plan 1.",
    how: [
      "Check that you own enough free seats of a product that includes Intune Plan 1, such as Intune Plan 1 itself, Microsoft 365 E3 or E5, or Business Premium.",
      "Assign it to the users who will enroll Macs (Users › Active users › user › Licenses and apps), ideally through group-based licensing.",
      "Make sure the Intune service plan is switched on in that licence for those users.",
      "Plan Intune device licences for Macs that enroll without a user.",
    ],
    adminCenterPath: "Billing › Licenses",
    portal: "Microsoft 365 admin center",
    learnUrl: "https://learn.microsoft.com/mem/intune/fundamentals/licenses-assign",
    learnTitle: "Assign Microsoft Intune licenses",
    verification: { kind: "graph", check: "intune-license" },
    effortMinutes: 15,
  },
  {
    id: "enrollment-device-limit",
    step: "tenant",
    title: "Enrollment device limit allows each user's Macs",
    why: "The device limit counts all of a user's enrolled devices, phones and tablets included, so a user with an iPhone and an iPad can be blocked when enrolling a Mac. Microsoft Entra ID has its own maximum number of devices per user, and both limits apply to Macs.",
    how: [
      "Open Device limit restriction and review the default policy (All users) and any custom policies with their priority.",
      "Set the limit to cover each user's Macs, phones and tablets, for example 5; Intune allows 1 to 15.",
      "In the Microsoft Entra admin center under Devices › Device settings, check that Maximum number of devices per user is not lower.",
      "Changes apply to new enrollments only; devices already enrolled are not removed.",
    ],
    adminCenterPath: "Devices › Enrollment › Apple › Device limit restriction",
    portal: "Intune admin center",
    learnUrl: "https://learn.microsoft.com/mem/intune/enrollment/create-device-limit-restrictions",
    learnTitle: "Create device limit restrictions",
    verification: { kind: "graph", check: "enrollment-device-limit" },
    effortMinutes: 10,
  },
  {
    id: "enrollment-platform-restrictions",
    step: "tenant",
    title: "Platform restrictions allow macOS (corporate and personal as planned)",
    why: "If macOS is blocked, Company Portal tells users their IT support doesn't allow OSX devices to be added to management. Macs count as personal unless they enroll through ADE or their serial number is a corporate identifier, so blocking personally owned devices also blocks unregistered corporate Macs enrolling through Company Portal.",
    how: [
      "On the macOS restrictions tab, open the default policy (All users) and set MDM to Allow.",
      "Set Personally owned to Allow for BYOD; block it only if every corporate Mac comes through ADE or is registered as a corporate identifier.",
      "Check the priority and groups of any custom macOS policies: the highest-priority policy assigned to a user wins, the default covers everyone else.",
      "Don't rely on OS version ranges for Macs: the admin center offers them for Android, Windows and iOS/iPadOS only.",
    ],
    adminCenterPath: "Devices › Enrollment › Device platform restriction › macOS restrictions",
    portal: "Intune admin center",
    learnUrl: "https://learn.microsoft.com/intune/intune-service/enrollment/create-device-platform-restrictions",
    learnTitle: "Create device platform restrictions",
    verification: { kind: "graph", check: "enrollment-platform-restrictions" },
    effortMinutes: 10,
  },
  {
    id: "apns-certificate",
    step: "tenant",
    title: "Apple MDM push (APNs) certificate uploaded (required)",
    why: "Without an active Apple MDM push certificate Intune can't enroll or manage any Mac, iPhone or iPad. It is valid for one year with a 30-day grace period; if it lapses, or a new one is created instead of renewing it, every Apple device must be re-enrolled.",
    how: [
      "Pick the Apple Account first: a company address on a shared mailbox or distribution list that several admins read, or a Managed Apple ID, never someone's personal Apple ID.",
      "Open Apple MDM Push certificate, select I agree, then Download your CSR.",
      "Select Create your MDM push Certificate, sign in to the Apple Push Certificates Portal with that Apple Account, upload the CSR and download the .pem file.",
      "Back in Intune, enter the same Apple ID and upload the .pem file; the expiry date should be one year out.",
      "Every year, renew it with the same Apple ID: choose Renew on the existing certificate in Apple's portal, never Create a Certificate, and upload the new file in Intune before it expires.",
    ],
    adminCenterPath: "Devices › Enrollment › Apple › Apple MDM Push certificate",
    portal: "Intune admin center",
    learnUrl: "https://learn.microsoft.com/intune/intune-service/enrollment/apple-mdm-push-certificate-get",
    learnTitle: "Get an Apple MDM Push certificate for Intune",
    verification: { kind: "graph", check: "apns-certificate" },
    effortMinutes: 20,
  },
  {
    id: "ade-token",
    step: "tenant",
    title: "Apple Business Manager enrollment program token (optional)",
    why: "Automated Device Enrollment lets corporate Macs bought through Apple Business Manager enroll during Setup Assistant, supervised and without hands-on setup. It needs the enrollment program token, renewed every year, and a default macOS enrollment profile: a synced Mac with no profile fails enrollment.",
    how: [
      "Make sure you have Apple Business Manager (or Apple School Manager) access and an active APNs certificate.",
      "In Enrollment program tokens, select Add, agree to send data to Apple and download the public key.",
      "In Apple Business Manager, add an MDM server in Preferences, upload the public key, download the server token (.p7m) and assign your Macs to that server.",
      "Back in Intune, enter the company Apple ID you used, upload the token, then create a macOS enrollment profile and select Set Default Profile.",
      "Renew the token every year with Renew token, using the Apple ID recorded in Intune, and keep that Apple ID known to the whole admin team.",
    ],
    adminCenterPath: "Devices › Enrollment › Apple › Enrollment program tokens",
    portal: "Intune admin center",
    learnUrl: "https://learn.microsoft.com/intune/intune-service/enrollment/device-enrollment-program-enroll-macos",
    learnTitle: "Set up automated device enrollment (ADE) for macOS",
    verification: { kind: "graph", check: "ade-token" },
    effortMinutes: 30,
  },
  {
    id: "vpp-token",
    step: "tenant",
    title: "Apps and Books location (VPP) token (optional)",
    why: "A location token lets Intune assign apps bought in Apple Business Manager to Macs, with device licences that need no Apple ID. It expires every year and becomes invalid when the owning Apple account's password changes, after which app installs and updates stop.",
    how: [
      "In Apple Business Manager, open Preferences › Payments and Billing › Apps and Books › Content Tokens and download the token for your location.",
      "Remove the token from any other MDM first: a location token works with one MDM and one Intune tenant at a time.",
      "In Intune, select Create, enter the Managed Apple ID that owns the token, upload the file, choose the country or region and automatic app updates, and agree to send data to Apple.",
      "Renew every year, and whenever that account's password changes: download the token again and upload it with Edit on the existing token; don't delete it, which removes its apps and assignments.",
    ],
    adminCenterPath: "Tenant administration › Connectors and tokens › Apple VPP tokens",
    portal: "Intune admin center",
    learnUrl: "https://learn.microsoft.com/intune/intune-service/apps/vpp-apps-ios",
    learnTitle: "Manage Apple volume-purchased apps",
    verification: { kind: "graph", check: "vpp-token" },
    effortMinutes: 20,
  },
] as const satisfies readonly CatalogItem[];

export function catalogItem(id: ItemId): CatalogItem {
  const item = CATALOG_ITEMS.find((candidate) => candidate.id === id);
  // Unreachable while the catalog covers every ItemId; the catalog test enforces that.
  if (!item) throw new Error(`No catalog item for id ${id}`);
  return item;
}

export function itemsOfStep(step: ChecklistStepId): readonly CatalogItem[] {
  return CATALOG_ITEMS.filter((item) => item.step === step);
}

export function catalogStep(step: ChecklistStepId): CatalogStep {
  const found = CATALOG_STEPS.find((candidate) => candidate.id === step);
  if (!found) throw new Error(`No catalog step for id ${step}`);
  return found;
}
