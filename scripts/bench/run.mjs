// `npm run bench`: builds the app, a floor app and the measurement library, then measures in one run and prints one
// table (also saved as JSON under bench/results/). Options: --loads <n> page loads per app (default 9, min 7),
// --collect-runs <n> browser collections per variant (default 3), --only typing (the save and typing rows alone:
// builds the app and the library only, and saves under bench/results/typing-*.json, leaving latest.json alone).
import { mkdirSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { findChromium } from "../chromium.mjs";
import { APP_DIR, FLOOR_DIR, LIB_FILE, buildApp, buildFloor, buildLib } from "./builds.mjs";
import { lazyOnlyCheck, measureBuild } from "./sizes.mjs";
import { measurePaint, median } from "./paint.mjs";
import { startLibraryPage, startPreview } from "./servers.mjs";
import { measureBareTyping, measureTyping } from "./typing.mjs";
import { measureVerification } from "./verify.mjs";
import { renderTable, rows } from "./report.mjs";

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const LOADS = Math.max(7, option("loads", 9));
const COLLECT_RUNS = Math.max(1, option("collect-runs", 3));
const onlyAt = process.argv.indexOf("--only");
const ONLY = onlyAt === -1 ? null : process.argv[onlyAt + 1];
if (ONLY !== null && ONLY !== "typing") throw new Error(`--only takes "typing", not ${ONLY}.`);
const TYPING_ONLY = ONLY === "typing";
// Same flags as tests/e2e/playwright.config.ts.
const CHROMIUM_ARGS = ["--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const SHARE_BASE_URL = "https://intune-mac-readiness.example.org/";
const NOTES_LIMIT = 5_000; // NOTES_MAX_LENGTH in src/domain/progress/validation.ts

const step = (label) => console.log(`▶ ${label}`);

step(TYPING_ONLY ? "building the app and the measurement library" : "building the app, the floor app and the measurement library");
await buildApp();
if (!TYPING_ONLY) await buildFloor();
await buildLib();
const lib = await import(pathToFileURL(LIB_FILE).href);

let sizes = null;
if (!TYPING_ONLY) {
  const app = measureBuild(APP_DIR);
  const floor = measureBuild(FLOOR_DIR);
  sizes = { app: { ...app, initialJsText: undefined }, floor: { ...floor, initialJsText: undefined }, initialContains: lazyOnlyCheck(app.initialJsText) };
}

const executablePath = findChromium();
if (!executablePath) throw new Error("No Chromium found: install Debian's chromium or set CHROMIUM_PATH.");
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const closers = [() => browser.close()];
let results;
try {
  const appPreview = await startPreview("dist-bench/app");
  closers.push(appPreview.close);
  const floorPreview = TYPING_ONLY ? null : await startPreview("dist-bench/floor");
  if (floorPreview) closers.push(floorPreview.close);
  const libPage = await startLibraryPage(LIB_FILE);
  closers.push(libPage.close);

  let paint = null;
  if (floorPreview) {
    step(`paint: ${LOADS} cold loads each of the app and the floor app (interleaved)`);
    await measurePaint(browser, appPreview.url); // warm-up: the first Chromium page pays one-off start-up costs
    const loads = { app: [], floor: [] };
    for (let i = 0; i < LOADS; i += 1) {
      const order = i % 2 === 0 ? ["app", "floor"] : ["floor", "app"];
      for (const which of order) loads[which].push(await measurePaint(browser, which === "app" ? appPreview.url : floorPreview.url));
    }
    paint = Object.fromEntries(
      Object.entries(loads).map(([which, runs]) => [which, { fcp: median(runs.map((r) => r.fcp)), lcp: median(runs.map((r) => r.lcp)), runs }]),
    );
  }

  step("saving one edit (reducer + serialize + localStorage) in Chromium");
  const libContext = await browser.newContext();
  const libTab = await libContext.newPage();
  await libTab.goto(libPage.url);
  const save = [];
  for (const [scale, notesChars] of [[1, 1000], [1, 5000], [10, 1000], [10, 5000]]) {
    save.push(await libTab.evaluate(async ([s, n]) => (await import("/bench-lib.js")).benchSave(localStorage, s, n), [scale, notesChars]));
  }
  const keystroke = [];
  for (const scale of [1, 10]) {
    keystroke.push(await libTab.evaluate(async ([s, n]) => (await import("/bench-lib.js")).benchKeystroke(s, n), [scale, NOTES_LIMIT]));
  }
  const share = await libTab.evaluate(async (base) => (await import("/bench-lib.js")).shareLinkLengths(new Date(), base), SHARE_BASE_URL);
  const seed = await libTab.evaluate(async (chars) => (await import("/bench-lib.js")).typingSeed(chars, new Date()), NOTES_LIMIT);
  await libContext.close();

  step("typing: keystroke in a note → next frame, in the app with every note at its limit");
  const typed = await measureTyping(browser, appPreview.url, seed);
  const bare = await measureBareTyping(browser, typed.note);
  const [key1, key10] = keystroke;
  const typing = {
    items: key1?.items ?? null,
    notesChars: typed.notesChars,
    savedChars: typed.savedChars,
    frameIntervalMs: typed.intervalMs,
    keys: typed.randomPhase.keys,
    medianMs: typed.randomPhase.medianMs,
    p95Ms: typed.randomPhase.p95Ms,
    inFirstFrame: typed.randomPhase.inFirstFrame,
    bareMedianMs: bare.randomPhase.medianMs,
    frameStart: typed.frameStart,
    bareFrameStart: bare.frameStart,
    keystroke,
    // The app holds only the catalog's items (ids outside it are dropped on load), so 10× is the app's figure plus
    // what the keystroke path's JavaScript (the reducer; the save waits for a pause) costs extra on 10× the data.
    extraAt10Ms: key10 && key1 ? Math.max(0, key10.medianMs - key1.medianMs) : null,
  };

  const verification = [];
  if (!TYPING_ONLY) step("verification: batched vs sequential against the Graph stand-in (150 ms latency)");
  for (const adeTokens of TYPING_ONLY ? [] : [1, 3]) {
    verification.push(await measureVerification({ browser, libPageUrl: libPage.url, lib, adeTokens, runs: COLLECT_RUNS, latencyMs: 150 }));
  }

  results = { at: new Date().toISOString(), node: process.version, loads: LOADS, sizes, paint, save, typing, share, verification };
} finally {
  for (const close of closers.reverse()) await close().catch(() => {});
}

const table = renderTable(rows(results));
console.log(`\n${table}`);
mkdirSync("bench/results", { recursive: true });
const file = `bench/results/${TYPING_ONLY ? "typing" : "bench"}-${results.at.replace(/[:.]/g, "-")}.json`;
writeFileSync(file, `${JSON.stringify({ ...results, table: table.split("\n") }, null, 2)}\n`);
if (!TYPING_ONLY) writeFileSync("bench/results/latest.json", `${JSON.stringify({ ...results, table: table.split("\n") }, null, 2)}\n`);
console.log(`\nSaved ${file}${TYPING_ONLY ? "" : " (and bench/results/latest.json)"}.`);
