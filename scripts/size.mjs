// `npm run size`: fails when the initial JavaScript of the built app (gzip) is over size-budget.json. Reads the
// existing build (default dist/, or the folder given as the first argument); it never builds. Prints one line.
import { readFileSync } from "node:fs";
import { LAZY_ONLY_LABELS, kib, lazyOnlyCheck, measureBuild } from "./bench/sizes.mjs";

const outDir = process.argv[2] ?? "dist";
const budget = JSON.parse(readFileSync(new URL("../size-budget.json", import.meta.url), "utf8"));
const limit = budget.initialJsGzipBytes;
if (!Number.isInteger(limit) || limit <= 0) {
  console.error("size-budget.json needs a positive integer initialJsGzipBytes.");
  process.exit(1);
}

let build;
try {
  build = measureBuild(outDir);
} catch (error) {
  console.error(`size: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const { js, css } = build.initial;
const lazyGzip = build.lazy.reduce((total, chunk) => total + chunk.gzip, 0);
const found = lazyOnlyCheck(build.initialJsText);
const leaked = Object.entries(found).filter(([, markers]) => markers.length > 0).map(([name]) => LAZY_ONLY_LABELS[name]);
const ok = js.gzip <= limit && leaked.length === 0;
console.log(
  `size: initial JS ${kib(js.gzip)} gzip / ${kib(js.brotli)} brotli / ${kib(js.raw)} raw, CSS ${kib(css.gzip)} gzip, ` +
    `${build.lazy.length} lazy chunk(s) ${kib(lazyGzip)} gzip, MSAL/Graph/catalog texts in initial: ${leaked.length ? leaked.join(" + ") : "no"} — ` +
    `budget ${kib(limit)} gzip (${((js.gzip / limit) * 100).toFixed(0)} %): ${ok ? "ok" : js.gzip > limit ? "OVER BUDGET" : "LAZY CODE IN THE INITIAL CHUNK"}`,
);
process.exit(ok ? 0 : 1);
