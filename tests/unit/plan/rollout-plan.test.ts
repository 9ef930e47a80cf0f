import { describe, expect, it } from "vitest";
import { ITEM_IDS } from "../../../src/domain/catalog/ids.ts";
import { emptyProgress } from "../../../src/domain/progress/model.ts";
import { PLAN_ORDER, PLAN_PHASE_IDS, currentPhase, rolloutPlan } from "../../../src/domain/plan/rollout-plan.ts";
import { localDay } from "../../../src/domain/plan/today.ts";
import { completion } from "../../../src/domain/rules/completion.ts";
import { collectDueDates, toIcs } from "../../../src/domain/export/ics.ts";
import { toMarkdown } from "../../../src/domain/export/markdown.ts";
import { referenceProgress } from "../../fixtures/reference-progress.ts";

const NOW = new Date("2026-05-01T09:00:00Z");
const TODAY = "2026-05-01";

describe("plan order", () => {
  it("places every item in exactly one phase", () => {
    const placed = PLAN_PHASE_IDS.flatMap((phase) => PLAN_ORDER[phase] as readonly string[]);
    expect([...placed].sort()).toEqual([...ITEM_IDS].sort());
  });

  it("follows Microsoft's order: set up, then the pilot Mac, then secure", () => {
    expect(PLAN_PHASE_IDS).toEqual(["prepare", "set-up", "pilot", "secure", "enroll", "maintain"]);
    const setUp: readonly string[] = PLAN_ORDER["set-up"];
    // The SSO policy exists before Macs enroll; LAPS lives in the ADE profile; Company Portal is a must-have app.
    expect(setUp.indexOf("apns-certificate")).toBeLessThan(setUp.indexOf("ade-token"));
    expect(setUp.indexOf("ade-token")).toBeLessThan(setUp.indexOf("ade-enrollment-profile"));
    expect(setUp.indexOf("ade-enrollment-profile")).toBeLessThan(setUp.indexOf("laps"));
    expect(setUp).toContain("sso-policy");
    expect(PLAN_ORDER.pilot).toEqual(["pilot-mac"]);
    expect(PLAN_ORDER.secure[0]).toBe("compliance-policy");
  });
});

describe("rolloutPlan", () => {
  it("lists exactly the items that count towards readiness, in plan order", () => {
    const progress = referenceProgress(NOW);
    const plan = rolloutPlan(progress, TODAY);
    const listed = plan.flatMap((phase) => phase.rows.map((r) => r.id));
    expect([...listed].sort()).toEqual([...completion(progress).counted].sort());
    // The reference strategy has no Defender and no LAPS, and corporate Macs come through ADE.
    expect(listed).not.toContain("defender");
    expect(listed).not.toContain("laps");
    expect(listed).not.toContain("corporate-identifiers");
    expect(listed.indexOf("sso-policy")).toBeLessThan(listed.indexOf("pilot-mac"));
    expect(listed.indexOf("pilot-mac")).toBeLessThan(listed.indexOf("compliance-policy"));
  });

  it("carries owner, due date, status and whether it is overdue", () => {
    const progress = referenceProgress(NOW);
    const pilot = rolloutPlan(progress, TODAY).find((p) => p.id === "pilot");
    expect(pilot?.rows).toEqual([
      { id: "pilot-mac", title: expect.stringMatching(/pilot Mac/), step: "setup", status: "blocked", level: "required", owner: "Tom Becker", dueDate: "2026-05-22", overdue: false },
    ]);
    const later = rolloutPlan(progress, "2026-06-01").find((p) => p.id === "pilot");
    expect(later?.rows[0]?.overdue).toBe(true);
    // A done item is never overdue.
    const budget = rolloutPlan(progress, "2027-01-01").flatMap((p) => p.rows).find((r) => r.id === "security-approval");
    expect(budget?.overdue).toBe(false);
  });

  it("counts done items per phase and knows where the team stands", () => {
    const plan = rolloutPlan(referenceProgress(NOW), TODAY);
    expect(plan.find((p) => p.id === "prepare")?.done).toBe(4);
    expect(currentPhase(plan)).toBe("prepare");
    const progress = emptyProgress();
    for (const id of ITEM_IDS) progress.items[id] = { status: "done", owner: "", dueDate: "", notes: "", evidenceUrl: "", updatedAt: "" };
    expect(currentPhase(rolloutPlan(progress, TODAY))).toBeNull();
  });

  it("keeps the enroll and maintain phases as milestones without items", () => {
    const plan = rolloutPlan(emptyProgress(), TODAY);
    expect(plan.find((p) => p.id === "enroll")?.rows).toEqual([]);
    expect(plan.find((p) => p.id === "maintain")?.goal).toMatch(/every year/);
  });

  it("reads today in local time", () => {
    expect(localDay(new Date(2026, 0, 9, 23, 59))).toBe("2026-01-09");
  });
});

describe("exports carry the plan", () => {
  it("Markdown has the plan with phases, owners and due dates before the step tables", () => {
    const markdown = toMarkdown(referenceProgress(NOW), { now: NOW, includeVerificationDetails: false });
    const plan = markdown.split("## Rollout plan")[1]?.split("\n## ")[0] ?? "";
    expect(markdown.indexOf("## Rollout plan")).toBeLessThan(markdown.indexOf("## Organization"));
    expect(plan).toMatch(/### 3\. Enroll a pilot Mac \(0 of 1 done\)/);
    expect(plan).toMatch(/\| A pilot Mac enrolled the way users will enroll \| Tenant set-up \| Tom Becker \| 2026-05-22 \| Blocked \|/);
    expect(plan).toMatch(/### 5\. Enroll the rest/);
  });

  it("the calendar holds the open items' due dates as events, one stable UID per item", () => {
    const progress = referenceProgress(NOW);
    const dues = collectDueDates(progress, TODAY);
    expect(dues.map((d) => d.day)).toEqual([...dues.map((d) => d.day)].sort());
    expect(dues.some((d) => d.item === "pilot-mac" && d.owner === "Tom Becker" && d.day === "2026-05-22")).toBe(true);
    // Done items (security approval, due in the past) and not-needed ones are left out.
    expect(dues.some((d) => d.item === "security-approval")).toBe(false);
    const ics = toIcs([], NOW, dues);
    expect(ics).toContain("UID:due-pilot-mac@intune-mac-readiness");
    expect(ics).toContain("DTSTART;VALUE=DATE:20260522");
    expect(ics).toMatch(/SUMMARY:Due: A pilot Mac enrolled the way users will enroll/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(dues.length);
    expect(toIcs([], NOW)).not.toContain("UID:due-");
  });
});
