import { z } from "../zod.ts";

export const OWNERSHIP = ["corporate", "personal", "both"] as const;
export const ABM_PURCHASE = ["yes", "no", "planned"] as const;
export const APPLE_ID_MODELS = ["none", "personal", "managed"] as const;
export const SSO_MODELS = ["enterprise-sso", "platform-sso"] as const;
export const PSSO_METHODS = ["secure-enclave", "smart-card", "password"] as const;
export const LOCAL_ACCOUNT_MODELS = ["standard", "admin"] as const;
/** How corporate Macs go through Setup Assistant with ADE: the enrollment profile's user affinity and sign-in. */
export const ADE_ENROLLMENT_MODES = ["user-modern-auth", "user-legacy", "without-user"] as const;
/** Declarative software updates: enforce the latest release after a delay, or a target version by a date. */
export const UPDATE_APPROACHES = ["latest", "targeted"] as const;
/** When FileVault turns on: forced during Setup Assistant (ADE only), or after the user reaches the desktop. */
export const FILEVAULT_TIMINGS = ["setup-assistant", "after-setup"] as const;
export const POLICY_AREAS = [
  "filevault",
  "firewall",
  "gatekeeper",
  "os-updates",
  "compliance-ca",
  "defender",
  "local-admin-password",
] as const;

export type Ownership = (typeof OWNERSHIP)[number];
export type AbmPurchase = (typeof ABM_PURCHASE)[number];
export type AppleIdModel = (typeof APPLE_ID_MODELS)[number];
export type SsoModel = (typeof SSO_MODELS)[number];
export type PssoMethod = (typeof PSSO_METHODS)[number];
export type LocalAccountModel = (typeof LOCAL_ACCOUNT_MODELS)[number];
export type PolicyArea = (typeof POLICY_AREAS)[number];
export type AdeEnrollmentMode = (typeof ADE_ENROLLMENT_MODES)[number];
export type UpdateApproach = (typeof UPDATE_APPROACHES)[number];
export type FileVaultTiming = (typeof FILEVAULT_TIMINGS)[number];

const count = (label: string, max: number) =>
  z
    .number({ error: `${label} must be a whole number.` })
    .check(
      z.int(`${label} must be a whole number.`),
      z.gte(0, `${label} cannot be negative.`),
      z.lte(max, `${label} cannot be more than ${max}.`),
    );

export const devicesDecisionSchema = z.strictObject({
  ownership: z.enum(OWNERSHIP, { error: "Choose which Macs will be managed." }),
  abmPurchase: z.enum(ABM_PURCHASE, { error: "Say whether corporate Macs are bought through Apple Business Manager." }),
  expectedMacs: count("Expected number of Macs", 1_000_000).check(z.gte(1, "Expect at least one Mac.")),
  perUser: z.object({
    mac: count("Macs per user", 15).check(z.gte(1, "Each user enrolls at least one Mac.")),
    iphone: count("iPhones per user", 15),
    ipad: count("iPads per user", 15),
    other: count("Other devices per user", 15),
  }),
  // Optional (added with the Tenant set-up step): older saves and links have no answer, which asks nothing of the tenant.
  adeEnrollment: z.optional(z.enum(ADE_ENROLLMENT_MODES)),
  /**
   * The admin confirms corporate Macs' serial numbers are registered as corporate device identifiers in Intune.
   * Optional (added without a format change): Intune treats a Mac as personal unless it enrolls through ADE or its
   * serial number is such an identifier, so this decides whether blocking personal Macs also blocks corporate ones.
   */
  corporateIdentifiers: z.optional(z.boolean()),
});

export const identitiesDecisionSchema = z.strictObject({
  appleId: z.enum(APPLE_ID_MODELS, { error: "Choose how users sign in to Apple services." }),
});

export const accountsSsoDecisionSchema = z
  .strictObject({
    sso: z.enum(SSO_MODELS, { error: "Choose a single sign-on model." }),
    psso: z.optional(z.enum(PSSO_METHODS)),
    localAccount: z.enum(LOCAL_ACCOUNT_MODELS, { error: "Choose whether users are standard users or admins." }),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.sso === "platform-sso" && !value.psso) {
        ctx.addIssue({ code: "custom", path: ["psso"], message: "Choose how Platform SSO authenticates users." });
      }
    }),
  );

/** Read by the policies form for its character counter. */
export const POLICY_NOTES_MAX_LENGTH = 4000;

export const policiesDecisionSchema = z.strictObject({
  areas: z.array(z.enum(POLICY_AREAS)).check(z.maxLength(POLICY_AREAS.length)),
  appsAndBooks: z.boolean({ error: "Say whether App Store apps are deployed through Apps and Books." }),
  notes: z.string().check(z.maxLength(POLICY_NOTES_MAX_LENGTH, "Keep the notes under 4,000 characters.")),
  // Optional (added with the Policies step), asked only when the area is chosen.
  updateApproach: z.optional(z.enum(UPDATE_APPROACHES)),
  fileVaultTiming: z.optional(z.enum(FILEVAULT_TIMINGS)),
});

export type DevicesDecision = z.infer<typeof devicesDecisionSchema>;
export type IdentitiesDecision = z.infer<typeof identitiesDecisionSchema>;
export type AccountsSsoDecision = z.infer<typeof accountsSsoDecisionSchema>;
export type PoliciesDecision = z.infer<typeof policiesDecisionSchema>;

export type DecisionValues = {
  devices: DevicesDecision;
  identities: IdentitiesDecision;
  accountsSso: AccountsSsoDecision;
  policies: PoliciesDecision;
};

/** A recorded decision keeps when it was made, so merges can keep the newer one. */
export type Decided<T> = { value: T; decidedAt: string };

export type Decisions = { [K in keyof DecisionValues]?: Decided<DecisionValues[K]> };

export const DECISION_SCHEMAS = {
  devices: devicesDecisionSchema,
  identities: identitiesDecisionSchema,
  accountsSso: accountsSsoDecisionSchema,
  policies: policiesDecisionSchema,
} as const;

export function devicesPerUser(decision: DevicesDecision): number {
  const { mac, iphone, ipad, other } = decision.perUser;
  return mac + iphone + ipad + other;
}
