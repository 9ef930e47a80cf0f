import { describe, expect, it } from "vitest";
import { emptyProgress, type Progress } from "../../../src/domain/progress/model.ts";
import { completion } from "../../../src/domain/rules/completion.ts";
import { decodeShare, encodeShare } from "../../../src/domain/share/codec.ts";
import { buildImportPreview, isEmptyProgress } from "../../../src/domain/share/preview.ts";
import { referenceProgress } from "../../fixtures/reference-progress.ts";

const NOW = new Date("2026-05-01T09:12:13.456Z");
const LATER = "2026-05-01T09:00:00.000Z";

function edited(progress: Progress, edit: (p: Progress) => void): Progress {
  const copy = structuredClone(progress);
  edit(copy);
  return copy;
}

describe("buildImportPreview", () => {
  const local = referenceProgress(NOW);

  it("shows nothing for the same progress, whatever the timestamps (no 'Ready → Ready')", () => {
    const incoming = edited(local, (p) => {
      p.items["project-plan"]!.updatedAt = LATER;
      for (const record of Object.values(p.verification)) record.checkedAt = LATER;
    });
    const preview = buildImportPreview(local, { progress: incoming }, NOW);
    expect(preview.changes).toEqual([]);
    expect(preview.localIsEmpty).toBe(false);
  });

  it("lists each real difference field by field, with the side the merge keeps, in checklist order", () => {
    const incoming = edited(local, (p) => {
      p.items["budget-sponsors"]!.status = "done";
      p.items["budget-sponsors"]!.updatedAt = LATER;
      p.items["project-plan"]!.notes = "Older note";
      p.items["project-plan"]!.updatedAt = "2020-01-01T00:00:00.000Z";
    });
    const rows = buildImportPreview(local, { progress: incoming }, NOW).changes;
    expect(rows.map((r) => [r.path, r.local, r.incoming, r.winner])).toEqual([
      ["items/project-plan/notes", local.items["project-plan"]!.notes, "Older note", "local"],
      ["items/budget-sponsors/status", "blocked", "done", "incoming"],
    ]);
    expect(rows[1]).toMatchObject({ kind: "item", field: "status", title: expect.stringMatching(/budget/i) });
  });

  it("Merge stores exactly the preview's merge result, and every row agrees with it", () => {
    const incoming = edited(local, (p) => {
      p.items["vpp-token"]!.owner = "New owner";
      p.items["vpp-token"]!.updatedAt = LATER;
      p.meta.organization = "Fabrikam";
      p.clock = { "meta/organization": LATER };
    });
    const preview = buildImportPreview(local, { progress: incoming }, NOW);
    expect(preview.merged.items["vpp-token"]?.owner).toBe("New owner");
    for (const row of preview.changes.filter((r) => r.winner === "incoming")) {
      if (row.kind === "meta") expect((preview.merged.meta as Record<string, unknown>)[row.field]).toEqual(row.incoming);
    }
    expect(preview.changes.map((r) => r.path)).toContain("meta/organization");
  });

  it("a link without details: fields it leaves out are not differences and survive the merge", async () => {
    const sender = edited(local, (p) => {
      for (const item of Object.values(p.items)) {
        item.notes = "";
        item.updatedAt = LATER;
      }
    });
    const decoded = await decodeShare(await encodeShare(sender, { includeVerificationDetails: false, now: NOW }));
    if (!decoded.ok) throw new Error(decoded.message);
    const preview = buildImportPreview(local, { progress: decoded.progress, mentioned: decoded.mentioned! }, NOW);
    expect(preview.changes.filter((r) => r.field === "notes")).toEqual([]);
    expect(preview.changes.filter((r) => r.kind === "verification")).toEqual([]);
    expect(preview.changes.filter((r) => r.path === "meta/tenantName")).toEqual([]);
    for (const [id, item] of Object.entries(local.items)) expect(preview.merged.items[id as keyof typeof local.items]?.notes).toBe(item.notes);
    expect(preview.merged.verification).toEqual(local.verification);
    expect(preview.merged.meta.tenantName).toBe(local.meta.tenantName);
  });

  it("clamps imported times later than now and says how many", () => {
    const incoming = edited(local, (p) => (p.items["project-plan"]!.updatedAt = "9999-12-31T00:00:00.000Z"));
    const preview = buildImportPreview(local, { progress: incoming }, NOW);
    expect(preview.clampedTimes).toBe(1);
    expect(preview.incomingForMerge.items["project-plan"]?.updatedAt).toBe(NOW.toISOString());
  });

  it("counts completion for each side and for the merge result", () => {
    const incoming = edited(local, (p) => {
      for (const item of Object.values(p.items)) {
        item.status = "done";
        item.updatedAt = LATER;
      }
    });
    const preview = buildImportPreview(local, { progress: incoming }, NOW);
    expect(preview.localCompletion).toEqual(completion(local));
    expect(preview.incomingCompletion.overall.percent).toBe(100);
    expect(preview.mergedCompletion).toEqual(completion(preview.merged));
  });

  it("knows when there is nothing local to lose", () => {
    expect(buildImportPreview(emptyProgress(), { progress: local }, NOW).localIsEmpty).toBe(true);
    const touched = edited(emptyProgress(), (p) => {
      p.items["project-plan"] = { status: "todo", owner: "", dueDate: "", notes: "", evidenceUrl: "", updatedAt: "2026-04-01T00:00:00.000Z" };
    });
    expect(isEmptyProgress(touched)).toBe(true);
    expect(isEmptyProgress(edited(touched, (p) => (p.items["project-plan"]!.owner = "Ann")))).toBe(false);
    expect(isEmptyProgress(edited(emptyProgress(), (p) => (p.meta.organization = "Contoso")))).toBe(false);
    expect(isEmptyProgress(edited(emptyProgress(), (p) => (p.decisions.identities = local.decisions.identities)))).toBe(false);
  });
});
