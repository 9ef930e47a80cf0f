import { describe, expect, it } from "vitest";
import { CONTRADICTION_TEXT, contradictedItems, contradictsDone } from "../../../src/domain/verification/contradictions.ts";
import { toMarkdown } from "../../../src/domain/export/markdown.ts";
import { ITEM_STATUSES, type ItemStatus, type Progress } from "../../../src/domain/progress/model.ts";
import { VERDICTS, type Verdict, type VerificationRecord, type VerificationSource } from "../../../src/domain/verification/types.ts";
import { referenceProgress } from "../../fixtures/reference-progress.ts";

const NOW = new Date("2026-05-01T09:12:13.456Z");
const record = (verdict: Verdict, source: VerificationSource): VerificationRecord => ({
  verdict,
  reason: "The Apple MDM push certificate expired.",
  details: [],
  renewals: [],
  checkedAt: "2026-04-30T10:00:00.000Z",
  source,
});

describe("contradictsDone: a status of done that the tenant's last check disputes", () => {
  const cases: [ItemStatus, Verdict, VerificationSource, boolean][] = [
    ["done", "not-ready", "live", true],
    ["done", "not-ready", "file", true],
    ["done", "not-ready", "demo", false], // a fictitious tenant says nothing about yours
    ["done", "error", "live", false], // a check that could not run disputes nothing
    ["done", "advisory", "live", false],
    ["done", "ready", "live", false],
    ["in-progress", "not-ready", "live", false],
    ["not-applicable", "not-ready", "live", false],
  ];
  it.each(cases)("%s + %s from %s → %s", (status, verdict, source, expected) => {
    expect(contradictsDone(status, record(verdict, source))).toBe(expected);
  });

  it("only not-ready disputes done, for every status and verdict", () => {
    for (const status of ITEM_STATUSES)
      for (const verdict of VERDICTS) expect(contradictsDone(status, record(verdict, "live"))).toBe(status === "done" && verdict === "not-ready");
  });

  it("an unchecked item disputes nothing", () => {
    expect(contradictsDone("done", undefined)).toBe(false);
  });
});

function apnsDoneButExpired(source: VerificationSource = "live"): Progress {
  const progress = referenceProgress(NOW);
  progress.items["apns-certificate"] = { ...progress.items["apns-certificate"]!, status: "done" };
  progress.verification["apns-certificate"] = record("not-ready", source);
  return progress;
}

describe("contradictedItems and the Markdown export", () => {
  it("lists the tenant items marked done that their last real check found not ready", () => {
    expect(contradictedItems(referenceProgress(NOW))).toEqual([]);
    expect(contradictedItems(apnsDoneButExpired())).toEqual(["apns-certificate"]);
    expect(contradictedItems(apnsDoneButExpired("demo"))).toEqual([]);
  });

  it("warns in the item's row and keeps it among the open items", () => {
    const markdown = toMarkdown(apnsDoneButExpired(), { now: NOW, includeVerificationDetails: false });
    // The step tables follow the rollout plan, which lists the same title.
    const row = markdown.slice(markdown.indexOf("\n## Tenant prerequisites")).split("\n").find((line) => line.startsWith("| Apple MDM push"));
    expect(row).toContain(CONTRADICTION_TEXT);
    const open = markdown.slice(markdown.indexOf("## Open items"));
    expect(open).toMatch(/Apple MDM push[^\n]*Done, but the last check found it not ready/);
    expect(toMarkdown(referenceProgress(NOW), { now: NOW, includeVerificationDetails: false })).not.toContain("found it not ready");
  });
});
