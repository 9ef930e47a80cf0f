import { describe, expect, it } from "vitest";
import { ITEM_IDS, STEP_ITEMS, type ItemId } from "../../../src/domain/catalog/ids.ts";
import { emptyProgress, type ItemStatus, type Progress } from "../../../src/domain/progress/model.ts";
import { completion } from "../../../src/domain/rules/completion.ts";
import { DECISION_SCHEMAS, type Decisions } from "../../../src/domain/strategy/schema.ts";

const at = "2026-05-01T00:00:00Z";

function withStatuses(statuses: Partial<Record<ItemId, ItemStatus>>, decisions: Decisions = {}): Progress {
  const progress = emptyProgress();
  for (const [id, status] of Object.entries(statuses) as [ItemId, ItemStatus][]) {
    progress.items[id] = { status, owner: "", dueDate: "", notes: "", evidenceUrl: "", updatedAt: at };
  }
  progress.decisions = decisions;
  return progress;
}

// Personal Macs only and no Apps and Books: both Apple tokens become not needed.
const personalOnly: Decisions = {
  devices: {
    value: DECISION_SCHEMAS.devices.parse({ ownership: "personal", abmPurchase: "no", expectedMacs: 5, perUser: { mac: 1, iphone: 1, ipad: 0, other: 0 } }),
    decidedAt: at,
  },
  policies: { value: DECISION_SCHEMAS.policies.parse({ areas: [], appsAndBooks: false, notes: "" }), decidedAt: at },
};

const ALL = ITEM_IDS.length;

describe("completion", () => {
  it("counts every item as to do on an empty progress", () => {
    const result = completion(emptyProgress());
    expect(result.overall).toEqual({ done: 0, total: ALL, percent: 0 });
    expect(result.counted).toEqual(ITEM_IDS);
    expect(result.steps).toEqual({
      organization: { done: 0, total: STEP_ITEMS.organization.length },
      strategy: { done: 0, total: STEP_ITEMS.strategy.length },
      tenant: { done: 0, total: STEP_ITEMS.tenant.length },
      setup: { done: 0, total: STEP_ITEMS.setup.length },
      policies: { done: 0, total: STEP_ITEMS.policies.length },
    });
  });

  it.each<{ name: string; statuses: Partial<Record<ItemId, ItemStatus>>; done: number; total: number }>([
    { name: "only done counts as done", statuses: { "security-approval": "done", "project-goals": "in-progress", "project-plan": "blocked" }, done: 1, total: ALL },
    { name: "not-applicable leaves the total", statuses: { "security-approval": "not-applicable", "project-goals": "done" }, done: 1, total: ALL - 1 },
    { name: "a done item marked not-applicable is not counted", statuses: { "apns-certificate": "not-applicable" }, done: 0, total: ALL - 1 },
  ])("$name", ({ statuses, done, total }) => {
    const result = completion(withStatuses(statuses));
    expect(result.overall.done).toBe(done);
    expect(result.overall.total).toBe(total);
  });

  it("leaves out items the strategy makes not needed, even when ticked done", () => {
    const result = completion(withStatuses({ "ade-token": "done", "vpp-token": "done", "apns-certificate": "done" }, personalOnly));
    expect(result.counted).not.toContain("ade-token");
    expect(result.counted).not.toContain("vpp-token");
    const total = Object.values(result.steps).reduce((sum, tally) => sum + tally.total, 0);
    expect(total).toBeLessThan(ALL - 2);
    expect(result.overall).toEqual({ done: 1, total, percent: Math.floor(100 / total) });
    expect(result.steps.tenant).toEqual({ done: 1, total: STEP_ITEMS.tenant.length - 2 });
    expect(result.steps.organization).toEqual({ done: 0, total: STEP_ITEMS.organization.length });
  });

  it("uses explicit decisions over the ones saved in the progress", () => {
    const progress = withStatuses({}, personalOnly);
    expect(completion(progress).overall.total).toBeLessThan(ALL - 2);
    expect(completion(progress, {}).overall.total).toBe(ALL);
  });

  it("tallies each step on its own", () => {
    const result = completion(
      withStatuses({
        "security-approval": "done",
        "project-goals": "done",
        "budget-sponsors": "not-applicable",
        "strategy-devices": "done",
        "mdm-user-scope": "not-applicable",
        "intune-license": "done",
      }),
    );
    expect(result.steps).toEqual({
      organization: { done: 2, total: 3 },
      strategy: { done: 1, total: 4 },
      tenant: { done: 1, total: 7 },
      setup: { done: 0, total: 7 },
      policies: { done: 0, total: 9 },
    });
    expect(result.overall).toEqual({ done: 4, total: 30, percent: 13 });
    expect(result.counted).not.toContain("budget-sponsors");
    expect(result.counted).not.toContain("mdm-user-scope");
  });

  it.each([
    { doneCount: 1, percent: 3 }, // 1/32 = 3.125
    { doneCount: 31, percent: 96 }, // 31/32 = 96.875, never rounded up to look finished
    { doneCount: 32, percent: 100 },
  ])("rounds $doneCount of 32 down to $percent%", ({ doneCount, percent }) => {
    const statuses = Object.fromEntries(ITEM_IDS.slice(0, doneCount).map((id) => [id, "done" as const]));
    expect(completion(withStatuses(statuses)).overall.percent).toBe(percent);
  });

  it("reports 0% rather than dividing by zero when nothing counts", () => {
    const statuses = Object.fromEntries(ITEM_IDS.map((id) => [id, "not-applicable" as const]));
    const result = completion(withStatuses(statuses));
    expect(result.overall).toEqual({ done: 0, total: 0, percent: 0 });
    expect(result.counted).toEqual([]);
  });
});
