import { describe, expect, it } from "vitest";
import { TENANT_ITEM_IDS, type TenantItemId } from "../../../src/domain/catalog/ids.ts";
import { emptyProgress, type Progress } from "../../../src/domain/progress/model.ts";
import { parseProgress } from "../../../src/domain/progress/schema.ts";
import type { Decisions } from "../../../src/domain/strategy/schema.ts";
import { strategyFingerprint } from "../../../src/domain/verification/judged-under.ts";
import { applyRun, hasOwnResults, markImported, type Run } from "../../../src/domain/verification/records.ts";
import { demoWording, importedText, shownReason, standingNotes, standingOf } from "../../../src/domain/verification/standing.ts";
import type { CheckResult, VerificationRecord } from "../../../src/domain/verification/types.ts";

const T1 = "2026-12-01T09:00:00.000Z";
const T2 = "2026-12-02T09:00:00.000Z";
const NOW = new Date("2026-12-02T10:00:00.000Z");
const day = (iso: string) => iso.slice(0, 10);

const result = (item: TenantItemId, verdict: CheckResult["verdict"], reason = `${item} ${verdict}`): CheckResult => ({
  item, verdict, reason, details: [], fix: null,
});
const allResults = (verdict: CheckResult["verdict"]) => TENANT_ITEM_IDS.map((id) => result(id, verdict));
const run = (source: Run["source"], checkedAt: string, judgedUnder: Decisions = {}): Run => ({
  source, checkedAt, judgedUnder, ...(source === "demo" ? { scenario: "healthy" } : {}),
});

describe("applyRun: a failed check never wipes an earlier good result of the admin's own tenant", () => {
  const good = applyRun({}, allResults("ready"), run("live", T1));

  it("a run with only errors keeps every earlier result, each marked with the failure", () => {
    const errors = TENANT_ITEM_IDS.map((id) => result(id, "error", "Microsoft Graph refused: missing permission."));
    const next = applyRun(good, errors, run("live", T2));
    for (const id of TENANT_ITEM_IDS) {
      expect(next[id]).toEqual({ ...good[id], lastFailure: { at: T2, reason: "Microsoft Graph refused: missing permission." } });
    }
  });

  it("per item: checked items take the new result, failed and unchecked ones keep the old one", () => {
    const mixed = [result("apns-certificate", "not-ready"), result("vpp-token", "error"), result("ade-token", "not-checked")];
    const next = applyRun(good, mixed, run("file", T2));
    expect(next["apns-certificate"]).toMatchObject({ verdict: "not-ready", source: "file", checkedAt: T2 });
    expect(next["apns-certificate"]).not.toHaveProperty("lastFailure");
    expect(next["vpp-token"]).toMatchObject({ verdict: "ready", checkedAt: T1, lastFailure: { at: T2, reason: "vpp-token error" } });
    expect(next["ade-token"]).toMatchObject({ verdict: "ready", checkedAt: T1, lastFailure: { at: T2 } });
    expect(next["intune-license"]).toMatchObject({ verdict: "ready", lastFailure: { reason: "The latest check did not include this item." } });
  });

  it("a later good result replaces a kept one and its failure note", () => {
    const failed = applyRun(good, allResults("error"), run("live", T2));
    const again = applyRun(failed, allResults("advisory"), run("live", "2026-12-03T09:00:00.000Z"));
    for (const id of TENANT_ITEM_IDS) expect(again[id]).not.toHaveProperty("lastFailure");
  });

  it("an earlier error or demo result is not worth keeping", () => {
    const demo = applyRun({}, allResults("ready"), run("demo", T1));
    expect(applyRun(demo, allResults("error"), run("live", T2))["apns-certificate"]).toMatchObject({ verdict: "error", source: "live" });
    const failedFirst = applyRun({}, allResults("error"), run("live", T1));
    expect(applyRun(failedFirst, allResults("error"), run("live", T2))["apns-certificate"]).toMatchObject({ verdict: "error", checkedAt: T2 });
  });

  it("a demo run replaces everything (the panel asks first when the admin's own results are there)", () => {
    expect(hasOwnResults(good)).toBe(true);
    const demo = applyRun(good, allResults("error"), run("demo", T2));
    expect(Object.values(demo).every((r) => r?.source === "demo")).toBe(true);
    expect(hasOwnResults(demo)).toBe(false);
    expect(hasOwnResults({})).toBe(false);
  });

  it("stores the strategy fingerprint of the answers each result was judged under", () => {
    const decisions: Decisions = { policies: { value: { areas: [], appsAndBooks: true, notes: "" }, decidedAt: T1 } };
    const next = applyRun({}, allResults("ready"), run("live", T1, decisions));
    expect(next["vpp-token"]?.strategyFingerprint).toBe(strategyFingerprint("vpp-token", decisions));
    expect(next["apns-certificate"]).not.toHaveProperty("strategyFingerprint");
  });
});

