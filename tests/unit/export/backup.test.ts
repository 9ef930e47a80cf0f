import { describe, expect, it } from "vitest";
import { BACKUP_KIND, BACKUP_MESSAGES, backupFile, parseBackup } from "../../../src/domain/export/backup.ts";
import { CURRENT_VERSION } from "../../../src/domain/progress/migrations.ts";
import { emptyProgress } from "../../../src/domain/progress/model.ts";
import { MAX_SAVED_CHARS } from "../../../src/domain/progress/validation.ts";
import { referenceProgress } from "../../fixtures/reference-progress.ts";
import { prng, randomProgress } from "../share/random-progress.ts";

// Noon UTC: the same calendar day in every time zone the tests might run in.
const NOW = new Date("2026-05-01T12:00:00.000Z");

describe("JSON backup", () => {
  it("restores exactly what was backed up, with who and when", () => {
    const progress = referenceProgress(NOW);
    const { filename, text } = backupFile(progress, NOW);
    expect(filename).toBe("intune-mac-readiness-2026-05-01.json");
    expect(JSON.parse(text)).toMatchObject({ kind: BACKUP_KIND, version: CURRENT_VERSION, savedAt: NOW.toISOString() });
    expect(parseBackup(text)).toEqual({ ok: true, progress, sharedBy: "Jonas Weber", sharedAt: NOW.toISOString() });
  });

  it("round-trips random progress losslessly (unlike a link, it keeps everything)", () => {
    const rng = prng(42);
    for (let run = 0; run < 100; run++) {
      const progress = randomProgress(rng);
      const result = parseBackup(backupFile(progress, NOW).text);
      expect(result.ok && result.progress, `run ${run}`).toEqual(progress);
    }
  });

  it("has no sharer when nobody is named as preparer", () => {
    expect(parseBackup(backupFile(emptyProgress(), NOW).text)).toMatchObject({ ok: true, sharedBy: null });
  });

  const envelope = (data: unknown, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ kind: BACKUP_KIND, version: CURRENT_VERSION, savedAt: NOW.toISOString(), data, ...extra });

  it.each([
    ["an evidence file", JSON.stringify({ kind: "intune-mac-readiness-evidence", version: 1, collectedAt: NOW.toISOString(), responses: [] }), BACKUP_MESSAGES.evidenceFile],
    ["not JSON", "{ this is not json", BACKUP_MESSAGES.notJson],
    ["an empty file", "", BACKUP_MESSAGES.notJson],
    ["a JSON array", "[]", BACKUP_MESSAGES.notABackup],
    ["another app's JSON", JSON.stringify({ kind: "something-else", data: {} }), BACKUP_MESSAGES.notABackup],
    ["JSON without a kind", JSON.stringify({ version: 2, savedAt: NOW.toISOString(), data: emptyProgress() }), BACKUP_MESSAGES.notABackup],
    ["a huge file", " ".repeat(MAX_SAVED_CHARS + 1), BACKUP_MESSAGES.tooLarge],
  ])("rejects %s", (_name, text, message) => {
    expect(parseBackup(text)).toEqual({ ok: false, message });
  });

  it.each([
    ["a newer version", envelope(emptyProgress(), { version: CURRENT_VERSION + 1 }), /newer version/],
    ["an invalid field", envelope({ ...emptyProgress(), items: { "project-plan": { status: "done", owner: "", dueDate: "", notes: "", evidenceUrl: "javascript:alert(1)", updatedAt: "" } } }), /items\/project-plan: .*"javascript:" links are not allowed/],
    ["a missing save time", envelope(emptyProgress(), { savedAt: undefined }), /save time/],
  ])("explains why it cannot restore %s", (_name, text, detail) => {
    const result = parseBackup(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.startsWith(BACKUP_MESSAGES.cannotRestore)).toBe(true);
    expect(result.message).toMatch(detail);
  });
});
