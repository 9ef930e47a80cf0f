import { describe, expect, it } from "vitest";
import { emptyProgress } from "../../../src/domain/progress/model.ts";
import { restore, serialize } from "../../../src/domain/progress/restore.ts";
import type { RestoreProblem } from "../../../src/domain/progress/restore.ts";
import { MAX_SAVED_CHARS } from "../../../src/domain/progress/validation.ts";
import { envelope, item, progress, readFixture, record } from "./helpers.ts";

const validData = () => progress({ items: { "project-plan": item({ status: "done" }) }, updatedAt: "2026-01-01T00:00:00.000Z" });

describe("restore", () => {
  it.each([[null], [""], ["  \n"]])("treats %j as nothing saved yet", (raw) => {
    expect(restore(raw)).toEqual({ kind: "empty", progress: emptyProgress() });
  });

  it("restores current-version data without migrating", () => {
    const saved = validData();
    const raw = serialize(saved, new Date("2026-02-01T00:00:00Z"));
    expect(restore(raw)).toEqual({ kind: "restored", progress: saved, migratedFrom: null, repaired: [], raw });
  });

  it("migrates the v1 fixture and says so", () => {
    const result = restore(readFixture(1));
    expect(result.kind).toBe("restored");
    if (result.kind === "restored") {
      expect(result.migratedFrom).toBe(1);
      expect(result.progress.items["project-plan"]?.dueDate).toBe("2025-12-15");
      expect(result.progress.decisions.identities).toEqual({ value: { appleId: "managed" }, decidedAt: "2025-11-03T14:20:00.000Z" });
    }
  });

  it("round-trips the v4 fixture exactly (per-field clock, a removal, a result without details)", () => {
    const raw = readFixture(4);
    const fixture = JSON.parse(raw) as { savedAt: string };
    const result = restore(raw);
    expect(result).toMatchObject({ kind: "restored", migratedFrom: null });
    if (result.kind !== "restored") return;
    expect(JSON.parse(serialize(result.progress, new Date(fixture.savedAt)))).toEqual(JSON.parse(raw));
  });

  const tooLarge = envelope({ ...validData(), meta: { organization: "x".repeat(MAX_SAVED_CHARS), tenantName: "", preparedBy: "" } });
  const withItem = (extra: Record<string, unknown>) =>
    envelope({ ...validData(), items: { "project-plan": { ...item(), ...extra } } });

  it.each<[string, string, RestoreProblem, RegExp]>([
    ["not JSON", "{\"version\":2,\"savedAt\":", "not-json", /not valid JSON/],
    ["a JSON string", "\"hello\"", "not-our-format", /not progress saved by this app/],
    ["a JSON array", "[1,2]", "not-our-format", /not progress saved by this app/],
    ["JSON null", "null", "not-our-format", /not progress saved by this app/],
    ["no envelope", JSON.stringify(validData()), "not-our-format", /not progress saved by this app/],
    ["version 0", envelope(validData(), 0), "not-our-format", /not progress saved by this app/],
    ["a fractional version", envelope(validData(), 1.5), "not-our-format", /not progress saved by this app/],
    ["a string version", JSON.stringify({ version: "2", savedAt: "2026-01-01T00:00:00Z", data: validData() }), "not-our-format", /not progress saved by this app/],
    ["a newer version", envelope(validData(), 5), "newer-version", /newer version of this app \(format 5/],
    ["a bad savedAt", envelope(validData(), 2, "yesterday"), "invalid-field", /savedAt/],
    ["wrong-shape data", envelope({ items: [], decisions: {}, verification: {}, meta: {}, updatedAt: "" }), "invalid-field", /at items/],
    ["missing meta", envelope({ ...validData(), meta: undefined }), "invalid-field", /at meta/],
    ["oversized text", tooLarge, "too-large", /too large to read \([\d,]+ characters; the limit is 2,000,000\)/],
  ])("keeps %s aside as unreadable", (_label, raw, problem, reason) => {
    const result = restore(raw);
    expect(result).toEqual({ kind: "unreadable", progress: emptyProgress(), problem, reason: expect.stringMatching(reason), raw });
  });

  it.each<[string, string, string, "repaired" | "set aside", (p: import("../../../src/domain/progress/model.ts").Progress) => unknown, unknown]>([
    ["an unknown status", withItem({ status: "finished" }), "items/project-plan", "repaired", (p) => p.items["project-plan"]?.status, "todo"],
    ["a javascript: evidence URL", withItem({ evidenceUrl: "javascript:alert(document.cookie)" }), "items/project-plan", "repaired", (p) => p.items["project-plan"]?.evidenceUrl, ""],
    ["an impossible due date", withItem({ dueDate: "2026-02-30" }), "items/project-plan", "repaired", (p) => p.items["project-plan"]?.dueDate, ""],
    ["a note over a lowered limit", withItem({ notes: "n".repeat(5_001) }), "items/project-plan", "repaired", (p) => p.items["project-plan"]?.notes.length, 5_000],
    ["an over-long owner", withItem({ owner: "x".repeat(121) }), "items/project-plan", "repaired", (p) => p.items["project-plan"]?.owner, "x".repeat(120)],
    ["an invalid decision", envelope({ ...validData(), decisions: { identities: { value: { appleId: "icloud" }, decidedAt: "2026-01-01T00:00:00Z" } } }), "decisions/identities", "set aside", (p) => p.decisions.identities, undefined],
    ["Platform SSO without a method", envelope({ ...validData(), decisions: { accountsSso: { value: { sso: "platform-sso", localAccount: "standard" }, decidedAt: "2026-01-01T00:00:00Z" } } }), "decisions/accountsSso", "set aside", (p) => p.decisions.accountsSso, undefined],
    ["an undated decision", envelope({ ...validData(), decisions: { identities: { value: { appleId: "none" } } } }), "decisions/identities", "set aside", (p) => p.decisions.identities, undefined],
    ["an unknown verdict", envelope({ ...validData(), verification: { "ade-token": { ...record(), verdict: "green" } } }), "verification/ade-token", "set aside", (p) => p.verification["ade-token"], undefined],
    ["an unknown source", envelope({ ...validData(), verification: { "ade-token": { ...record(), source: "guess" } } }), "verification/ade-token", "set aside", (p) => p.verification["ade-token"], undefined],
  ])("restores per record: %s is %s, the rest of the save is kept and the problem reported", (_label, raw, path, action, read, expected) => {
    const result = restore(raw);
    if (result.kind !== "restored") throw new Error(`expected restored, got ${result.kind}`);
    expect(result.repaired).toEqual([{ path, problem: expect.any(String), action }]);
    expect(read(result.progress)).toEqual(expected);
    // The rest survives.
    expect(result.progress.updatedAt).toBe("2026-01-01T00:00:00.000Z");
    expect(result.raw).toBe(raw);
  });

  it("drops unknown item and verification ids instead of failing", () => {
    const raw = envelope({
      ...validData(),
      items: { "project-plan": item({ status: "done" }), "retired-item": item(), "also-gone": { broken: true } },
      // Verification only exists for tenant items: an organization item id is dropped too.
      verification: { "apns-certificate": record(), "project-plan": record(), "some-future-check": { nonsense: 1 } },
    });
    const result = restore(raw);
    expect(result.kind).toBe("restored");
    if (result.kind !== "restored") return;
    expect(Object.keys(result.progress.items)).toEqual(["project-plan"]);
    expect(Object.keys(result.progress.verification)).toEqual(["apns-certificate"]);
  });

  it("ignores fields it does not know inside known records", () => {
    const result = restore(withItem({ colour: "blue" }));
    expect(result.kind).toBe("restored");
    if (result.kind === "restored") expect(result.progress.items["project-plan"]).toEqual(item());
  });

  it.each([
    ["a lone surrogate", "\"\\ud800\""],
    ["deep nesting", `${"[".repeat(50_000)}${"]".repeat(50_000)}`],
    ["a prototype key", envelope({ ...validData(), items: JSON.parse("{\"__proto__\": {\"status\": \"done\"}}") as unknown })],
    ["a proto payload in the envelope", "{\"__proto__\":{\"version\":2},\"data\":{}}"],
    ["binary noise", String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i))],
  ])("never throws, even for %s", (_label, raw) => {
    expect(() => restore(raw)).not.toThrow();
    expect(["restored", "unreadable", "empty"]).toContain(restore(raw).kind);
  });
});

describe("serialize", () => {
  it("writes a versioned envelope stamped with the given time", () => {
    const saved = validData();
    expect(JSON.parse(serialize(saved, new Date("2026-03-04T05:06:07.089Z")))).toEqual({
      version: 4,
      savedAt: "2026-03-04T05:06:07.089Z",
      data: saved,
    });
  });
});
