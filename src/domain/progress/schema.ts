import { z } from "../zod.ts";
import { isItemId, isVerifiableItemId } from "../catalog/ids.ts";
import type { DecisionKey } from "../catalog/types.ts";
import { DECISION_SCHEMAS } from "../strategy/schema.ts";
import { VERDICTS, VERIFICATION_SOURCES } from "../verification/types.ts";
import { ITEM_STATUSES } from "./model.ts";
import type { Progress } from "./model.ts";
import {
  BLOCKED_REASON_MAX_LENGTH,
  dueDateError,
  evidenceUrlError,
  isIsoTimestamp,
  META_TEXT_MAX_LENGTH,
  NOTES_MAX_LENGTH,
  OWNER_MAX_LENGTH,
} from "./validation.ts";

const withRule = (rule: (value: string) => string | null) =>
  z.string().check(
    z.superRefine((value, ctx) => {
      const message = rule(value);
      if (message !== null) ctx.addIssue({ code: "custom", message });
    }),
  );

const timestamp = z.string().check(z.refine(isIsoTimestamp, "Expected an ISO date and time."));
/** Items that were never edited carry no timestamp. */
const timestampOrEmpty = z.string().check(z.refine((v) => v === "" || isIsoTimestamp(v), "Expected an ISO date and time."));

const maxText = (max: number) => z.string().check(z.maxLength(max, `Must be ${max.toLocaleString("en-US")} characters or fewer.`));

export const itemProgressSchema = z.object({
  status: z.enum(ITEM_STATUSES),
  owner: maxText(OWNER_MAX_LENGTH),
  dueDate: withRule(dueDateError),
  notes: maxText(NOTES_MAX_LENGTH),
  evidenceUrl: withRule(evidenceUrlError),
  blockedReason: z.optional(maxText(BLOCKED_REASON_MAX_LENGTH)),
  updatedAt: timestampOrEmpty,
});

export const verificationRecordSchema = z.object({
  verdict: z.enum(VERDICTS),
  reason: z.string(),
  details: z.array(z.string()),
  renewals: z.array(z.object({ label: z.string(), expiresAt: timestamp })),
  checkedAt: timestamp,
  source: z.enum(VERIFICATION_SOURCES),
  scenario: z.optional(z.string()),
  detailsLeftOut: z.optional(z.literal(true)),
  strategyFingerprint: z.optional(z.string().check(z.maxLength(16))),
  lastFailure: z.optional(z.object({ at: timestamp, reason: z.string() })),
  imported: z.optional(
    z.object({ via: z.enum(["link", "backup"]), by: z.optional(maxText(META_TEXT_MAX_LENGTH)), at: z.optional(timestamp) }),
  ),
});

const decided = <T extends z.ZodMiniType>(value: T) => z.object({ value, decidedAt: timestamp });

/** One schema per decision, so a damaged decision can be set aside on its own (repair.ts). */
export const decisionSchemas = {
  devices: decided(DECISION_SCHEMAS.devices),
  identities: decided(DECISION_SCHEMAS.identities),
  accountsSso: decided(DECISION_SCHEMAS.accountsSso),
  policies: decided(DECISION_SCHEMAS.policies),
} satisfies Record<DecisionKey, z.ZodMiniType>;

const decisionsSchema = z.object({
  devices: z.optional(decisionSchemas.devices),
  identities: z.optional(decisionSchemas.identities),
  accountsSso: z.optional(decisionSchemas.accountsSso),
  policies: z.optional(decisionSchemas.policies),
});

/**
 * Keeps only the entries whose key passes `isKnown`, so an id retired from the catalog (or added by a newer build)
 * does not make the whole save unreadable.
 */
function knownKeysOnly<K extends string, V extends z.ZodMiniType>(isKnown: (key: string) => key is K, value: V) {
  return z.pipe(
    z.record(z.string(), z.unknown()),
    z.transform((record: Record<string, unknown>, ctx) => {
      const out: Partial<Record<K, z.output<V>>> = {};
      for (const [key, entry] of Object.entries(record)) {
        if (!isKnown(key)) continue;
        const parsed = value.safeParse(entry);
        if (parsed.success) {
          out[key] = parsed.data;
        } else {
          // zod/mini's transform context has no addIssue: push what classic zod's addIssue would have pushed.
          for (const issue of parsed.error.issues) {
            ctx.issues.push({ code: "custom", message: issue.message, path: [key, ...issue.path], input: record });
          }
        }
      }
      return out;
    }),
  );
}

export const progressMetaSchema = z.object({
  organization: maxText(META_TEXT_MAX_LENGTH),
  tenantName: maxText(META_TEXT_MAX_LENGTH),
  preparedBy: maxText(META_TEXT_MAX_LENGTH),
  managesIosDevices: z.optional(z.boolean()),
});

/** The current progress (format CURRENT_VERSION = 4, the data of format 3), as found in the `data` of a saved envelope. */
export const progressSchema = z.object({
  items: knownKeysOnly(isItemId, itemProgressSchema),
  decisions: decisionsSchema,
  verification: knownKeysOnly(isVerifiableItemId, verificationRecordSchema),
  meta: progressMetaSchema,
  updatedAt: timestampOrEmpty,
  clock: z.optional(z.record(z.string(), timestampOrEmpty)),
});

// Fails to compile when the schema and model.ts drift apart (a field added to one but not the other).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type ParsedProgress = z.output<typeof progressSchema>;
const parsedIsProgress = (parsed: ParsedProgress): Progress => parsed;
const sameFields: Same<keyof ParsedProgress, keyof Progress> = true;
void parsedIsProgress;
void sameFields;

export type ParseProgressResult = { ok: true; progress: Progress } | { ok: false; path: string; message: string };

export function parseProgress(data: unknown): ParseProgressResult {
  const parsed = progressSchema.safeParse(data);
  if (parsed.success) return { ok: true, progress: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    path: issue ? issue.path.map(String).join(".") : "",
    message: issue?.message ?? "Invalid value.",
  };
}
