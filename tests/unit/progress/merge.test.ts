import { describe, expect, it } from "vitest";
import { clampFuture, mergeDifferences, mergeProgress } from "../../../src/domain/progress/merge.ts";
import type { IncomingProgress, Progress } from "../../../src/domain/progress/model.ts";
import { progressReducer } from "../../../src/domain/progress/reducer.ts";
import type { ProgressAction } from "../../../src/domain/progress/reducer.ts";
import { deepFreeze, item, progress, record } from "./helpers.ts";

const t = (minute: number) => new Date(Date.UTC(2026, 1, 1, 10, minute)).toISOString();
const apply = (state: Progress, ...actions: ProgressAction[]) => actions.reduce(progressReducer, state);

/** Both tabs end up with the same progress whichever order the merge runs in. */
const expectConverged = (a: Progress, b: Progress) => {
  expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
};

describe("mergeProgress: per field, the later write wins", () => {
  const start = deepFreeze(progress({ items: { "project-plan": item({ owner: "Sam", updatedAt: t(0) }) }, updatedAt: t(0) }));

  it("keeps both sides' edits to different fields of the same item", () => {
    const a = apply(start, { type: "item/update", id: "project-plan", patch: { notes: "from A" }, at: t(1) });
    const b = apply(start, { type: "item/update", id: "project-plan", patch: { status: "done" }, at: t(2) });
    const merged = mergeProgress(a, b);
    expect(merged.items["project-plan"]).toMatchObject({ owner: "Sam", notes: "from A", status: "done", updatedAt: t(2) });
    expectConverged(a, b);
  });

  it("loses neither tab's edit when two tabs edit different items at the same moment", () => {
    const a = apply(start, { type: "item/update", id: "project-plan", patch: { owner: "Ana" }, at: t(1) });
    const b = apply(start, { type: "item/update", id: "ade-token", patch: { status: "done" }, at: t(1) });
    const inA = mergeProgress(a, b);
    expect(inA.items["project-plan"]?.owner).toBe("Ana");
    expect(inA.items["ade-token"]?.status).toBe("done");
    expect(mergeProgress(b, inA)).toEqual(inA);
  });

  it("the same field edited on both sides: the later write, ties settled the same way in both tabs", () => {
    const a = apply(start, { type: "item/update", id: "project-plan", patch: { owner: "A" }, at: t(3) });
    const b = apply(start, { type: "item/update", id: "project-plan", patch: { owner: "B" }, at: t(4) });
    expect(mergeProgress(a, b).items["project-plan"]?.owner).toBe("B");
    const tie = apply(start, { type: "item/update", id: "project-plan", patch: { owner: "C" }, at: t(3) });
    expectConverged(a, tie);
  });

  it("returns local itself when the other copy brings nothing newer", () => {
    const a = apply(start, { type: "item/update", id: "project-plan", patch: { notes: "n" }, at: t(1) });
    expect(mergeProgress(a, a)).toBe(a);
    expect(mergeProgress(a, start)).toBe(a);
    expect(mergeProgress(a, progress())).toBe(a);
  });

  it("merges fields it has never heard of (optional fields other parts add) the same way", () => {
    type Loose = Record<string, unknown>;
    const a = structuredClone(start);
    (a.items["project-plan"] as unknown as Loose).blockedReason = "waiting for Apple";
    (a.meta as unknown as Loose).department = "IT";
    const b = structuredClone(start);
    b.verification["ade-token"] = { ...record({ checkedAt: t(5) }), imported: { from: "link" } } as never;
    b.clock = { "items/project-plan/blockedReason": t(6) };
    (b.items["project-plan"] as unknown as Loose).blockedReason = "newer reason";
    const merged = mergeProgress(a, b) as unknown as { items: Record<string, Loose>; meta: Loose; verification: Record<string, Loose> };
    expect(merged.items["project-plan"]?.blockedReason).toBe("newer reason");
    expect(merged.meta.department).toBe("IT");
    expect(merged.verification["ade-token"]?.imported).toEqual({ from: "link" });
  });
});

describe("removals are writes too", () => {
  const before = deepFreeze(
    progress({
      items: { "project-plan": item({ status: "done", updatedAt: t(1) }) },
      decisions: { identities: { value: { appleId: "managed" }, decidedAt: t(1) } },
      verification: { "ade-token": record({ checkedAt: t(1) }) },
      meta: { organization: "Contoso", tenantName: "", preparedBy: "" },
      updatedAt: t(1),
    }),
  );
  const reset = apply(before, { type: "start-over", at: t(5) });

  it("after Start over another tab's stale copy does not bring the old answers back", () => {
    expect(mergeProgress(reset, before)).toBe(reset);
    expect(mergeProgress(before, reset)).toEqual(reset);
  });

  it("an edit the other tab made after the reset survives; its older fields do not", () => {
    const staleButEdited = apply(before, { type: "item/update", id: "vpp-token", patch: { owner: "Alex" }, at: t(6) });
    const merged = mergeProgress(reset, staleButEdited);
    expect(merged.items).toEqual({ "vpp-token": item({ owner: "Alex", updatedAt: t(6) }) });
    expect(merged.decisions).toEqual({});
    expect(merged.verification).toEqual({});
    expect(merged.meta.organization).toBe("");
    expectConverged(reset, staleButEdited);
  });

  it("undo (a replace at a later time) wins over the emptied copy in other tabs", () => {
    const undone = apply(reset, { type: "replace", progress: before, at: t(7) });
    expect(mergeProgress(reset, undone)).toEqual(undone);
    expect(mergeProgress(undone, reset)).toBe(undone);
  });

  it("a cleared check stays cleared, but checks run after the clear are kept", () => {
    const withChecks = deepFreeze(progress({ verification: { "ade-token": record({ checkedAt: t(1) }), "vpp-token": record({ checkedAt: t(1) }) }, updatedAt: t(1) }));
    const cleared = apply(withChecks, { type: "verification/clear", at: t(3) });
    const otherTab = apply(withChecks, { type: "verification/record", records: { "vpp-token": record({ verdict: "advisory", checkedAt: t(4) }) }, at: t(4) });
    expect(mergeProgress(cleared, otherTab).verification).toEqual({ "vpp-token": record({ verdict: "advisory", checkedAt: t(4) }) });
    expectConverged(cleared, otherTab);
  });
});

