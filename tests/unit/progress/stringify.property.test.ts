import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ITEM_IDS, type ItemId } from "../../../src/domain/catalog/ids.ts";
import { progressReducer } from "../../../src/domain/progress/reducer.ts";
import { serialize } from "../../../src/domain/progress/restore.ts";
import { progressJson } from "../../../src/domain/progress/stringify.ts";
import type { Progress } from "../../../src/domain/progress/model.ts";
import { prng } from "../share/random-progress.ts";
import { randomWithClock } from "./random-clocked.ts";

// serialize reuses the JSON of items an edit left alone (stringify.ts). Whatever the progress and whatever was edited
// since the last save, the text must be exactly what JSON.stringify gives: the next load reads it.
if (process.env.FC_SEED) fc.configureGlobal({ seed: Number(process.env.FC_SEED) });
const runs = (numRuns: number) => ({ numRuns: Math.max(1, Math.round(numRuns * Number(process.env.FC_SCALE ?? 1))) });
const NOW = new Date("2026-12-03T10:00:00.000Z");
const envelopeOf = (progress: Progress) => JSON.stringify({ version: JSON.parse(serialize(progress, NOW)).version, savedAt: NOW.toISOString(), data: progress });

describe("serialize reuses unchanged items' JSON", () => {
  it("writes what JSON.stringify writes, after any sequence of edits (fast-check)", () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.tuple(fc.nat(ITEM_IDS.length - 1), fc.string({ unit: "grapheme", maxLength: 40 }), fc.nat(3)), { maxLength: 12 }), (seed, edits) => {
        let progress = randomWithClock(prng(seed));
        expect(serialize(progress, NOW)).toBe(envelopeOf(progress));
        edits.forEach(([index, text, field], n) => {
          const id = ITEM_IDS[index] as ItemId;
          const patch = [{ notes: text }, { owner: text.slice(0, 20) }, { status: "done" as const }, { dueDate: "2027-01-31" }][field]!;
          const at = new Date(NOW.getTime() + (n + 1) * 1000).toISOString();
          progress = progressReducer(progress, { type: "item/update", id, patch, at });
          expect(serialize(progress, NOW)).toBe(envelopeOf(progress));
        });
      }),
      runs(200),
    );
  });

  it("keeps the key order and leaves out what has no JSON, as JSON.stringify does", () => {
    const base = randomWithClock(prng(11));
    const odd = { clock: undefined, ...base, extra: undefined } as unknown as Progress;
    expect(progressJson(odd)).toBe(JSON.stringify(odd));
    expect(progressJson({ ...base, items: { ...base.items, [ITEM_IDS[0]!]: undefined } })).toBe(
      JSON.stringify({ ...base, items: { ...base.items, [ITEM_IDS[0]!]: undefined } }),
    );
  });

  it("reads an item's new text, not a stale copy, when the item object is replaced", () => {
    const id = ITEM_IDS[0] as ItemId;
    let progress = randomWithClock(prng(5));
    serialize(progress, NOW);
    progress = progressReducer(progress, { type: "item/update", id, patch: { notes: "changed after the first save" }, at: "2026-12-03T11:00:00.000Z" });
    expect(JSON.parse(serialize(progress, NOW)).data.items[id].notes).toBe("changed after the first save");
  });
});
