// The one gate (README "npm test", .ci/run): typecheck, lint, unit + integration, build, size budget, browser suite.
// Ends with one plain line of totals across all suites, e.g. "123 passed, 0 failed".
import { spawnSync } from "node:child_process";
import { readFileSync, mkdirSync, rmSync, existsSync } from "node:fs";
import { resolve } from "node:path";
import { ensureChromium } from "./chromium.mjs";

const bin = (name) => `node_modules/.bin/${name}`;
if (!existsSync(bin("vitest"))) {
  console.error("Dependencies are not installed: run `npm install` (or `npm ci`) first, then `npm test`.");
  console.log("0 passed, 1 failed");
  process.exit(1);
}
mkdirSync("test-results", { recursive: true });

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  console.log(`  ${label}: ${result.status === 0 ? "ok" : "FAILED"} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result.status === 0;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
let gateFailed = false;
// Typecheck, lint, build and size are gates, not tests: a failing gate counts as one failure, a passing one adds nothing.
const gate = (ok) => {
  if (!ok) {
    gateFailed = true;
    totals.failed += 1;
  }
};

gate(run("typecheck", bin("tsc"), ["-p", "tsconfig.json", "--noEmit"]));
gate(run("lint", bin("eslint"), [".", "--max-warnings=0"]));

const vitestJson = "test-results/vitest.json";
rmSync(vitestJson, { force: true });
const unitOk = run("unit + integration (vitest)", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, "utf8"));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  if (!unitOk && report.numFailedTests === 0) totals.failed += 1; // e.g. a suite that failed to load
} else {
  console.error(`No unit-test report at ${vitestJson}.`);
  totals.failed += 1;
}

gate(run("production build", "node", ["scripts/build.mjs"]));
if (existsSync("scripts/size.mjs")) gate(run("size budget", "node", ["scripts/size.mjs"]));

const chromium = ensureChromium();
// Absolute: Playwright resolves a relative report path against its config folder, not the working directory.
const e2eJson = resolve("test-results/e2e.json");
rmSync(e2eJson, { force: true });
const e2eOk = run("browser suite (Playwright + Chromium)", bin("playwright"), ["test", "-c", "tests/e2e/playwright.config.ts", "--reporter=list,json"], {
  CHROMIUM_PATH: chromium,
  PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson,
});
if (existsSync(e2eJson)) {
  const stats = JSON.parse(readFileSync(e2eJson, "utf8")).stats;
  totals.passed += stats.expected + stats.flaky;
  totals.failed += stats.unexpected;
  totals.skipped += stats.skipped;
  if (!e2eOk && stats.unexpected === 0) totals.failed += 1;
} else {
  // A browser suite that ran but left no report cannot be counted: say so rather than print a total without it.
  console.error(`No browser-suite report at ${e2eJson}.`);
  totals.failed += 1;
}

const ok = !gateFailed && unitOk && e2eOk && totals.failed === 0;
console.log(`\n${ok ? "All suites passed." : "Some checks FAILED (see above)."}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(ok ? 0 : 1);
