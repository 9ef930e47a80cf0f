// @vitest-environment node
import { describe, expect, it } from "vitest";
import { renderTable, rows, type Row } from "../../../scripts/bench/report.mjs";

const size = (gzip: number) => ({ raw: gzip * 3, gzip, brotli: Math.round(gzip * 0.8), files: [] });
const collectRun = (ms: number, roundTrips: number) => ({ ms, responses: 10, failed: 0, roundTrips, preflights: roundTrips });

function results({ appGzip = 150_000, appFcp = 200, save10 = 1.5, share = 1_800 as number | null, seqMs = 3_000, batchedMs = 450, batchedTrips = 2, keystroke = 9, extraSave = 3 as number | null } = {}) {
  const build = (gzip: number) => ({ initial: { js: size(gzip), css: size(0) }, lazy: [], otherEntries: [] });
  const verification = {
    adeTokens: 1,
    latencyMs: 150,
    runs: 1,
    batched: { browserMs: batchedMs, browserRuns: [collectRun(batchedMs, batchedTrips)], node: collectRun(300, 2) },
    sequential: { browserMs: seqMs, browserRuns: [collectRun(seqMs, 10)], node: collectRun(1_500, 10) },
    browserRatio: seqMs / batchedMs,
    nodeRatio: 5,
  };
  return {
    loads: 7,
    sizes: { app: build(appGzip), floor: build(100_000), initialContains: { msal: [], graph: [], catalog: [] } },
    paint: { app: { fcp: appFcp, lcp: appFcp }, floor: { fcp: 200, lcp: 200 } },
    save: [{ items: 160, notesChars: 1_000, savedChars: 200_000, medianMs: save10, p95Ms: save10 * 2, saves: 400 }],
    typing: {
      items: 16,
      notesChars: 5_000,
      savedChars: 90_000,
      frameIntervalMs: 16.7,
      keys: 60,
      medianMs: keystroke,
      p95Ms: keystroke * 2,
      inFirstFrame: 58,
      bareMedianMs: 8.5,
      frameStart: { keys: 60, medianMs: 17.2, p95Ms: 19, inFirstFrame: 60 },
      bareFrameStart: { keys: 60, medianMs: 15.1, p95Ms: 16, inFirstFrame: 60 },
      extraAt10Ms: extraSave,
    },
    share: share === null ? null : { withoutDetails: share, withDetails: share + 400, baseUrl: "https://x.example/" },
    verification: [verification],
  };
}

const met = (table: Row[], measure: RegExp) => table.find((row) => measure.test(row[0]))?.[5];

describe("benchmark verdicts", () => {
  it.each([
    ["initial JS at 1.5× the floor", { appGzip: 150_000 }, /^Initial JS, gzip/, "yes"],
    ["initial JS at 1.7× the floor", { appGzip: 170_000 }, /^Initial JS, gzip/, "NO"],
    ["FCP at 1.25× the floor", { appFcp: 250 }, /^First contentful/, "yes"],
    ["FCP at 1.4× the floor", { appFcp: 280 }, /^First contentful/, "NO"],
    ["a 1.5 ms save at 10×", { save10: 1.5 }, /^Save one edit, 10×/, "yes"],
    ["a 2.5 ms save at 10×", { save10: 2.5 }, /^Save one edit, 10×/, "NO"],
    ["a 9 ms keystroke", { keystroke: 9 }, /^Keystroke in a note/, "yes"],
    ["a 17 ms keystroke", { keystroke: 17 }, /^Keystroke in a note/, "NO"],
    ["9 ms + 3 ms extra keystroke JavaScript at 10×", { keystroke: 9, extraSave: 3 }, /^Keystroke → next frame, 10×/, "yes"],
    ["9 ms + 8 ms extra keystroke JavaScript at 10×", { keystroke: 9, extraSave: 8 }, /^Keystroke → next frame, 10×/, "NO"],
    ["a 1,800-char share link", { share: 1_800 }, /^Share link, reference/, "yes"],
    ["a 2,100-char share link", { share: 2_100 }, /^Share link, reference/, "NO"],
    ["6.7× faster in 2 round trips", { seqMs: 3_000, batchedMs: 450 }, /Chromium/, "yes"],
    ["5.5× faster", { seqMs: 3_000, batchedMs: 545 }, /Chromium/, "NO"],
    ["fast but 3 round trips", { batchedTrips: 3 }, /Chromium/, "NO"],
  ])("%s → %s", (_, input, measure, expected) => {
    expect(met(rows(results(input)), measure)).toBe(expected);
  });

  it("shows the 10× estimate only when both keystroke figures were measured", () => {
    expect(rows(results({ extraSave: null })).some((row) => row[0].startsWith("Keystroke → next frame, 10×"))).toBe(false);
    expect(rows(results({ keystroke: 9, extraSave: 3 })).find((row) => row[0].startsWith("Keystroke → next frame, 10×"))?.[1]).toBe("12 ms");
  });

  it("judges the keystroke on keys spread over the frame and reports the worst case next to a bare textarea, unjudged", () => {
    const table = rows(results({ keystroke: 9 }));
    const worst = table.find((row) => row[0].startsWith("Keystroke → next frame, worst case"));
    expect(worst?.slice(1)).toEqual(["17 ms (p95 19 ms)", "15 ms", "+2.10 ms", "—", ""]);
    expect(table.find((row) => row[0].startsWith("Keystrokes shown by the next frame"))?.[1]).toBe("58 of 60");
    expect(table.find((row) => row[0].startsWith("Keystroke in a note → next frame, keys at evenly spread"))?.slice(1)).toEqual([
      "9.00 ms (p95 18 ms)",
      "8.50 ms",
      "+0.50 ms",
      "≤ 16 ms median",
      "yes",
    ]);
  });

  it("a typing-only run (--only typing) prints the save and typing rows without sizes, paint or verification", () => {
    const table = rows({ ...results(), sizes: null, paint: null, verification: [] });
    expect(table.some((row) => row[0].startsWith("Initial JS") || row[0].startsWith("First contentful") || row[0].startsWith("Verification"))).toBe(false);
    expect(met(table, /^Keystroke in a note → next frame/)).toBe("yes");
  });

  it("reports the Node verification figure without judging it: the target is the browser's", () => {
    const node = rows(results()).find((row) => row[0].includes("Node (no CORS preflight"));
    expect(node?.slice(3)).toEqual(["5.00×", "—", ""]);
  });

  it("says n/a while sharing is not built", () => {
    expect(rows(results({ share: null })).find((row) => row[0].startsWith("Share link"))?.[1]).toBe("n/a (sharing not built)");
  });

  it("renders an aligned Markdown table with one line per row", () => {
    const table = rows(results());
    const lines = renderTable(table).split("\n");
    expect(lines).toHaveLength(table.length + 1);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
    expect(lines[1]).toMatch(/^\|-+(\|-+)+\|$/);
  });
});
