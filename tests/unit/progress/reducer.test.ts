import { describe, expect, it } from "vitest";
import type { ItemStatus, Progress } from "../../../src/domain/progress/model.ts";
import { progressReducer } from "../../../src/domain/progress/reducer.ts";
import type { ProgressAction } from "../../../src/domain/progress/reducer.ts";
import type { DevicesDecision } from "../../../src/domain/strategy/schema.ts";
import { deepFreeze, item, progress, record } from "./helpers.ts";

const T0 = "2026-01-01T00:00:00.000Z";
const AT = "2026-02-02T10:00:00.000Z";

const devices: DevicesDecision = {
  ownership: "corporate",
  abmPurchase: "yes",
  expectedMacs: 40,
  perUser: { mac: 1, iphone: 1, ipad: 0, other: 0 },
};

const base = (): Progress =>
  deepFreeze(
    progress({
      items: { "project-plan": item({ status: "in-progress", owner: "Sam", updatedAt: T0 }) },
      decisions: { devices: { value: devices, decidedAt: T0 } },
      verification: { "apns-certificate": record({ checkedAt: T0 }) },
      meta: { organization: "Contoso", tenantName: "", preparedBy: "" },
      updatedAt: T0,
    }),
  );

describe("progressReducer: actions that change nothing return the same object", () => {
  it.each<[string, ProgressAction]>([
    ["an item patch with the current values", { type: "item/update", id: "project-plan", patch: { status: "in-progress", owner: "Sam" }, at: AT }],
    ["an empty item patch", { type: "item/update", id: "project-plan", patch: {}, at: AT }],
    ["a patch of undefined values", { type: "item/update", id: "project-plan", patch: { owner: undefined }, at: AT }],
    ["setting an untouched item to its defaults", { type: "item/update", id: "vpp-token", patch: { status: "todo", notes: "" }, at: AT }],
    ["a meta patch with the current values", { type: "meta/update", patch: { organization: "Contoso", tenantName: "" }, at: AT }],
    ["re-recording an identical check result", { type: "verification/record", records: { "apns-certificate": record({ checkedAt: T0 }) }, at: AT }],
    ["recording nothing", { type: "verification/record", records: {}, at: AT }],
  ])("%s", (_label, action) => {
    const state = base();
    expect(progressReducer(state, action)).toBe(state);
  });

  it("clearing verification when there is none", () => {
    const state = deepFreeze(progress());
    expect(progressReducer(state, { type: "verification/clear", at: AT })).toBe(state);
  });

  it("re-saving the same decision when its item is already done", () => {
    const state = deepFreeze({ ...base(), items: { ...base().items, "strategy-devices": item({ status: "done", updatedAt: T0 }) } });
    expect(progressReducer(state, { type: "decision/save", key: "devices", value: { ...devices }, at: AT })).toBe(state);
  });
});

