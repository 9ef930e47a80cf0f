import { describe, expect, it } from "vitest";
import { diffProgress, mergeProgress } from "../../../src/domain/progress/merge.ts";
import type { Progress } from "../../../src/domain/progress/model.ts";
import { progressReducer } from "../../../src/domain/progress/reducer.ts";
import type { ProgressAction } from "../../../src/domain/progress/reducer.ts";
import { deepFreeze, item, progress, record } from "./helpers.ts";

const t = (minute: number) => new Date(Date.UTC(2026, 1, 1, 10, minute)).toISOString();
const apply = (state: Progress, ...actions: ProgressAction[]) => actions.reduce(progressReducer, state);

/** Both tabs end up with the same progress whichever order the merge runs in. */
const expectConverged = (a: Progress, b: Progress) => {
  expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
};

describe("mergeProgress", () => {
  const local = deepFreeze(
    progress({
      items: {
        "project-plan": item({ owner: "Local", updatedAt: t(5) }),
        "ade-token": item({ status: "blocked", updatedAt: t(1) }),
        "security-approval": item({ status: "done", updatedAt: t(2) }),
      },
      decisions: {
        identities: { value: { appleId: "managed" }, decidedAt: t(3) },
        policies: { value: { areas: [], appsAndBooks: true, notes: "" }, decidedAt: t(9) },
      },
      verification: { "apns-certificate": record({ verdict: "ready", checkedAt: t(4) }) },
      meta: { organization: "Local org", tenantName: "", preparedBy: "" },
      updatedAt: t(9),
    }),
  );
  const incoming = deepFreeze(
    progress({
      items: {
        "project-plan": item({ owner: "Incoming", updatedAt: t(2) }),
        "ade-token": item({ status: "done", updatedAt: t(7) }),
        "vpp-token": item({ notes: "only here", updatedAt: t(6) }),
      },
      decisions: {
        identities: { value: { appleId: "none" }, decidedAt: t(8) },
        policies: { value: { areas: ["firewall"], appsAndBooks: false, notes: "" }, decidedAt: t(1) },
      },
      verification: {
        "apns-certificate": record({ verdict: "not-ready", checkedAt: t(6) }),
        "vpp-token": record({ verdict: "advisory", checkedAt: t(6) }),
      },
      meta: { organization: "Incoming org", tenantName: "", preparedBy: "" },
      updatedAt: t(10),
    }),
  );

  it("keeps the newer entry per item, decision and check result, and meta from the newer copy", () => {
    const merged = mergeProgress(local, incoming);
    expect(merged.items).toEqual({
      "project-plan": local.items["project-plan"],
      "ade-token": incoming.items["ade-token"],
      "security-approval": local.items["security-approval"],
      "vpp-token": incoming.items["vpp-token"],
    });
    expect(merged.decisions).toEqual({ identities: incoming.decisions.identities, policies: local.decisions.policies });
    expect(merged.verification).toEqual(incoming.verification);
    expect(merged.meta).toBe(incoming.meta);
    expect(merged.updatedAt).toBe(t(10));
    expectConverged(local, incoming);
  });

  it("returns local itself when the other copy brings nothing newer", () => {
    expect(mergeProgress(local, local)).toBe(local);
    expect(mergeProgress(local, progress())).toBe(local);
    const older = deepFreeze({ ...local, items: { "project-plan": item({ owner: "Old", updatedAt: t(0) }) }, updatedAt: t(0) });
    expect(mergeProgress(local, older)).toBe(local);
  });

  it("settles ties the same way in both tabs", () => {
    const a = deepFreeze(progress({ items: { "project-plan": item({ owner: "A", updatedAt: t(1) }) }, updatedAt: t(1) }));
    const b = deepFreeze(progress({ items: { "project-plan": item({ owner: "B", updatedAt: t(1) }) }, updatedAt: t(1) }));
    expectConverged(a, b);
  });

  it("loses neither tab's edit when two tabs edit different items", () => {
    const start = deepFreeze(progress({ items: { "project-plan": item({ updatedAt: t(0) }) }, updatedAt: t(0) }));
    const tabA = apply(start, { type: "item/update", id: "project-plan", patch: { owner: "Ana" }, at: t(1) });
    const tabB = apply(start, { type: "item/update", id: "ade-token", patch: { status: "done" }, at: t(2) });
    const inA = mergeProgress(tabA, tabB);
    expect(inA.items["project-plan"]?.owner).toBe("Ana");
    expect(inA.items["ade-token"]?.status).toBe("done");
    expect(mergeProgress(tabB, inA)).toEqual(inA);
  });

  describe("after Start over", () => {
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

    it("another tab's stale copy does not bring the old answers back", () => {
      expect(mergeProgress(reset, before)).toBe(reset);
      expect(mergeProgress(before, reset)).toEqual(reset);
    });

    it("an edit the other tab made after the reset survives, its old entries and meta do not", () => {
      const staleButEdited = apply(before, { type: "item/update", id: "vpp-token", patch: { owner: "Alex" }, at: t(6) });
      const merged = mergeProgress(reset, staleButEdited);
      expect(merged.items).toEqual({ "vpp-token": item({ owner: "Alex", updatedAt: t(6) }) });
      expect(merged.decisions).toEqual({});
      expect(merged.verification).toEqual({});
      expect(merged.meta).toEqual(reset.meta);
      expect(merged.startedAt).toBe(t(5));
      expectConverged(reset, staleButEdited);
    });

    it("undo (replace with a time) wins over the emptied copy in other tabs", () => {
      const undone = apply(reset, { type: "replace", progress: before, at: t(7) });
      expect(mergeProgress(reset, undone)).toEqual(undone);
      expect(mergeProgress(undone, reset)).toBe(undone);
    });
  });

  it("a cleared verification stays cleared, but checks run after the clear are kept", () => {
    const withChecks = deepFreeze(progress({ verification: { "ade-token": record({ checkedAt: t(1) }), "vpp-token": record({ checkedAt: t(1) }) }, updatedAt: t(1) }));
    const cleared = apply(withChecks, { type: "verification/clear", at: t(3) });
    const otherTab = apply(withChecks, { type: "verification/record", records: { "vpp-token": record({ verdict: "advisory", checkedAt: t(4) }) }, at: t(4) });
    const merged = mergeProgress(cleared, otherTab);
    expect(merged.verification).toEqual({ "vpp-token": record({ verdict: "advisory", checkedAt: t(4) }) });
    expect(merged.verificationClearedAt).toBe(t(3));
    expectConverged(cleared, otherTab);
  });
});

