import type { ChangeRow } from "../../domain/share/preview.ts";
import type { DecisionKey } from "../../domain/catalog/types.ts";
import { describeDecision } from "../../domain/strategy/describe.ts";
import type { DecisionValues } from "../../domain/strategy/schema.ts";
import { STATUS_LABELS, VERDICT_LABELS } from "../../components/badges/badge-tables.ts";

const FIELD_LABELS: Record<string, string> = { status: "Status", owner: "Owner", dueDate: "Due date", notes: "Notes", evidenceUrl: "Evidence link", blockedReason: "What blocks it" };

/** "Notes", or a field added later spelled out from its name ("blockedReason" → "Blocked reason"). */
export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? (field.charAt(0).toUpperCase() + field.slice(1).replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`));
}

const SHORT = 120;
const short = (text: string) => (text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** One side's value in words, for the "what differs" table. */
export function describeValue(row: ChangeRow, value: unknown): string {
  if (value === undefined || value === "") return row.kind === "verification" ? "Not checked" : row.kind === "decision" ? "Not decided" : "(empty)";
  if (row.kind === "item" && row.field === "status" && typeof value === "string" && value in STATUS_LABELS) {
    return STATUS_LABELS[value as keyof typeof STATUS_LABELS];
  }
  if (row.kind === "verification" && isRecord(value)) {
    const verdict = VERDICT_LABELS[value.verdict as keyof typeof VERDICT_LABELS] ?? String(value.verdict);
    const how = value.detailsLeftOut === true ? " (without details)" : "";
    return `${verdict}${how}${typeof value.reason === "string" && value.reason ? `: ${short(value.reason)}` : ""}`;
  }
  if (row.kind === "decision" && isRecord(value)) {
    const key = row.path.split("/")[1] as DecisionKey;
    try {
      return describeDecision(key, value.value as DecisionValues[typeof key])
        .map((line) => `${line.label}: ${line.value}`)
        .join("; ");
    } catch {
      return "Recorded";
    }
  }
  return typeof value === "string" ? short(value) : short(JSON.stringify(value));
}
