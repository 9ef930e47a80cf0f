import { describe, expect, it } from "vitest";
import { ITEM_IDS, STEP_ITEMS, type ItemId } from "../../../src/domain/catalog/ids.ts";
import type { ItemProgress, Progress } from "../../../src/domain/progress/model.ts";
import { applicabilityAll } from "../../../src/domain/rules/applicability.ts";
import { GATE_STEPS, SET_ASIDE_ACTION, executiveSummary } from "../../../src/domain/rules/executive.ts";
import { DECISION_SCHEMAS, type Decisions } from "../../../src/domain/strategy/schema.ts";
import type { VerificationRecord } from "../../../src/domain/verification/types.ts";
import { item, progress, record } from "../progress/helpers.ts";

const at = "2026-05-01T00:00:00.000Z";
// Midday, so the local calendar day is the same in every time zone the tests might run in.
const NOW = new Date("2026-06-15T12:00:00");

// Personal Macs only and no Apps and Books: neither Apple token is needed.
const personalOnly: Decisions = {
  devices: {
    value: DECISION_SCHEMAS.devices.parse({ ownership: "personal", abmPurchase: "no", expectedMacs: 5, perUser: { mac: 1, iphone: 1, ipad: 0, other: 0 } }),
    decidedAt: at,
  },
  policies: { value: DECISION_SCHEMAS.policies.parse({ areas: [], appsAndBooks: false, notes: "" }), decidedAt: at },
};

const required = (decisions: Decisions) => {
  const all = applicabilityAll(decisions);
  return ITEM_IDS.filter((id) => GATE_STEPS.some((step) => (STEP_ITEMS[step] as readonly string[]).includes(id)) && all[id].level === "required");
};

/** Every gate item done, then the overrides. */
function ready(overrides: Partial<Record<ItemId, Partial<ItemProgress>>> = {}, verification: Progress["verification"] = {}): Progress {
  const items: Progress["items"] = {};
  for (const id of required(personalOnly)) items[id] = item({ status: "done" });
  for (const [id, patch] of Object.entries(overrides) as [ItemId, Partial<ItemProgress>][]) items[id] = item({ ...items[id], ...patch });
  return progress({ items, decisions: personalOnly, verification });
}

const live = (overrides: Partial<VerificationRecord>) => record({ source: "live", ...overrides });

describe("executiveSummary: go / no-go", () => {
  const cases: { name: string; progress: Progress; go: boolean; open: ItemId[]; headline: RegExp }[] = [
    {
      name: "every required strategy and tenant item done",
      progress: ready(),
      go: true,
      open: [],
      headline: /^Go: the first pilot Mac can enroll\. Every prerequisite it needs is done \(0 of \d+ verified against the tenant\)\.$/,
    },
    {
      name: "a required tenant item still to do",
      progress: ready({ "apns-certificate": { status: "todo" } }),
      go: false,
      open: ["apns-certificate"],
      headline: /^No-go: the first pilot Mac cannot enroll yet\. 1 required prerequisite is not in place: Apple MDM push .*\.$/,
    },
    {
      name: "marked done, but the last live check found it not ready",
      progress: ready({}, { "apns-certificate": live({ verdict: "not-ready", reason: "The certificate expired." }) }),
      go: false,
      open: ["apns-certificate"],
      headline: /\(last check: not ready\)/,
    },
    {
      name: "a demo verdict of not ready changes nothing",
      progress: ready({}, { "apns-certificate": record({ source: "demo", verdict: "not-ready" }) }),
      go: true,
      open: [],
      headline: /^Go:/,
    },
    {
      name: "not marked done, but a live check found it ready",
      progress: ready({ "intune-license": { status: "in-progress" } }, { "intune-license": live({ verdict: "ready" }) }),
      go: true,
      open: [],
      headline: /1 of \d+ verified/,
    },
    {
      name: "an item the strategy does not need never blocks (ADE token, personal Macs only)",
      progress: ready({ "ade-token": { status: "blocked", blockedReason: "No ABM" } }),
      go: true,
      open: [],
      headline: /^Go:/,
    },
    {
      name: "an open organization item does not stop the first Mac",
      progress: ready({ "project-plan": { status: "todo" } }),
      go: true,
      open: [],
      headline: /^Go:/,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = executiveSummary(c.progress, NOW);
      expect(result.go).toBe(c.go);
      expect(result.openGate).toEqual(c.open);
      expect(result.headline).toMatch(c.headline);
    });
  }

  it("names at most four open items and counts the rest", () => {
    const result = executiveSummary(progress(), NOW);
    expect(result.go).toBe(false);
    expect(result.openGate.length).toBeGreaterThan(4);
    expect(result.headline).toContain(`and ${result.openGate.length - 4} more.`);
    expect(result.headline).toContain(`${result.openGate.length} required prerequisites are not in place`);
  });
});

