/**
 * enrollment-device-limit against the fixture corpus. The limit that governs a user is the one of the highest-priority
 * limit policy assigned to them, else the default's (Learn, create-device-limit-restrictions; Graph
 * deviceEnrollmentConfiguration.priority: lowest value wins); the same assignment model as the platform rule decides it.
 */
import { describe, expect, it } from "vitest";
import type { Decisions } from "../../../src/domain/strategy/schema.ts";
import type { Verdict } from "../../../src/domain/verification/types.ts";
import { fixture } from "../../fixtures/graph/load.ts";
import { check, devices } from "./helpers.ts";

const E = "enrollment-configurations/";
const need = (n: number): Decisions => devices({ perUser: { mac: 1, iphone: n - 1, ipad: 0, other: 0 } });
const limit = (name: string, decisions: Decisions) => check("enrollment-device-limit", [fixture(`${E}${name}`)], decisions);

// Columns: devices per user undecided, 1 (a Mac only), 2, 3, 6.
const COLUMNS: readonly [string, Decisions][] = [["undecided", {}], ["1 per user", need(1)], ["2 per user", need(2)], ["3 per user", need(3)], ["6 per user", need(6)]];
const TABLE: readonly [string, readonly Verdict[]][] = [
  ["real-defaults", ["ready", "ready", "ready", "ready", "advisory"]], // default 5
  ["real-defaults-macos-blocked", ["advisory", "ready", "advisory", "advisory", "advisory"]], // default 1
  ["real-limits-custom", ["advisory", "ready", "ready", "advisory", "advisory"]], // default 5, a group at 2, an unassigned 1
  ["real-limits-custom-all-users", ["advisory", "ready", "ready", "advisory", "advisory"]], // 2 for all users replaces 15
  ["v1-defaults", ["ready", "ready", "ready", "ready", "advisory"]], // the device limit reads fine from v1.0
  ["documented-limit", ["error", "error", "error", "error", "error"]], // a custom limit and no default
  ["real-403-missing-scope", ["error", "error", "error", "error", "error"]],
];

describe("enrollment-device-limit on the fixture corpus", () => {
  for (const [name, verdicts] of TABLE) {
    it.each(COLUMNS.map(([label, decisions], i) => [label, decisions, verdicts[i]] as const))(`${name}, devices per user %s → %s`, (_, decisions, verdict) => {
      expect(limit(name, decisions).verdict).toBe(verdict);
    });
  }
});

describe("enrollment-device-limit: what the verdict says", () => {
  it("a limit of 1–2 with devices per user undecided is advisory: most users already have a phone enrolled", () => {
    const result = limit("real-defaults-macos-blocked", {});
    expect(result.reason).toMatch(/default device limit is 1: most users already have a phone enrolled/);
    expect(result.details.join(" ")).toMatch(/Set your devices per user/);
  });

  it("a custom limit assigned to all users replaces the default for everyone", () => {
    const result = limit("real-limits-custom-all-users", need(3));
    expect(result.reason).toMatch(/device limit of "Everyone: two devices" \(priority 1\), assigned to all users, is 2/);
    expect(result.details).toContain('"Everyone: two devices" (priority 1): 2 device(s), for every user.');
  });

  it("a group custom limit governs its group only; an unassigned one applies to nobody", () => {
    const result = limit("real-limits-custom", need(3));
    expect(result.reason).toMatch(/"Shared devices" \(priority 1\) allow\(s\) fewer devices for the users it reaches/);
    expect(result.details).toEqual([
      '"Shared devices" (priority 1): 2 device(s), for users reached by 1 group.',
      "The default: 5 device(s), for every other user.",
      '"Unused" (priority 2): not assigned, applies to nobody.',
    ]);
  });

  it("finds the default by its id suffix although its type says limit, not defaultLimit", () => {
    expect(limit("real-defaults", need(3)).reason).toMatch(/default device limit is 5/);
  });

  it("Intune's maximum of 15 is named when the strategy needs more", () => {
    const result = check("enrollment-device-limit", [fixture(`${E}real-limits-custom-all-users`)], need(16));
    expect(result.details.join(" ")).toMatch(/at most 15 devices per user/);
  });
});
