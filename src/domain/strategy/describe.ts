import {
  devicesPerUser,
  type AbmPurchase,
  type AdeEnrollmentMode,
  type FileVaultTiming,
  type UpdateApproach,
  type AccountsSsoDecision,
  type AppleIdModel,
  type DecisionValues,
  type DevicesDecision,
  type IdentitiesDecision,
  type LocalAccountModel,
  type Ownership,
  type PoliciesDecision,
  type PolicyArea,
  type PssoMethod,
  type SsoModel,
} from "./schema.ts";

// The forms use these same labels for their options, so the summary reads exactly what the admin picked.
export const OWNERSHIP_LABELS = {
  corporate: "Corporate only",
  personal: "Personal only (bring your own Mac)",
  both: "Corporate and personal",
} as const satisfies Record<Ownership, string>;

export const ABM_LABELS = {
  yes: "Yes",
  no: "No",
  planned: "Planned",
} as const satisfies Record<AbmPurchase, string>;

export const APPLE_ID_LABELS = {
  none: "No Apple ID",
  personal: "Personal Apple IDs",
  managed: "Managed Apple Accounts",
} as const satisfies Record<AppleIdModel, string>;

export const SSO_LABELS = {
  "enterprise-sso": "Enterprise SSO plug-in",
  "platform-sso": "Platform SSO",
} as const satisfies Record<SsoModel, string>;

export const PSSO_LABELS = {
  "secure-enclave": "Secure Enclave key",
  "smart-card": "Smart card",
  password: "Password",
} as const satisfies Record<PssoMethod, string>;

export const LOCAL_ACCOUNT_LABELS = {
  standard: "Standard user",
  admin: "Administrator",
} as const satisfies Record<LocalAccountModel, string>;

export const POLICY_AREA_LABELS = {
  filevault: "FileVault disk encryption",
  firewall: "Firewall",
  gatekeeper: "Gatekeeper",
  "os-updates": "macOS updates",
  "compliance-ca": "Compliance and Conditional Access",
  defender: "Microsoft Defender for Endpoint",
  "local-admin-password": "Local admin password (LAPS)",
} as const satisfies Record<PolicyArea, string>;

export const ADE_ENROLLMENT_LABELS = {
  "user-modern-auth": "With user affinity, Setup Assistant with modern authentication",
  "user-legacy": "With user affinity, Setup Assistant (legacy)",
  "without-user": "Without user affinity (shared or kiosk Macs)",
} as const satisfies Record<AdeEnrollmentMode, string>;

export const UPDATE_APPROACH_LABELS = {
  latest: "Enforce the latest macOS after a delay",
  targeted: "Enforce a target macOS version by a date",
} as const satisfies Record<UpdateApproach, string>;

export const FILEVAULT_TIMING_LABELS = {
  "setup-assistant": "During Setup Assistant (ADE only)",
  "after-setup": "After the user reaches the desktop",
} as const satisfies Record<FileVaultTiming, string>;

export type DecisionLine = { label: string; value: string };

const yesNo = (value: boolean) => (value ? "Yes" : "No");

// Counts read like a table row ("0 iPad"), so only counts above one take a plural.
const count = (n: number, noun: string, plural = `${noun}s`) => `${n} ${n > 1 ? plural : noun}`;

const numberFormat = new Intl.NumberFormat("en-US");

function describeDevices(value: DevicesDecision): readonly DecisionLine[] {
  const { mac, iphone, ipad, other } = value.perUser;
  const perUser = [count(mac, "Mac"), count(iphone, "iPhone"), count(ipad, "iPad"), `${other} other`].join(", ");
  return [
    { label: "Which Macs", value: OWNERSHIP_LABELS[value.ownership] },
    { label: "Bought through Apple Business Manager", value: ABM_LABELS[value.abmPurchase] },
    { label: "Expected Macs", value: numberFormat.format(value.expectedMacs) },
    { label: "Devices per user", value: `${perUser} (${devicesPerUser(value)} in total)` },
    ...(value.corporateIdentifiers !== undefined && value.ownership !== "personal" && value.abmPurchase !== "yes"
      ? [{ label: "Serial numbers registered as corporate identifiers", value: yesNo(value.corporateIdentifiers) }]
      : []),
    ...(value.adeEnrollment && value.ownership !== "personal" && value.abmPurchase !== "no"
      ? [{ label: "ADE enrollment", value: ADE_ENROLLMENT_LABELS[value.adeEnrollment] }]
      : []),
  ];
}

function describeIdentities(value: IdentitiesDecision): readonly DecisionLine[] {
  return [{ label: "Apple IDs", value: APPLE_ID_LABELS[value.appleId] }];
}

function describeAccountsSso(value: AccountsSsoDecision): readonly DecisionLine[] {
  // A Platform SSO method left over from an earlier choice means nothing once the Enterprise SSO plug-in is chosen.
  const sso =
    value.sso === "platform-sso" && value.psso
      ? `${SSO_LABELS[value.sso]} (${PSSO_LABELS[value.psso]})`
      : SSO_LABELS[value.sso];
  return [
    { label: "Single sign-on", value: sso },
    { label: "Local account", value: LOCAL_ACCOUNT_LABELS[value.localAccount] },
  ];
}

function describePolicies(value: PoliciesDecision): readonly DecisionLine[] {
  const areas = value.areas.map((area) => POLICY_AREA_LABELS[area]).join(", ");
  const notes = value.notes.trim();
  return [
    { label: "Policy areas", value: areas || "None chosen" },
    ...(value.updateApproach && value.areas.includes("os-updates") ? [{ label: "macOS updates", value: UPDATE_APPROACH_LABELS[value.updateApproach] }] : []),
    ...(value.fileVaultTiming && value.areas.includes("filevault") ? [{ label: "FileVault turned on", value: FILEVAULT_TIMING_LABELS[value.fileVaultTiming] }] : []),
    { label: "App Store apps through Apps and Books", value: yesNo(value.appsAndBooks) },
    ...(notes ? [{ label: "Notes", value: notes }] : []),
  ];
}

const DESCRIBERS: { [K in keyof DecisionValues]: (value: DecisionValues[K]) => readonly DecisionLine[] } = {
  devices: describeDevices,
  identities: describeIdentities,
  accountsSso: describeAccountsSso,
  policies: describePolicies,
};

/** Human-readable lines for one decision, shared by the summary, the printout and the Markdown export. */
export function describeDecision<K extends keyof DecisionValues>(key: K, value: DecisionValues[K]): readonly DecisionLine[] {
  return DESCRIBERS[key](value);
}

/** Short headings for the four decisions, used by the summary and the printout. */
export const DECISION_TITLES = {
  devices: "Devices",
  identities: "Identities",
  accountsSso: "Accounts and single sign-on",
  policies: "Policies and security",
} as const satisfies Record<keyof DecisionValues, string>;
