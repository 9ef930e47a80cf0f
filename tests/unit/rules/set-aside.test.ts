import { describe, expect, it } from "vitest";
import { SET_ASIDE_TEXT, isSetAside, setAsideItems } from "../../../src/domain/rules/set-aside.ts";
import { toMarkdown } from "../../../src/domain/export/markdown.ts";
import { completion } from "../../../src/domain/rules/completion.ts";
import { ITEM_STATUSES, type Progress } from "../../../src/domain/progress/model.ts";
import { referenceProgress } from "../../fixtures/reference-progress.ts";

const NOW = new Date("2026-05-01T09:12:13.456Z");

describe("isSetAside: a required item taken out of the readiness figure", () => {
  it("only not-applicable on a required item", () => {
    for (const status of ITEM_STATUSES)
      for (const level of ["required", "optional", "not-needed"] as const)
        expect(isSetAside(status, { level }), `${status}/${level}`).toBe(status === "not-applicable" && level === "required");
  });
});

function apnsSetAside(): Progress {
  const progress = referenceProgress(NOW);
  progress.items["apns-certificate"] = { ...progress.items["apns-certificate"]!, status: "not-applicable" };
  return progress;
}

describe("setAsideItems and the Markdown export", () => {
  it("finds the APNs certificate (always required) marked not applicable, next to the reference progress's ADE token", () => {
    // The reference strategy buys Macs through Apple Business Manager, so its "not applicable" ADE token is set aside.
    expect(setAsideItems(referenceProgress(NOW))).toEqual(["ade-token"]);
    expect(setAsideItems(apnsSetAside())).toEqual(["apns-certificate", "ade-token"]);
    // The reason it matters: the item leaves the readiness figure.
    expect(completion(apnsSetAside()).counted).not.toContain("apns-certificate");
  });

  it("warns in the item's row and lists it among the open items", () => {
    const markdown = toMarkdown(apnsSetAside(), { now: NOW, includeVerificationDetails: false });
    const row = markdown.split("\n").find((line) => line.startsWith("| Apple MDM push"));
    expect(row).toContain(SET_ASIDE_TEXT);
    expect(markdown.slice(markdown.indexOf("## Open items"))).toMatch(/Apple MDM push[^\n]*Not applicable, though your strategy requires it/);
    const reference = referenceProgress(NOW);
    reference.items["ade-token"] = { ...reference.items["ade-token"]!, status: "in-progress" };
    expect(toMarkdown(reference, { now: NOW, includeVerificationDetails: false })).not.toContain("though your strategy requires it");
  });
});
