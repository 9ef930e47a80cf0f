import { z } from "zod";

export const OWNERSHIP = ["corporate", "personal", "both"] as const;
export const ABM_PURCHASE = ["yes", "no", "planned"] as const;
export const APPLE_ID_MODELS = ["none", "personal", "managed"] as const;
export const SSO_MODELS = ["enterprise-sso", "platform-sso"] as const;
export const PSSO_METHODS = ["secure-enclave", "smart-card", "password"] as const;
export const LOCAL_ACCOUNT_MODELS = ["standard", "admin"] as const;
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

const count = (label: string, max: number) =>
  z
    .number({ error: `${label} must be a whole number.` })
    .int(`${label} must be a whole number.`)
    .min(0, `${label} cannot be negative.`)
    .max(max, `${label} cannot be more than ${max}.`);

export const devicesDecisionSchema = z
  .object({
    ownership: z.enum(OWNERSHIP, { error: "Choose which Macs will be managed." }),
    abmPurchase: z.enum(ABM_PURCHASE, { error: "Say whether corporate Macs are bought through Apple Business Manager." }),
    expectedMacs: count("Expected number of Macs", 1_000_000).min(1, "Expect at least one Mac."),
    perUser: z.object({
      mac: count("Macs per user", 15).min(1, "Each user enrolls at least one Mac."),
      iphone: count("iPhones per user", 15),
      ipad: count("iPads per user", 15),
      other: count("Other devices per user", 15),
    }),
  })
  .strict();

export const identitiesDecisionSchema = z
  .object({
    appleId: z.enum(APPLE_ID_MODELS, { error: "Choose how users sign in to Apple services." }),
  })
  .strict();

export const accountsSsoDecisionSchema = z
  .object({
    sso: z.enum(SSO_MODELS, { error: "Choose a single sign-on model." }),
    psso: z.enum(PSSO_METHODS).optional(),
    localAccount: z.enum(LOCAL_ACCOUNT_MODELS, { error: "Choose whether users are standard users or admins." }),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.sso === "platform-sso" && !value.psso) {
      ctx.addIssue({ code: "custom", path: ["psso"], message: "Choose how Platform SSO authenticates users." });
    }
  });

export const policiesDecisionSchema = z
  .object({
    areas: z.array(z.enum(POLICY_AREAS)).max(POLICY_AREAS.length),
    appsAndBooks: z.boolean(),
    notes: z.string().max(4000, "Keep the notes under 4,000 characters."),
  })
  .strict();

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