describe("diffProgress", () => {
  const a = deepFreeze(
    progress({
      items: {
        "vpp-token": item({ status: "done", updatedAt: t(1) }),
        "project-plan": item({ owner: "Sam", updatedAt: t(1) }),
        "budget-sponsors": item({ updatedAt: t(1) }),
      },
      decisions: { identities: { value: { appleId: "managed" }, decidedAt: t(1) } },
      verification: { "ade-token": record({ checkedAt: t(1) }), "apns-certificate": record({ checkedAt: t(1) }) },
    }),
  );

  it("lists what differs in checklist order, ignoring timestamps and untouched defaults", () => {
    const b = deepFreeze(
      progress({
        items: {
          "vpp-token": item({ status: "todo", updatedAt: t(2) }),
          "project-plan": item({ owner: "Sam", updatedAt: t(9) }),
          "security-approval": item({ notes: "new", updatedAt: t(2) }),
        },
        decisions: {
          identities: { value: { appleId: "managed" }, decidedAt: t(9) },
          policies: { value: { areas: [], appsAndBooks: false, notes: "" }, decidedAt: t(2) },
        },
        verification: { "ade-token": record({ checkedAt: t(9) }), "apns-certificate": record({ verdict: "error", checkedAt: t(1) }) },
      }),
    );
    expect(diffProgress(a, b)).toEqual({
      items: ["security-approval", "vpp-token"],
      decisions: ["policies"],
      verification: ["apns-certificate"],
    });
  });

  it("finds nothing between a progress and itself", () => {
    expect(diffProgress(a, a)).toEqual({ items: [], decisions: [], verification: [] });
  });
});
