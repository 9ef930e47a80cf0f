import type { Progress } from "../progress/model.ts";
import { restore, serialize } from "../progress/restore.ts";
import { MAX_SAVED_CHARS } from "../progress/validation.ts";
import type { DecodeShareResult } from "../share/codec.ts";
import { isRecord } from "../is-record.ts";

export const BACKUP_KIND = "intune-mac-readiness-backup";
const EVIDENCE_KIND = "intune-mac-readiness-evidence";

/** Same shape as opening a link, so the import dialog treats both alike. */
export type BackupResult = DecodeShareResult;

export const BACKUP_MESSAGES = {
  evidenceFile: "This is an evidence file — import it on the Tenant step.",
  notABackup: "This file is not an Intune Mac Readiness backup.",
  notJson: "This file is not a backup: it is not valid JSON, or it is damaged.",
  tooLarge: "This file is too large to be an Intune Mac Readiness backup.",
  cannotRestore: "This backup cannot be restored.",
} as const;

const pad = (n: number) => String(n).padStart(2, "0");

/** The day in the user's own time zone, as they would name the file. */
const localDay = (now: Date) => `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/** The saved envelope, labelled, so an import can tell a backup from an evidence file or anything else. */
export function backupFile(progress: Progress, now: Date): { filename: string; text: string } {
  const envelope = JSON.parse(serialize(progress, now)) as Record<string, unknown>;
  return {
    filename: `intune-mac-readiness-${localDay(now)}.json`,
    text: `${JSON.stringify({ kind: BACKUP_KIND, ...envelope }, null, 2)}\n`,
  };
}

/** Reads a backup through the same restore (versions, migrations, validation) as the saved progress. Never throws. */
export function parseBackup(text: string): BackupResult {
  const fail = (message: string): BackupResult => ({ ok: false, message });
  if (text.length > MAX_SAVED_CHARS) return fail(BACKUP_MESSAGES.tooLarge);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(BACKUP_MESSAGES.notJson);
  }
  if (!isRecord(json)) return fail(BACKUP_MESSAGES.notABackup);
  const { kind, ...envelope } = json;
  if (kind === EVIDENCE_KIND) return fail(BACKUP_MESSAGES.evidenceFile);
  if (kind !== BACKUP_KIND) return fail(BACKUP_MESSAGES.notABackup);

  const restored = restore(JSON.stringify(envelope));
  if (restored.kind === "unreadable") return fail(`${BACKUP_MESSAGES.cannotRestore} ${restored.reason}`);
  if (restored.kind === "empty") return fail(BACKUP_MESSAGES.notABackup);
  // Local saves are repaired record by record; a file offered for import is refused instead, naming what is wrong.
  const bad = restored.repaired[0];
  if (bad) return fail(`${BACKUP_MESSAGES.cannotRestore} The backup has an invalid value in ${bad.path}: ${bad.problem}`);
  const { progress } = restored;
  const savedAt = typeof envelope.savedAt === "string" ? envelope.savedAt : "";
  return { ok: true, progress, sharedBy: progress.meta.preparedBy || null, sharedAt: savedAt };
}
