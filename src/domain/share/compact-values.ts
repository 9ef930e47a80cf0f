import type { DecisionValues } from "../strategy/schema.ts";
import { isRecord } from "../is-record.ts";

// Value encodings of the "s1" link format (see placement.ts). Both directions live here so they cannot drift apart.

const MIN_SECONDS = -62_135_596_800; // 0001-01-01T00:00:00Z
const MAX_SECONDS = 253_402_300_799; // 9999-12-31T23:59:59Z

/** ISO timestamp → base-36 Unix seconds; undefined for an unreadable one (it is then left out of the link). */
export function toTime36(iso: string): string | undefined {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? Math.floor(ms / 1000).toString(36) : undefined;
}

/** Base-36 Unix seconds → ISO timestamp; null for anything else, which the progress schema then rejects. */
export function fromTime36(value: unknown): string | null {
  if (typeof value !== "string" || !/^-?[0-9a-z]{1,8}$/.test(value)) return null;
  const seconds = parseInt(value, 36);
  if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) return null;
  return new Date(seconds * 1000).toISOString();
}

/** Field names in array order; a nested object is [name, its own layout]. */
export type Layout = readonly (string | readonly [string, Layout])[];

/**
 * Frozen field order of each decision inside a link. Reordering breaks old links; a new field goes at the end (old
 * links then simply lack it). A test checks every schema field is listed.
 */
export const DECISION_LAYOUT = {
  devices: ["ownership", "abmPurchase", "expectedMacs", ["perUser", ["mac", "iphone", "ipad", "other"]], "corporateIdentifiers", "adeEnrollment"],
  identities: ["appleId"],
  accountsSso: ["sso", "psso", "localAccount"],
  policies: ["areas", "appsAndBooks", "notes", "updateApproach", "fileVaultTiming"],
} as const satisfies Record<keyof DecisionValues, Layout>;

export function packValues(layout: Layout, value: unknown): unknown[] {
  const record = isRecord(value) ? value : {};
  const packed = layout.map((field) =>
    typeof field === "string" ? (record[field] ?? null) : packValues(field[1], record[field[0]]),
  );
  // Unanswered optional fields at the end cost nothing: unpackValues reads a shorter array as "not answered".
  while (packed.length > 0 && packed[packed.length - 1] === null) packed.pop();
  return packed;
}

/** The object back from its array, or undefined when the array does not fit the layout. Values are not checked here. */
export function unpackValues(layout: Layout, packed: unknown): Record<string, unknown> | undefined {
  // Old links may lack fields added at the end, never carry more than this build knows.
  if (!Array.isArray(packed) || packed.length > layout.length) return undefined;
  const out: Record<string, unknown> = {};
  for (const [index, field] of layout.entries()) {
    const value: unknown = packed[index];
    if (typeof field === "string") {
      if (value !== null && value !== undefined) out[field] = value;
      continue;
    }
    const nested = unpackValues(field[1], value);
    if (!nested) return undefined;
    out[field[0]] = nested;
  }
  return out;
}
