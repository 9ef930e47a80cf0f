import { emptyProgress } from "./model.ts";
import type { Progress } from "./model.ts";
import { CURRENT_VERSION, migrate } from "./migrations.ts";
import { parseProgress } from "./schema.ts";
import { repairProgress, type RepairNote } from "./repair.ts";
import { isIsoTimestamp, MAX_SAVED_CHARS } from "./validation.ts";
import { isRecord } from "../is-record.ts";
import { progressJson } from "./stringify.ts";

/** What went wrong, for code; `reason` says the same to a person. */
export type { RepairNote };
export type RestoreProblem = "too-large" | "not-json" | "not-our-format" | "newer-version" | "invalid-field";

export type RestoreResult =
  | { kind: "empty"; progress: Progress }
  /** `repaired`: records that were invalid and were repaired or set aside (the caller keeps the raw text aside). */
  | { kind: "restored"; progress: Progress; migratedFrom: number | null; repaired: RepairNote[]; raw: string }
  | { kind: "unreadable"; progress: Progress; problem: RestoreProblem; reason: string; raw: string };

/** The saved shape: the version says how to read `data`. */
export type Envelope = { version: number; savedAt: string; data: unknown };

const count = (n: number) => n.toLocaleString("en-US");

/**
 * Reads saved progress. Never throws: anything it cannot use comes back as "unreadable" with the raw text, so the
 * caller can keep it aside for the user instead of overwriting it.
 */
export function restore(raw: string | null): RestoreResult {
  if (raw === null || raw.trim() === "") return { kind: "empty", progress: emptyProgress() };
  const unreadable = (problem: RestoreProblem, reason: string): RestoreResult => ({
    kind: "unreadable",
    progress: emptyProgress(),
    problem,
    reason,
    raw,
  });
  try {
    return restoreText(raw, unreadable);
  } catch {
    // Nothing above is expected to throw; this is the promise to callers that reading never does.
    return unreadable("not-our-format", "The saved progress could not be read.");
  }
}

function restoreText(raw: string, unreadable: (problem: RestoreProblem, reason: string) => RestoreResult): RestoreResult {
  if (raw.length > MAX_SAVED_CHARS) {
    return unreadable(
      "too-large",
      `The saved progress is too large to read (${count(raw.length)} characters; the limit is ${count(MAX_SAVED_CHARS)}).`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return unreadable("not-json", "The saved progress is damaged: it is not valid JSON.");
  }
  const notOurs = "The saved data is not progress saved by this app.";
  if (!isRecord(json) || !("data" in json)) return unreadable("not-our-format", notOurs);
  const { version, savedAt, data } = json;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return unreadable("not-our-format", notOurs);
  }
  if (version > CURRENT_VERSION) {
    return unreadable(
      "newer-version",
      `The saved progress was saved by a newer version of this app (format ${version}; this version reads up to format ${CURRENT_VERSION}). Reload the page to get the latest version.`,
    );
  }
  if (typeof savedAt !== "string" || !isIsoTimestamp(savedAt)) {
    return unreadable("invalid-field", "The saved progress has an invalid save time (savedAt).");
  }
  const migrated = migrate(data, version, { savedAt });
  if (!migrated.ok) {
    return unreadable("not-our-format", `The saved progress (format ${version}) cannot be upgraded: ${migrated.reason}.`);
  }
  const repaired = repairProgress(migrated.data);
  const parsed = parseProgress(repaired.data);
  if (!parsed.ok) {
    const where = parsed.path === "" ? "" : ` at ${parsed.path}`;
    return unreadable("invalid-field", `The saved progress has an invalid value${where}: ${parsed.message}`);
  }
  return {
    kind: "restored",
    progress: parsed.progress,
    migratedFrom: version < CURRENT_VERSION ? version : null,
    repaired: repaired.notes,
    raw,
  };
}

/** The text to store: always the current version, stamped with `now`. */
export function serialize(progress: Progress, now: Date): string {
  const head: Omit<Envelope, "data"> = { version: CURRENT_VERSION, savedAt: now.toISOString() };
  // JSON.stringify({ ...head, data: progress }), without stringifying again every item the last edit left alone.
  return `${JSON.stringify(head).slice(0, -1)},"data":${progressJson(progress)}}`;
}
