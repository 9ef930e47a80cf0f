import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonEqual } from "../../../src/domain/progress/equal.ts";
import { canonical, defaultOf, fieldsOf, fromFields, type Fields } from "../../../src/domain/progress/fields.ts";
import { mergeDifferences, mergeProgress, sameIgnoringTime } from "../../../src/domain/progress/merge.ts";
import { EMPTY_ITEM, type IncomingProgress } from "../../../src/domain/progress/model.ts";
import { parseProgress } from "../../../src/domain/progress/schema.ts";
import { buildImportPreview } from "../../../src/domain/share/preview.ts";
import { prng, randomTimestamp } from "../share/random-progress.ts";
import { randomPartial, randomWithClock } from "./random-clocked.ts";

// Property tests of the merge model (fields.ts): over random copies of progress with random per-field clocks,
// removals, reset items, shared and differently spelled times, stripped check results and link-like partial copies.
// fast-check picks a new seed each run and prints it with any counterexample; to replay one, FC_SEED=<seed>. To soak
// locally, FC_SCALE=<factor> multiplies every run count.
if (process.env.FC_SEED) fc.configureGlobal({ seed: Number(process.env.FC_SEED) });
const SCALE = Number(process.env.FC_SCALE ?? 1);
const runs = (numRuns: number) => ({ numRuns: Math.max(1, Math.round(numRuns * SCALE)) });
// Generous: the gate runs on a busy 2-core machine.
const LONG = 60_000 * Math.max(1, SCALE);

const full = (seed: number) => randomWithClock(prng(seed));
const link = (seed: number): IncomingProgress => randomPartial(prng(seed ^ 0x5bd1e995), full(seed));
const pair = fc.tuple(fc.integer(), fc.integer());
const triple = fc.tuple(fc.integer(), fc.integer(), fc.integer());

/** Field by field, same value and same time. */
function expectSameFields(actual: Fields, expected: Fields) {
  const show = (fields: Fields) => [...fields].map(([path, f]) => `${path}=${canonical(f.value)}@${f.stamp}`).sort();
  expect(show(actual)).toEqual(show(expected));
}

