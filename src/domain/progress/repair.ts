import type { z } from "../zod.ts";
import { itemProgressSchema, progressMetaSchema, verificationRecordSchema, decisionSchemas } from "./schema.ts";
import { EMPTY_ITEM } from "./model.ts";
import { isIsoTimestamp, META_TEXT_MAX_LENGTH, NOTES_MAX_LENGTH, OWNER_MAX_LENGTH } from "./validation.ts";

/** One record that could not be used as saved, and what was done about it. */
export type RepairNote = { path: string; problem: string; action: "repaired" | "set aside" };

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** Longest text each field may hold: longer text is shortened (the whole save is kept aside first, so nothing is lost). */
const TEXT_LIMITS: Json = { owner: OWNER_MAX_LENGTH, notes: NOTES_MAX_LENGTH, organization: META_TEXT_MAX_LENGTH, tenantName: META_TEXT_MAX_LENGTH, preparedBy: META_TEXT_MAX_LENGTH };
const ITEM_DEFAULTS: Json = { ...EMPTY_ITEM, updatedAt: "" };
const META_DEFAULTS: Json = { organization: "", tenantName: "", preparedBy: "" };

const firstIssue = (error: z.core.$ZodError) => {
  const issue = error.issues[0];
  return { field: String(issue?.path[0] ?? ""), message: issue?.message ?? "Invalid value." };
};

/** Fixes one field at a time (shorten, or fall back to the default); gives up after as many tries as there are fields. */
function repairRecord(schema: z.ZodMiniType, value: unknown, defaults: Json): { value: unknown; problem: string } | { value: null; problem: string } {
  const first = schema.safeParse(value);
  if (first.success) return { value: first.data, problem: "" };
  const problem = firstIssue(first.error).message;
  if (!isRecord(value)) return { value: null, problem };
  const record: Json = { ...value };
  for (let tries = 0; tries <= Object.keys(defaults).length; tries++) {
    const parsed = schema.safeParse(record);
    if (parsed.success) return { value: parsed.data, problem };
    const { field } = firstIssue(parsed.error);
    if (!Object.hasOwn(defaults, field)) return { value: null, problem };
    const limit = TEXT_LIMITS[field];
    const current = record[field];
    record[field] = typeof limit === "number" && typeof current === "string" && current.length > limit ? current.slice(0, limit) : defaults[field];
  }
  return { value: null, problem };
}

/**
 * Restore per record: every item, decision, verification record and meta field is checked on its own; one that is
 * invalid (a note over a lowered limit, a bad date) is repaired or set aside and reported, so it never makes the whole
 * save unreadable. Damage to the document's shape itself is left for the schema to report.
 */
export function repairProgress(data: unknown): { data: unknown; notes: RepairNote[] } {
  if (!isRecord(data)) return { data, notes: [] };
  const notes: RepairNote[] = [];
  const out: Json = { ...data };
  const eachEntry = (section: string, schemaFor: (key: string) => z.ZodMiniType | undefined, defaults: Json) => {
    const source = data[section];
    if (!isRecord(source)) return;
    const kept: Json = {};
    for (const [key, value] of Object.entries(source)) {
      const schema = schemaFor(key);
      if (schema === undefined) {
        kept[key] = value;
        continue;
      }
      const result = repairRecord(schema, value, defaults);
      if (result.problem === "") kept[key] = value;
      else if (result.value === null) notes.push({ path: `${section}/${key}`, problem: result.problem, action: "set aside" });
      else {
        kept[key] = result.value;
        notes.push({ path: `${section}/${key}`, problem: result.problem, action: "repaired" });
      }
    }
    out[section] = kept;
  };
  eachEntry("items", () => itemProgressSchema, ITEM_DEFAULTS);
  eachEntry("verification", () => verificationRecordSchema, {});
  eachEntry("decisions", (key) => decisionSchemas[key as keyof typeof decisionSchemas], {});
  if (isRecord(data.meta)) {
    const meta = repairRecord(progressMetaSchema, data.meta, META_DEFAULTS);
    if (meta.problem !== "" && meta.value !== null) {
      out.meta = meta.value;
      notes.push({ path: "meta", problem: meta.problem, action: "repaired" });
    }
  }
  if (typeof data.updatedAt === "string" && data.updatedAt !== "" && !isIsoTimestamp(data.updatedAt)) {
    out.updatedAt = "";
    notes.push({ path: "updatedAt", problem: "Expected an ISO date and time.", action: "repaired" });
  }
  if (isRecord(data.clock)) {
    out.clock = Object.fromEntries(Object.entries(data.clock).filter(([, v]) => typeof v === "string" && (v === "" || isIsoTimestamp(v))));
  }
  return { data: out, notes };
}
