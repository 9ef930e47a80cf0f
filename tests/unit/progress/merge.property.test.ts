import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonEqual } from "../../../src/domain/progress/equal.ts";
import { canonical, fieldsOf } from "../../../src/domain/progress/fields.ts";
import { mergeDifferences, mergeProgress } from "../../../src/domain/progress/merge.ts";
import { EMPTY_ITEM, type Progress } from "../../../src/domain/progress/model.ts";
import { parseProgress } from "../../../src/domain/progress/schema.ts";
import { prng } from "../share/random-progress.ts";
import { randomPartial, randomWithClock } from "./random-clocked.ts";

// Property tests of the merge model (fields.ts): over random pairs of progress, with random per-field clocks,
// removals, stripped check results and link-like partial copies.

/** A removed item field reads as its default once any other field of the item is there. */
const shown = (path: string, value: unknown) => {
  const field = path.startsWith("items/") ? path.split("/")[2] : undefined;
  return canonical(value ?? (field !== undefined ? (EMPTY_ITEM as Record<string, unknown>)[field] : undefined));
};

const pair = fc.tuple(fc.integer(), fc.integer());
const RUNS = { numRuns: 150 };
const same = (a: Progress, b: Progress) => jsonEqual(a, b);

describe("merge model properties (fast-check over random progress pairs)", () => {
  it("generates valid progress (the generator is not testing an empty space)", () => {
    const p = randomWithClock(prng(7));
    expect(parseProgress(p).ok).toBe(true);
    expect(Object.keys(p.clock ?? {}).length).toBeGreaterThan(0);
  });

  it("is commutative: both tabs settle on the same progress whichever merges first", () => {
    fc.assert(
      fc.property(pair, ([s1, s2]) => {
        const [a, b] = [randomWithClock(prng(s1)), randomWithClock(prng(s2))];
        return same(mergeProgress(a, b), mergeProgress(b, a));
      }),
      RUNS,
    );
  });

  it("is idempotent: merging a result again, or with either side again, changes nothing", () => {
    fc.assert(
      fc.property(pair, ([s1, s2]) => {
        const [a, b] = [randomWithClock(prng(s1)), randomWithClock(prng(s2))];
        const m = mergeProgress(a, b);
        return mergeProgress(m, m) === m && same(mergeProgress(m, a), m) && same(mergeProgress(m, b), m);
      }),
      RUNS,
    );
  });

  it("is associative: three tabs converge in any order", () => {
    fc.assert(
      fc.property(fc.tuple(fc.integer(), fc.integer(), fc.integer()), ([s1, s2, s3]) => {
        const [a, b, c] = [randomWithClock(prng(s1)), randomWithClock(prng(s2)), randomWithClock(prng(s3))];
        return same(mergeProgress(mergeProgress(a, b), c), mergeProgress(a, mergeProgress(b, c)));
      }),
      { numRuns: 80 },
    );
  });

  it("never loses a field only one side has, and never invents a value", () => {
    fc.assert(
      fc.property(pair, ([s1, s2]) => {
        const a = randomWithClock(prng(s1));
        const b = randomPartial(prng(s2 ^ 0x5bd1e995), randomWithClock(prng(s2)));
        const [fa, fb, fm] = [fieldsOf(a), fieldsOf(b), fieldsOf(mergeProgress(a, b))];
        for (const [path, field] of [...fa, ...fb]) {
          const other = fa.has(path) && fb.has(path);
          // An item left with nothing but defaults is no item: its fields read as their defaults either way.
          if (!other && field.value !== undefined) expect(shown(path, fm.get(path)?.value), path).toBe(shown(path, field.value));
        }
        for (const [path, field] of fm) {
          const candidates = [fa.get(path)?.value, fb.get(path)?.value].map((v) => shown(path, v));
          if (!fa.has(path) && !fb.has(path)) expect(path.startsWith("items/") || path.startsWith("meta/"), path).toBe(true);
          else expect(candidates, path).toContain(shown(path, field.value));
        }
        return true;
      }),
      { numRuns: 100 },
    );
  });

  it("leaves every field a partial (link-like) copy does not mention exactly as it was", () => {
    fc.assert(
      fc.property(pair, ([s1, s2]) => {
        const local = randomWithClock(prng(s1));
        const link = randomPartial(prng(s2 ^ 0x1234), randomWithClock(prng(s2)));
        const [mentioned, before, after] = [fieldsOf(link), fieldsOf(local), fieldsOf(mergeProgress(local, link))];
        for (const [path, field] of before) {
          if (!mentioned.has(path)) expect(shown(path, after.get(path)?.value), path).toBe(shown(path, field.value));
        }
        return true;
      }),
      { numRuns: 100 },
    );
  });

  it("the preview's differences are exactly the fields where the merge result took the incoming value or kept a different local one", () => {
    fc.assert(
      fc.property(pair, ([s1, s2]) => {
        const [a, b] = [randomWithClock(prng(s1)), randomWithClock(prng(s2))];
        const m = mergeProgress(a, b);
        const fm = fieldsOf(m);
        for (const difference of mergeDifferences(a, b, m)) {
          const kept = canonical(fm.get(difference.path)?.value);
          const expected = difference.winner === "incoming" ? difference.incoming : difference.local;
          // Default-valued item fields may be absent from the result and present as "" in the difference.
          if (kept !== "") expect(kept, difference.path).toBe(canonical(expected));
        }
        return true;
      }),
      { numRuns: 80 },
    );
  });
});