describe("imports never delete", () => {
  const local = deepFreeze(
    progress({
      items: { "project-plan": item({ status: "in-progress", notes: "my notes", owner: "Me", updatedAt: t(1) }) },
      verification: { "apns-certificate": record({ reason: "Valid until June; owner apple@contoso.com", checkedAt: t(1) }) },
      meta: { organization: "Contoso", tenantName: "contoso.onmicrosoft.com", preparedBy: "Me" },
      clock: { "meta/organization": t(1), "meta/tenantName": t(1), "meta/preparedBy": t(1) },
      updatedAt: t(1),
    }),
  );

  it("leaves every local field the incoming copy does not mention alone, even when the incoming item is newer", () => {
    // What a link made later carries for this item: only its status (notes and owner were left out as empty).
    const link: IncomingProgress = { ...progress(), items: { "project-plan": { status: "done", updatedAt: t(9) } }, meta: { organization: "Fabrikam" }, clock: { "meta/organization": t(9) }, updatedAt: t(9) };
    const merged = mergeProgress(local, link);
    expect(merged.items["project-plan"]).toMatchObject({ status: "done", notes: "my notes", owner: "Me" });
    expect(merged.meta).toEqual({ organization: "Fabrikam", tenantName: "contoso.onmicrosoft.com", preparedBy: "Me" });
    expect(merged.verification).toEqual(local.verification);
  });

  it("a check result stripped for a link never replaces a complete local record, however new", () => {
    const stripped = record({ reason: "", checkedAt: t(9), verdict: "not-ready", detailsLeftOut: true });
    const link: IncomingProgress = { ...progress(), verification: { "apns-certificate": stripped, "ade-token": stripped } };
    const merged = mergeProgress(local, link);
    expect(merged.verification["apns-certificate"]).toEqual(local.verification["apns-certificate"]);
    // Where there is nothing local, the stripped result is better than nothing, and says what it is.
    expect(merged.verification["ade-token"]).toEqual(stripped);
    expect(mergeDifferences(local, link, merged).find((d) => d.path === "verification/apns-certificate")).toMatchObject({ winner: "local", because: "complete" });
  });

  it("a link dated 9999 is clamped to now, so a later local edit still wins", () => {
    const now = new Date(t(10));
    const poisoned: IncomingProgress = { ...progress(), items: { "project-plan": { notes: "from the future", updatedAt: "9999-12-31T23:59:59.000Z" } } };
    const { progress: clamped, clamped: count } = clampFuture(poisoned, now);
    expect(count).toBe(1);
    const merged = mergeProgress(local, clamped);
    expect(merged.items["project-plan"]?.notes).toBe("from the future");
    const edited = apply(merged, { type: "item/update", id: "project-plan", patch: { notes: "mine again" }, at: t(11) });
    expect(mergeProgress(edited, clamped).items["project-plan"]?.notes).toBe("mine again");
  });

  it("times within a few minutes of clock skew are kept as they are", () => {
    const now = new Date(t(10));
    const skewed: IncomingProgress = { ...progress(), items: { "project-plan": { notes: "x", updatedAt: t(13) } } };
    expect(clampFuture(skewed, now).clamped).toBe(0);
  });
});

describe("mergeDifferences", () => {
  const local = deepFreeze(
    progress({
      items: { "project-plan": item({ status: "done", owner: "Sam", updatedAt: t(5) }) },
      verification: { "ade-token": record({ verdict: "ready", checkedAt: t(1) }) },
      updatedAt: t(5),
    }),
  );

  it("lists only real differences, field by field, with the side the merge kept", () => {
    const incoming = deepFreeze(
      progress({
        items: {
          "project-plan": item({ status: "in-progress", owner: "Sam", updatedAt: t(2) }),
          "vpp-token": item({ notes: "new", updatedAt: t(3) }),
        },
        // Same result checked again: not a difference ("Ready → Ready" is noise).
        verification: { "ade-token": record({ verdict: "ready", checkedAt: t(9) }) },
        updatedAt: t(9),
      }),
    );
    const merged = mergeProgress(local, incoming);
    expect(mergeDifferences(local, incoming, merged)).toEqual([
      { path: "items/project-plan/status", local: "done", incoming: "in-progress", winner: "local", because: "newer" },
      { path: "items/vpp-token/notes", local: "", incoming: "new", winner: "incoming", because: "newer" },
    ]);
  });

  it("says when a tie was settled by value, not by time", () => {
    const incoming = deepFreeze(progress({ items: { "project-plan": item({ status: "done", owner: "Zoe", updatedAt: t(5) }) }, updatedAt: t(5) }));
    const merged = mergeProgress(local, incoming);
    expect(mergeDifferences(local, incoming, merged)).toEqual([
      { path: "items/project-plan/owner", local: "Sam", incoming: "Zoe", winner: "incoming", because: "same-time" },
    ]);
  });
});
