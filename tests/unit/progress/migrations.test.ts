import { describe, expect, it } from "vitest";
import { CURRENT_VERSION, MIGRATIONS, migrate } from "../../../src/domain/progress/migrations.ts";
import type { Migration } from "../../../src/domain/progress/migrations.ts";
import { restore } from "../../../src/domain/progress/restore.ts";
import { deepFreeze, fixtureVersions, readFixture } from "./helpers.ts";

type Fixture = { version: number; savedAt: string; data: unknown };
const loadFixture = (version: number) => JSON.parse(readFixture(version)) as Fixture;

describe("migrations (meta)", () => {
  it("form one ordered chain from version 1 to CURRENT_VERSION with unique names", () => {
    const steps = MIGRATIONS.map((m) => [m.from, m.to]);
    const expected = Array.from({ length: CURRENT_VERSION - 1 }, (_, i) => [i + 1, i + 2]);
    expect(steps).toEqual(expected);
    const names = MIGRATIONS.map((m) => m.name.trim());
    expect(names.every((n) => n.length > 0)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  it("have a frozen fixture for every version ever shipped, the current one included", () => {
    expect(fixtureVersions()).toEqual(Array.from({ length: CURRENT_VERSION }, (_, i) => i + 1));
    for (const version of fixtureVersions()) expect(loadFixture(version).version).toBe(version);
  });

  it("are all exercised by restoring the fixtures", () => {
    const used = new Set<string>();
    const spied: Migration[] = MIGRATIONS.map((m) => ({
      ...m,
      migrate: (data, ctx) => {
        used.add(m.name);
        return m.migrate(data, ctx);
      },
    }));
    for (const version of fixtureVersions()) {
      const { data, savedAt } = loadFixture(version);
      expect(migrate(data, version, { savedAt }, spied).ok).toBe(true);
    }
    expect([...used].sort()).toEqual(MIGRATIONS.map((m) => m.name).sort());
  });

  describe.each(MIGRATIONS.map((m) => [m.name, m] as const))("%s", (_name, migration) => {
    it("does not mutate its (deep-frozen) input", () => {
      const fixture = loadFixture(migration.from);
      const before = structuredClone(fixture.data);
      const frozen = deepFreeze(fixture.data);
      const out = migration.migrate(frozen, { savedAt: fixture.savedAt });
      expect(frozen).toEqual(before);
      expect(out).not.toBe(frozen);
    });

    it("turns its fixture into valid current progress via restore()", () => {
      const result = restore(readFixture(migration.from));
      expect(result).toMatchObject({ kind: "restored", migratedFrom: migration.from });
    });

    it.each([[null], [42], ["text"], [[]], [{ items: "nope" }], [{ items: { "project-plan": null }, strategy: 7 }]])(
      "does not throw on damaged input %j",
      (data: unknown) => {
        expect(() => migration.migrate(deepFreeze(data), { savedAt: "2026-01-01T00:00:00.000Z" })).not.toThrow();
      },
    );
  });
});

describe("v1→v2: timestamps, renamed fields, verification", () => {
  it("renames fields, dates everything with savedAt and moves strategy to decisions", () => {
    const result = restore(readFixture(1));
    if (result.kind !== "restored") throw new Error(`expected restored, got ${result.kind}`);
    const savedAt = "2025-11-03T14:20:00.000Z";
    expect(result.progress).toEqual({
      items: {
        "security-approval": {
          status: "done",
          owner: "Dana (CISO office)",
          dueDate: "",
          notes: "Approved in the October review.",
          evidenceUrl: "https://contoso.sharepoint.com/sites/it/approval.pdf",
          updatedAt: savedAt,
        },
        "project-plan": {
          status: "in-progress",
          owner: "Sam",
          dueDate: "2025-12-15",
          notes: "Pilot with 20 Macs first.",
          evidenceUrl: "",
          updatedAt: savedAt,
        },
        "strategy-devices": { status: "done", owner: "", dueDate: "", notes: "", evidenceUrl: "", updatedAt: savedAt },
        "apns-certificate": {
          status: "blocked",
          owner: "Alex",
          dueDate: "2025-11-30",
          notes: "Waiting for a shared Apple ID.",
          evidenceUrl: "http://intranet.contoso.com/tickets/4711",
          updatedAt: savedAt,
        },
      },
      decisions: {
        devices: {
          value: { ownership: "corporate", abmPurchase: "yes", expectedMacs: 250, perUser: { mac: 1, iphone: 1, ipad: 0, other: 0 } },
          decidedAt: savedAt,
        },
        identities: { value: { appleId: "managed" }, decidedAt: savedAt },
        accountsSso: { value: { sso: "platform-sso", psso: "secure-enclave", localAccount: "standard" }, decidedAt: savedAt },
        policies: { value: { areas: ["filevault", "firewall", "os-updates"], appsAndBooks: true, notes: "Defender later." }, decidedAt: savedAt },
      },
      verification: {},
      meta: { organization: "Contoso Ltd", tenantName: "contoso.onmicrosoft.com", preparedBy: "Sam Lee" },
      updatedAt: savedAt,
      clock: {},
    });
  });

  it("reports a bad v1 field under its record's new path and repairs only that field", () => {
    const fixture = loadFixture(1);
    const data = structuredClone(fixture.data) as { items: Record<string, { evidence: string }> };
    data.items["project-plan"]!.evidence = "javascript:alert(1)";
    const result = restore(JSON.stringify({ ...fixture, data }));
    if (result.kind !== "restored") throw new Error(`expected restored, got ${result.kind}`);
    expect(result.repaired).toEqual([{ path: "items/project-plan", problem: expect.stringContaining('"javascript:"'), action: "repaired" }]);
    expect(result.progress.items["project-plan"]).toMatchObject({ evidenceUrl: "", notes: "Pilot with 20 Macs first." });
  });
});

describe("v2→v3: one per-field clock replaces run and clear cut-offs", () => {
  it("drops the cut-offs, starts an empty clock and keeps every value and its record's time", () => {
    const fixture = loadFixture(2);
    const result = restore(readFixture(2));
    if (result.kind !== "restored") throw new Error(`expected restored, got ${result.kind}`);
    const data = fixture.data as Record<string, unknown>;
    expect(result.migratedFrom).toBe(2);
    expect(result.progress).not.toHaveProperty("startedAt");
    expect(result.progress).not.toHaveProperty("verificationClearedAt");
    expect(result.progress.clock).toEqual({});
    expect(result.progress.items).toEqual(data.items);
    expect(result.progress.verification).toEqual(data.verification);
    expect(result.progress.meta).toEqual(data.meta);
  });
});