describe("executiveSummary: blockers, overdue, next actions", () => {
  it("lists blocked applicable items with their reason, and failing real checks", () => {
    const result = executiveSummary(
      ready(
        { "budget-sponsors": { status: "blocked", owner: "Anna", blockedReason: " Waiting for the CFO; Anna can chase. " }, "ade-token": { status: "blocked" } },
        { "enrollment-device-limit": live({ verdict: "not-ready", reason: "The limit is 3; you need 5." }) },
      ),
      NOW,
    );
    expect(result.blockers).toEqual([
      { id: "budget-sponsors", title: expect.any(String), owner: "Anna", kind: "blocked", reason: "Waiting for the CFO; Anna can chase." },
      { id: "enrollment-device-limit", title: expect.any(String), owner: "", kind: "not-ready", reason: "The limit is 3; you need 5." },
    ]);
  });

  const overdueCases: { name: string; patch: Partial<ItemProgress>; overdue: boolean }[] = [
    { name: "due yesterday, to do", patch: { status: "todo", dueDate: "2026-06-14" }, overdue: true },
    { name: "due yesterday, blocked", patch: { status: "blocked", dueDate: "2026-06-14" }, overdue: true },
    { name: "due today", patch: { status: "todo", dueDate: "2026-06-15" }, overdue: false },
    { name: "due yesterday but done", patch: { status: "done", dueDate: "2026-06-14" }, overdue: false },
    { name: "due yesterday but not applicable", patch: { status: "not-applicable", dueDate: "2026-06-14" }, overdue: false },
    { name: "no due date", patch: { status: "todo", dueDate: "" }, overdue: false },
  ];
  for (const c of overdueCases) {
    it(`overdue: ${c.name}`, () => {
      const result = executiveSummary(ready({ "project-plan": c.patch }), NOW);
      expect(result.overdue.map((o) => o.id)).toEqual(c.overdue ? ["project-plan"] : []);
      if (c.overdue) expect(result.overdue[0]?.daysOverdue).toBe(1);
    });
  }

  it("never flags an item the strategy does not need as overdue", () => {
    expect(executiveSummary(ready({ "vpp-token": { dueDate: "2026-01-01" } }), NOW).overdue).toEqual([]);
  });

  it("puts what stops the first Mac first, then blocked, overdue and dated work, three at most", () => {
    const result = executiveSummary(
      ready({
        "project-goals": { status: "todo", dueDate: "2026-06-01", owner: "Tom" },
        "project-plan": { status: "todo", dueDate: "2026-07-01" },
        "budget-sponsors": { status: "blocked", blockedReason: "Budget freeze" },
        "intune-license": { status: "todo" },
      }, { "apns-certificate": live({ verdict: "not-ready", reason: "Expired." }) }),
      NOW,
    );
    expect(result.nextActions.map((a) => [a.id, a.kind, a.gate])).toEqual([
      ["apns-certificate", "not-ready", true],
      ["intune-license", "open", true],
      ["budget-sponsors", "blocked", false],
    ]);
    expect(result.nextActions[0]?.reason).toBe("Expired.");
  });

  it("orders open work outside the gate by overdue, then due date", () => {
    const result = executiveSummary(
      ready({
        "project-plan": { status: "todo", dueDate: "2026-07-01" },
        "security-approval": { status: "todo" },
        "project-goals": { status: "in-progress", dueDate: "2026-06-01", owner: "Tom" },
      }),
      NOW,
    );
    expect(result.nextActions.map((a) => [a.id, a.kind, a.owner])).toEqual([
      ["project-goals", "overdue", "Tom"],
      ["project-plan", "due", ""],
      ["security-approval", "open", ""],
    ]);
  });
});

it("lists a required gate item marked not applicable as work, with why", () => {
  const result = executiveSummary(ready({ "apns-certificate": { status: "not-applicable" } }), NOW);
  expect(result.openGate).toEqual(["apns-certificate"]);
  expect(result.nextActions[0]).toMatchObject({ id: "apns-certificate", kind: "open", gate: true, reason: SET_ASIDE_ACTION });
});

describe("executiveSummary: renewals", () => {
  const renewal = (days: number, label = `in ${days} days`) => ({ label, expiresAt: new Date(NOW.getTime() + days * 86_400_000).toISOString() });

  it("keeps real renewals within 90 days (and expired ones), soonest first, never demo ones", () => {
    const result = executiveSummary(
      ready({}, {
        "apns-certificate": live({ renewals: [renewal(120), renewal(89)] }),
        "vpp-token": record({ source: "file", renewals: [renewal(-3, "expired")] }),
        "ade-token": record({ source: "demo", renewals: [renewal(10, "demo token")] }),
      }),
      NOW,
    );
    expect(result.renewals.map((r) => [r.item, r.label, r.daysLeft])).toEqual([
      ["vpp-token", "expired", -3],
      ["apns-certificate", "in 89 days", 89],
    ]);
  });
});