const record = (patch: Partial<VerificationRecord> = {}): VerificationRecord => ({
  verdict: "ready", reason: "Fine.", details: [], renewals: [], checkedAt: T2, source: "live", ...patch,
});
const progressWith = (id: TenantItemId, r: VerificationRecord, decisions: Decisions = {}): Progress => ({
  ...emptyProgress(), verification: { [id]: r }, decisions,
});

describe("markImported: results from a link or backup say so, with who and when", () => {
  it("labels new or changed results and leaves the ones this browser already holds alone", () => {
    const local = progressWith("apns-certificate", record());
    const incoming: Progress = { ...emptyProgress(), verification: { "apns-certificate": record(), "vpp-token": record({ verdict: "not-ready" }) } };
    const stamped = markImported(incoming, local, { via: "link", by: " Alex Kim ", at: T1 });
    expect(stamped.verification["apns-certificate"]).toEqual(record());
    expect(stamped.verification["vpp-token"]?.imported).toEqual({ via: "link", by: "Alex Kim", at: T1 });
    expect(parseProgress(stamped).ok).toBe(true);
  });

  it("keeps the first label of a result imported before, and drops an unreadable time", () => {
    const first = { via: "backup", by: "Jonas", at: T1 } as const;
    const incoming = progressWith("vpp-token", record({ imported: first }));
    expect(markImported(incoming, emptyProgress(), { via: "link", at: T2 }).verification["vpp-token"]?.imported).toEqual(first);
    const noTime = markImported(progressWith("vpp-token", record()), emptyProgress(), { via: "backup", at: "" });
    expect(noTime.verification["vpp-token"]?.imported).toEqual({ via: "backup" });
    expect(importedText({ via: "backup" }, day)).toBe("Imported from a backup file");
    expect(importedText({ via: "link", by: "Alex", at: T1 }, day)).toBe("Imported from a shared link by Alex (shared 2026-12-01)");
  });
});

describe("standingOf: what every view may show of a saved result", () => {
  const corporate: Decisions = {
    devices: { value: { ownership: "corporate", abmPurchase: "yes", expectedMacs: 5, perUser: { mac: 1, iphone: 0, ipad: 0, other: 0 } }, decidedAt: T1 },
  };

  it("offers Mark as done only for a fresh, current ready from the admin's own live check or evidence file", () => {
    const fp = strategyFingerprint("ade-token", corporate);
    const can = (r: VerificationRecord, now = NOW) => standingOf(progressWith("ade-token", r, corporate), "ade-token", now)?.canMarkDone;
    expect(can(record({ strategyFingerprint: fp }))).toBe(true);
    expect(can(record({ strategyFingerprint: fp, source: "file" }))).toBe(true);
    expect(can(record({ strategyFingerprint: fp, source: "demo" }))).toBe(false);
    expect(can(record({ strategyFingerprint: fp, verdict: "advisory" }))).toBe(false);
    expect(can(record({ strategyFingerprint: fp, imported: { via: "link" } }))).toBe(false);
    expect(can(record({ strategyFingerprint: fp, lastFailure: { at: T2, reason: "x" } }))).toBe(false);
    expect(can(record({ strategyFingerprint: "00000000" }))).toBe(false);
    expect(can(record({ strategyFingerprint: fp }), new Date("2026-12-20T09:00:00.000Z"))).toBe(false);
  });

  it("withholds the verdict once the strategy it was judged under has changed", () => {
    const s = standingOf(progressWith("ade-token", record({ strategyFingerprint: "00000000", verdict: "not-ready" }), corporate), "ade-token", NOW);
    expect(s).toMatchObject({ verdict: null, strategyChanged: true, canMarkDone: false });
  });

  it("a demo judged with sample answers says so, and never calls them 'your strategy'", () => {
    const demo = record({ source: "demo", verdict: "not-ready", reason: "No token is uploaded, but your strategy enrolls corporate Macs with ADE." });
    const s = standingOf(progressWith("ade-token", demo), "ade-token", NOW)!;
    expect(s.sampleDecisions).toEqual(["devices"]);
    expect(shownReason(s)).toBe("No token is uploaded, but the sample strategy enrolls corporate Macs with ADE.");
    expect(standingNotes(s, day)).toEqual(["Judged with the sample strategy's devices: you have not decided them yet."]);
    expect(demoWording("Your strategy", { sampleDecisions: [] })).toBe("Your strategy");
  });

  it("a kept result names the failed check and its own date; an imported one who shared it", () => {
    const kept = record({ lastFailure: { at: T2, reason: "Throttled." }, checkedAt: T1, imported: { via: "link", by: "Alex", at: T1 } });
    const s = standingOf(progressWith("apns-certificate", kept), "apns-certificate", NOW)!;
    expect(standingNotes(s, day)).toEqual([
      "Imported from a shared link by Alex (shared 2026-12-01).",
      "The last check failed on 2026-12-02 (Throttled): showing the result from 2026-12-01.",
    ]);
  });
});