describe("progressReducer: changes", () => {
  it("updates an item, stamping it and the progress with `at`", () => {
    const next = progressReducer(base(), { type: "item/update", id: "project-plan", patch: { status: "done", notes: "Signed" }, at: AT });
    expect(next.items["project-plan"]).toEqual(item({ status: "done", owner: "Sam", notes: "Signed", updatedAt: AT }));
    expect(next.updatedAt).toBe(AT);
  });

  it("creates an untouched item from the defaults", () => {
    const state = base();
    const next = progressReducer(state, { type: "item/update", id: "vpp-token", patch: { owner: "Alex" }, at: AT });
    expect(next.items["vpp-token"]).toEqual(item({ owner: "Alex", updatedAt: AT }));
    expect(next.items["project-plan"]).toBe(state.items["project-plan"]);
  });

  it.each<[ItemStatus, ItemStatus]>([
    ["todo", "done"],
    ["in-progress", "done"],
    ["blocked", "done"],
    ["done", "done"],
    ["not-applicable", "not-applicable"],
  ])("saving a decision moves its strategy item from %s to %s", (before, after) => {
    const state = deepFreeze(progress({ items: { "strategy-identities": item({ status: before, updatedAt: T0 }) } }));
    const next = progressReducer(state, { type: "decision/save", key: "identities", value: { appleId: "managed" }, at: AT });
    expect(next.decisions.identities).toEqual({ value: { appleId: "managed" }, decidedAt: AT });
    expect(next.items["strategy-identities"]?.status).toBe(after);
    expect(next.items["strategy-identities"]?.updatedAt).toBe(before === after ? T0 : AT);
    expect(next.updatedAt).toBe(AT);
  });

  it.each([
    ["devices", "strategy-devices", devices],
    ["identities", "strategy-identities", { appleId: "none" }],
    ["accountsSso", "strategy-accounts-sso", { sso: "enterprise-sso", localAccount: "standard" }],
    ["policies", "strategy-policies", { areas: ["filevault"], appsAndBooks: false, notes: "" }],
  ] as const)("saving %s completes %s even when the item was never touched", (key, itemId, value) => {
    const next = progressReducer(deepFreeze(progress()), { type: "decision/save", key, value, at: AT } as ProgressAction);
    expect(next.items[itemId]).toEqual(item({ status: "done", updatedAt: AT }));
    expect(Object.keys(next.items)).toEqual([itemId]);
  });

  it("re-saving an unchanged decision keeps its decidedAt but still finishes an open item", () => {
    const next = progressReducer(base(), { type: "decision/save", key: "devices", value: { ...devices }, at: AT });
    expect(next.decisions.devices?.decidedAt).toBe(T0);
    expect(next.items["strategy-devices"]?.status).toBe("done");
  });

  it("updates meta", () => {
    const next = progressReducer(base(), { type: "meta/update", patch: { preparedBy: "Sam Lee" }, at: AT });
    expect(next.meta).toEqual({ organization: "Contoso", tenantName: "", preparedBy: "Sam Lee" });
    expect(next.updatedAt).toBe(AT);
  });

  it("replaces only the check results it is given", () => {
    const fresh = record({ verdict: "not-ready", checkedAt: AT });
    const next = progressReducer(base(), { type: "verification/record", records: { "ade-token": fresh }, at: AT });
    expect(next.verification).toEqual({ "apns-certificate": record({ checkedAt: T0 }), "ade-token": fresh });
    const again = progressReducer(next, { type: "verification/record", records: { "apns-certificate": fresh }, at: AT });
    expect(again.verification["apns-certificate"]).toBe(fresh);
  });

  it("clears verification as a removal at `at` that the clock remembers", () => {
    const state = base();
    const next = progressReducer(state, { type: "verification/clear", at: AT });
    expect(next.verification).toEqual({});
    expect(next.clock).toMatchObject({ "verification/apns-certificate": AT });
    expect(next.items).toEqual(state.items);
    expect(next.updatedAt).toBe(AT);
  });

  it("starts over with an empty checklist: every field it had is written empty at `at`", () => {
    const next = progressReducer(base(), { type: "start-over", at: AT });
    expect(next.items).toEqual({});
    expect(next.decisions).toEqual({});
    expect(next.verification).toEqual({});
    expect(next.meta).toEqual({ organization: "", tenantName: "", preparedBy: "" });
    expect(next.updatedAt).toBe(AT);
    for (const path of ["items/project-plan/status", "items/project-plan/owner", "decisions/devices", "verification/apns-certificate", "meta/organization"]) {
      expect(next.clock?.[path], path).toBe(AT);
    }
  });

  it("replace (undo of start over) writes every field of the previous progress at its own time", () => {
    const previous = base();
    const emptied = progressReducer(previous, { type: "start-over", at: AT });
    const later = "2026-02-02T10:00:05.000Z";
    const undone = progressReducer(emptied, { type: "replace", progress: previous, at: later });
    expect(undone.items["project-plan"]).toEqual({ ...previous.items["project-plan"], updatedAt: later });
    expect(undone.decisions).toEqual(previous.decisions);
    expect(undone.verification).toEqual(previous.verification);
    expect(undone.meta).toEqual(previous.meta);
    expect(undone.clock?.["decisions/devices"]).toBe(later);
  });

  it("stamps only the item fields it wrote; the others keep their own time", () => {
    const next = progressReducer(base(), { type: "item/update", id: "project-plan", patch: { notes: "x" }, at: AT });
    expect(next.items["project-plan"]?.updatedAt).toBe(AT);
    expect(next.clock).toMatchObject({ "items/project-plan/status": T0, "items/project-plan/owner": T0 });
    expect(next.clock?.["items/project-plan/notes"]).toBeUndefined();
  });
});
