import { describe, expect, it } from "vitest";
import { collectRenewals, demoRenewalCount, toIcs } from "../../../src/domain/export/ics.ts";
import { toMarkdown } from "../../../src/domain/export/markdown.ts";
import type { Progress } from "../../../src/domain/progress/model.ts";
import { contradictedItems } from "../../../src/domain/verification/contradictions.ts";
import { strategyFingerprint } from "../../../src/domain/verification/judged-under.ts";
import { STRATEGY_CHANGED_TEXT } from "../../../src/domain/verification/standing.ts";
import type { VerificationRecord } from "../../../src/domain/verification/types.ts";
import { referenceProgress } from "../../fixtures/reference-progress.ts";

const NOW = new Date("2026-05-01T09:12:13.456Z");
const markdown = (p: Progress) => toMarkdown(p, { now: NOW, includeVerificationDetails: false });
// Rows of the step tables, which follow the rollout plan (it lists the same titles).
const rowOf = (text: string, title: string) =>
  text.slice(text.indexOf("\n## Organization")).split("\n").find((line) => line.startsWith(`| ${title}`)) ?? "";

function asDemo(progress: Progress): Progress {
  for (const record of Object.values(progress.verification) as VerificationRecord[]) {
    record.source = "demo";
    record.scenario = "healthy";
  }
  return progress;
}

describe("demo results never reach what gets signed or scheduled", () => {
  it("leaves demo renewal dates out of the calendar and the Markdown, and says so", () => {
    const own = referenceProgress(NOW);
    expect(collectRenewals(own)).toHaveLength(2);
    const demo = asDemo(referenceProgress(NOW));
    expect(collectRenewals(demo)).toEqual([]);
    expect(demoRenewalCount(demo)).toBe(2);
    expect(toIcs(collectRenewals(demo), NOW)).not.toContain("BEGIN:VEVENT");
    const text = markdown(demo);
    expect(text).toContain("Renewal dates of the demo tenant are left out");
    expect(text.slice(text.indexOf("## Renewal dates"))).not.toMatch(/expires \d{4}/);
  });

  it("keeps the admin's own renewals when only some results are demo", () => {
    const mixed = referenceProgress(NOW);
    mixed.verification["vpp-token"] = { ...mixed.verification["vpp-token"]!, source: "demo" };
    expect(collectRenewals(mixed).map((r) => r.item)).toEqual(["apns-certificate"]);
  });

  it("stamps the Markdown as demo above everything", () => {
    const text = markdown(asDemo(referenceProgress(NOW)));
    expect(text.indexOf("> **Demo results — not your tenant.**")).toBeGreaterThan(0);
    expect(text.indexOf("> **Demo results — not your tenant.**")).toBeLessThan(text.indexOf("\n## "));
    expect(markdown(referenceProgress(NOW))).not.toContain("Demo results");
  });
});

describe("a verdict judged under a changed strategy is withheld in the Markdown", () => {
  it("shows 'strategy changed' instead of the old verdict and reason, and disputes nothing", () => {
    const progress = referenceProgress(NOW);
    progress.items["enrollment-device-limit"] = { ...progress.items["enrollment-device-limit"]!, status: "done" };
    const judged = strategyFingerprint("enrollment-device-limit", progress.decisions);
    progress.verification["enrollment-device-limit"] = { ...progress.verification["enrollment-device-limit"]!, strategyFingerprint: judged };
    expect(contradictedItems(progress)).toEqual(["enrollment-device-limit"]);
    expect(rowOf(markdown(progress), "Enrollment device limit")).toContain("**Not ready**");

    progress.decisions.devices!.value.perUser.ipad = 4;
    const row = rowOf(markdown(progress), "Enrollment device limit");
    expect(row).toContain(`**${STRATEGY_CHANGED_TEXT}**`);
    expect(row).not.toContain("Not ready");
    expect(row).not.toContain("The default device limit is 3");
    expect(contradictedItems(progress)).toEqual([]);
  });
});

describe("imported results are labelled in the Markdown and the calendar", () => {
  it("names who shared them and when", () => {
    const progress = referenceProgress(NOW);
    for (const id of ["apns-certificate", "vpp-token"] as const) {
      progress.verification[id] = { ...progress.verification[id]!, imported: { via: "link", by: "Alex Kim", at: "2026-04-30T08:00:00.000Z" } };
    }
    const text = markdown(progress);
    expect(rowOf(text, "Apple MDM push")).toContain("Imported from a shared link by Alex Kim (shared 2026-04-30)");
    expect(text.slice(text.indexOf("## Renewal dates"))).toContain("(imported from a shared link by Alex Kim (shared 2026-04-30))");
    expect(toIcs(collectRenewals(progress), NOW).replace(/\r\n /g, "")).toContain("Imported from a shared link by Alex Kim (shared 2026-04-30)");
  });
});