describe("merge model properties (fast-check over random copies)", () => {
  it("generates valid progress (the generator is not testing an empty space)", () => {
    const p = full(7);
    expect(parseProgress(p).ok).toBe(true);
    expect(Object.keys(p.clock ?? {}).length).toBeGreaterThan(0);
  });

  it("is commutative: both tabs settle on the same progress whichever merges first", () => {
    fc.assert(
      fc.property(pair, ([s1, s2]) => jsonEqual(mergeProgress(full(s1), full(s2)), mergeProgress(full(s2), full(s1)))),
      runs(100),
    );
  }, LONG);

  it("is idempotent: merging a result again, or with either side again, changes nothing", () => {
    fc.assert(
      fc.property(pair, ([s1, s2]) => {
        const [a, b] = [full(s1), full(s2)];
        const m = mergeProgress(a, b);
        expectSameFields(fieldsOf(mergeProgress(a, a)), fieldsOf(a));
        return mergeProgress(m, m) === m && jsonEqual(mergeProgress(m, a), m) && jsonEqual(mergeProgress(m, b), m);
      }),
      runs(100),
    );
  }, LONG);

  it("is associative: three tabs converge in any order", () => {
    fc.assert(
      fc.property(triple, ([s1, s2, s3]) => {
        const [a, b, c] = [full(s1), full(s2), full(s3)];
        return jsonEqual(mergeProgress(mergeProgress(a, b), c), mergeProgress(a, mergeProgress(b, c)));
      }),
      runs(100),
    );
  }, LONG);

  it("a link merged before or after another tab's save gives the same progress", () => {
    fc.assert(
      fc.property(triple, ([s1, s2, s3]) => {
        const [local, otherTab, shared] = [full(s1), full(s2), link(s3)];
        const linkFirst = mergeProgress(mergeProgress(local, shared), otherTab);
        const tabFirst = mergeProgress(mergeProgress(local, otherTab), shared);
        return jsonEqual(linkFirst, tabFirst) && jsonEqual(mergeProgress(local, mergeProgress(otherTab, shared)), tabFirst);
      }),
      runs(100),
    );
  }, LONG);

  it("has one form: a result reads back field for field, and no item in it holds only defaults", () => {
    fc.assert(
      fc.property(pair, ([s1, s2]) => {
        const [a, b] = [full(s1), full(s2)];
        const m = mergeProgress(a, b);
        expect(jsonEqual(fromFields(fieldsOf(m), m.updatedAt), m)).toBe(true);
        expectSameFields(fieldsOf(fromFields(fieldsOf(a), a.updatedAt)), fieldsOf(a));
        const onlyDefaults = Object.entries(m.items).filter(
          ([, item]) => !Object.entries(item ?? {}).some(([f, v]) => f !== "updatedAt" && v !== (EMPTY_ITEM as Record<string, unknown>)[f]),
        );
        expect(onlyDefaults.map(([id]) => id)).toEqual([]);
        expect(parseProgress(m).ok).toBe(true);
        return true;
      }),
      runs(100),
    );
  }, LONG);

  it("never loses a field only one side has, and never invents a value or a time", () => {
    fc.assert(
      fc.property(pair, ([s1, s2]) => {
        const [a, b] = [full(s1), link(s2)];
        const [fa, fb, fm] = [fieldsOf(a), fieldsOf(b), fieldsOf(mergeProgress(a, b))];
        const key = (f: { value: unknown; stamp: string } | undefined) => (f ? `${canonical(f.value)}@${f.stamp}` : "none");
        const lost = [...fa, ...fb].filter(([path, field]) => !(fa.has(path) && fb.has(path)) && key(fm.get(path)) !== key(field));
        const invented = [...fm].filter(([path, field]) => key(fa.get(path)) !== key(field) && key(fb.get(path)) !== key(field));
        expect({ lost: lost.map(([p]) => p), invented: invented.map(([p]) => p) }).toEqual({ lost: [], invented: [] });
        return true;
      }),
      runs(100),
    );
  }, LONG);

  it("leaves every field a partial (link-like) copy does not mention exactly as it was", () => {
    fc.assert(
      fc.property(pair, ([s1, s2]) => {
        const [local, shared] = [full(s1), link(s2)];
        const [mentioned, before, after] = [fieldsOf(shared), fieldsOf(local), fieldsOf(mergeProgress(local, shared))];
        const touched = [...before].filter(([path, field]) => !mentioned.has(path) && !jsonEqual(after.get(path), field));
        expect(touched.map(([path]) => path)).toEqual([]);
        return true;
      }),
      runs(100),
    );
  }, LONG);

  it("the import preview is the real change set: Merge stores its result, and its rows are exactly what changes", () => {
    fc.assert(
      fc.property(triple, ([s1, s2, s3]) => {
        const local = full(s1);
        const rng = prng(s3);
        const preview = buildImportPreview(local, { progress: full(s2), mentioned: link(s2) }, new Date(randomTimestamp(rng)));
        // What the session's Merge stores (ImportDecision merges `incomingForMerge` into the same local progress).
        const stored = mergeProgress(local, preview.incomingForMerge);
        expect(jsonEqual(stored, preview.merged)).toBe(true);
        const [before, after] = [fieldsOf(local), fieldsOf(stored)];
        const value = (fields: Fields, path: string) => fields.get(path)?.value ?? defaultOf(path);
        const changed = [...new Set([...before.keys(), ...after.keys()])].filter((p) => !sameIgnoringTime(value(before, p), value(after, p)));
        const taken = preview.changes.filter((row) => row.winner === "incoming").map((row) => row.path);
        expect(taken.sort()).toEqual(changed.sort());
        const wrong = preview.changes.filter(
          (row) => sameIgnoringTime(row.local, row.incoming) || !sameIgnoringTime(value(after, row.path), row.winner === "incoming" ? row.incoming : row.local),
        );
        expect(wrong.map((row) => row.path)).toEqual([]);
        expect(mergeDifferences(local, preview.incomingForMerge, stored)).toHaveLength(preview.changes.length);
        return true;
      }),
      runs(100),
    );
  }, LONG);
});
