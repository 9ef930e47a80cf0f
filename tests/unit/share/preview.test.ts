import { describe, expect, it } from "vitest";
import { ITEM_IDS } from "../../../src/domain/catalog/ids.ts";
import { emptyProgress, type Progress } from "../../../src/domain/progress/model.ts";
import { completion } from "../../../src/domain/rules/completion.ts";
import { buildImportPreview, isEmptyProgress } from "../../../src/domain/share/preview.ts";
import { referenceProgress } from "../../fixtures/reference-progress.ts";

const NOW = new Date("2026-05-01T09:12:13.456Z");

function edited(progress: Progress, edit: (p: Progress) => void): Progress {
  const copy = structuredClone(progress);
  edit(copy);
  return copy;
}

describe("buildImportPreview", () => {
  const local = referenceProgress(NOW);

  it("shows nothing changed for the same progress, whatever the timestamps", () => {
    const incoming = edited(local, (p) => {
      p.items["project-plan"]!.updatedAt = "2026-05-01T10:00:00.000Z";
      p.verification["apns-certificate"]!.checkedAt = "2026-05-01T10:00:00.000Z";
    });
    const preview = buildImportPreview(local, incoming);
    expect([preview.changedItems, preview.changedDecisions, preview.changedVerification]).toEqual([[], [], []]);
    expect(preview.localIsEmpty).toBe(false);
  });

  it("lists changed items with both statuses and which fields differ", () => {
    const incoming = edited(local, (p) => {
      p.items["budget-sponsors"]!.status = "done";
      p.items["project-plan"]!.notes = "Pilot moved to June.";
      delete p.items["vpp-token"];
    });
    expect(buildImportPreview(local, incoming).changedItems).toEqual([
      { id: "project-plan", title: expect.any(String), local: "in-progress", incoming: "in-progress", fields: ["notes"] },
      { id: "budget-sponsors", title: expect.stringMatching(/budget/i), local: "blocked", incoming: "done", fields: ["status"] },
      { id: "vpp-token", title: expect.stringMatching(/VPP/), local: "blocked", incoming: "todo", fields: ["status", "owner", "dueDate"] },
    ]);
  });

  it("describes changed decisions on both sides in words", () => {
    const incoming = edited(local, (p) => {
      p.decisions.identities = { value: { appleId: "personal" }, decidedAt: "2026-05-01T10:00:00.000Z" };
      delete p.decisions.policies;
    });
    const { changedDecisions } = buildImportPreview(local, incoming);
    expect(changedDecisions.map((d) => d.key)).toEqual(["identities", "policies"]);
    expect(changedDecisions[0]).toMatchObject({
      local: [{ label: "Apple IDs", value: "Managed Apple IDs" }],
      incoming: [{ label: "Apple IDs", value: "Personal Apple IDs" }],
    });
    expect(changedDecisions[1]?.incoming).toBeNull();
    expect(changedDecisions[1]?.local?.length).toBeGreaterThan(0);
  });

  it("lists changed verdicts", () => {
    const incoming = edited(local, (p) => {
      p.verification["enrollment-device-limit"]!.verdict = "ready";
      delete p.verification["vpp-token"];
    });
    expect(buildImportPreview(local, incoming).changedVerification).toEqual([
      { id: "enrollment-device-limit", title: expect.any(String), local: "not-ready", incoming: "ready" },
      { id: "vpp-token", title: expect.any(String), local: "advisory", incoming: null },
    ]);
  });

  it("counts completion per side, or with the decisions it is given", () => {
    const incoming = edited(local, (p) => {
      for (const id of ITEM_IDS) p.items[id] = { ...(p.items[id] ?? { owner: "", dueDate: "", notes: "", evidenceUrl: "", updatedAt: "" }), status: "done" };
    });
    const preview = buildImportPreview(local, incoming);
    expect(preview.localCompletion).toEqual(completion(local));
    expect(preview.incomingCompletion.overall.percent).toBe(100);

    // Without Apps and Books the VPP token is not needed, so it drops out of both counts.
    const noApps = { ...local.decisions, policies: { value: { ...local.decisions.policies!.value, appsAndBooks: false }, decidedAt: "2026-05-01T10:00:00.000Z" } };
    const given = buildImportPreview(local, incoming, noApps);
    expect(given.localCompletion).toEqual(completion(local, noApps));
    expect(given.localCompletion.overall.total).toBe(preview.localCompletion.overall.total - 1);
    expect(given.incomingCompletion.overall.total).toBe(preview.incomingCompletion.overall.total - 1);
  });

  it("knows when there is nothing local to lose", () => {
    expect(buildImportPreview(emptyProgress(), local).localIsEmpty).toBe(true);
    const touched = edited(emptyProgress(), (p) => {
      p.items["project-plan"] = { status: "todo", owner: "", dueDate: "", notes: "", evidenceUrl: "", updatedAt: "2026-04-01T00:00:00.000Z" };
    });
    expect(isEmptyProgress(touched)).toBe(true);
    expect(isEmptyProgress(edited(touched, (p) => (p.items["project-plan"]!.owner = "Ann")))).toBe(false);
    expect(isEmptyProgress(edited(emptyProgress(), (p) => (p.meta.organization = "Contoso")))).toBe(false);
    expect(isEmptyProgress(edited(emptyProgress(), (p) => (p.decisions.identities = local.decisions.identities)))).toBe(false);
  });
});
