import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ITEM_IDS, type ItemId } from "../../../src/domain/catalog/ids.ts";
import { jsonEqual } from "../../../src/domain/progress/equal.ts";
import { writeFields } from "../../../src/domain/progress/merge.ts";
import { mergeProgress } from "../../../src/domain/progress/merge.ts";
import type { Progress } from "../../../src/domain/progress/model.ts";
import { writeItemFields } from "../../../src/domain/progress/write-item.ts";
import { referenceProgress } from "../../fixtures/reference-progress.ts";

// The keystroke path writes one item from that item alone; it must give exactly what writeFields gives from the
// whole progress, whatever the item's and the progress's history (clocks from merges and removals included).

const FIELDS = ["status", "owner", "dueDate", "notes", "evidenceUrl", "blockedReason"] as const;
const VALUES: Record<(typeof FIELDS)[number], readonly (string | undefined)[]> = {
  status: ["todo", "in-progress", "blocked", "done", undefined],
  owner: ["", "Sam", "Jonas", undefined],
  dueDate: ["", "2026-05-01", undefined],
  notes: ["", "a", "ab", "pilot group", undefined],
  evidenceUrl: ["", "https://contoso.example/x", undefined],
  blockedReason: ["", "waiting", undefined],
};

const write = fc.record({
  id: fc.constantFrom(...ITEM_IDS.slice(0, 4)),
  field: fc.constantFrom(...FIELDS),
  pick: fc.nat(10),
  minute: fc.integer({ min: 0, max: 120 }),
  mergeFirst: fc.boolean(),
});

const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 9, minute)).toISOString();

describe("writeItemFields", () => {
  it("equals writeFields for any sequence of item writes, merges and removals", () => {
    fc.assert(
      fc.property(fc.array(write, { maxLength: 25 }), (steps) => {
        let whole: Progress = referenceProgress(new Date(Date.UTC(2026, 2, 1, 10)));
        let fast: Progress = whole;
        let other: Progress = whole;
        for (const { id, field, pick, minute, mergeFirst } of steps) {
          const options = VALUES[field];
          const value = options[pick % options.length];
          const writes = [[`items/${id}/${field}`, value] as const];
          if (mergeFirst) {
            // Another copy wrote the same item at another time: the clock now carries times of both.
            other = writeFields(other, writes, at(120 - minute));
            whole = mergeProgress(whole, other);
            fast = mergeProgress(fast, other);
          }
          whole = writeFields(whole, writes, at(minute));
          fast = writeItemFields(fast, id as ItemId, writes, at(minute));
          if (!jsonEqual(fast, whole)) return false;
        }
        return true;
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });

  it("returns the state itself when nothing changes, and reuses every other item", () => {
    const state = referenceProgress(new Date(Date.UTC(2026, 2, 1, 10)));
    const id = ITEM_IDS[0] as ItemId;
    const same = state.items[id]?.owner ?? "";
    expect(writeItemFields(state, id, [[`items/${id}/owner`, same]], at(5))).toBe(state);
    const next = writeItemFields(state, id, [[`items/${id}/notes`, "typed"]], at(5));
    expect(next.items[id]?.notes).toBe("typed");
    for (const other of ITEM_IDS.slice(1)) expect(next.items[other]).toBe(state.items[other]);
    expect(next.decisions).toBe(state.decisions);
    expect(next.verification).toBe(state.verification);
  });
});
