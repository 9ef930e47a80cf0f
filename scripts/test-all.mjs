// The one gate (README "npm test", .ci/run): typecheck, lint, unit + integration, build, size budget, browser suite.
// Ends with one plain line of totals across all suites on every path, e.g. "123 passed, 0 failed"; the decisions
// (what counts, when the browser suite may run) live in scripts/gate.mjs, which has unit tests.
import { spawnSync } from "node:child_process";
import { readFileSync, mkdirSync, rmSync, existsSync } from "node:fs";
import { resolve } from "node:path";
import { locateChromium } from "./chromium.mjs";
import { addGate, addPlaywright, addSkippedSuite, addVitest, browserSuitePlan, emptyTotals, passed, totalsLine } from "./gate.mjs";

const bin = (name) => `node_modules/.bin/${name}`;
const totals = emptyTotals();

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.error) console.error(`  ${label}: could not start ${cmd}: ${result.error.message}`);
  console.log(`  ${label}: ${result.status === 0 ? "ok" : "FAILED"} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result.status === 0;
}

function readJson(file) {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
  } catch (error) {
    console.error(`Unreadable report ${file}: ${error instanceof Error ? error.message : error}`);
    return null;
  }
}

function gateRun() {
  if (!existsSync(bin("vitest"))) {
    console.error("Dependencies are not installed: run `npm install` (or `npm ci`) first, then `npm test`.");
    addSkippedSuite(totals, "dependencies not installed");
    return;
  }
  mkdirSync("test-results", { recursive: true });

  addGate(totals, "typecheck", run("typecheck", bin("tsc"), ["-p", "tsconfig.json", "--noEmit"]));
  addGate(totals, "lint", run("lint", bin("eslint"), [".", "--max-warnings=0"]));

  const vitestJson = "test-results/vitest.json";
  rmSync(vitestJson, { force: true });
  const unitOk = run("unit + integration (vitest)", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`]);
  addVitest(totals, readJson(vitestJson), unitOk);

  // Bundles from an earlier run must never be tested or measured: remove them, so a failed build leaves nothing behind.
  for (const dir of ["dist", "dist-e2e"]) rmSync(dir, { recursive: true, force: true });
  const buildOk = run("production build", "node", ["scripts/build.mjs"]);
  addGate(totals, "build", buildOk);
  if (buildOk && existsSync("scripts/size.mjs")) addGate(totals, "size budget", run("size budget", "node", ["scripts/size.mjs"]));

  const chromium = buildOk ? locateChromium() : { path: null };
  const plan = browserSuitePlan({ buildOk, chromium: chromium.path, chromiumProblem: chromium.problem });
  if (!plan.run) {
    console.error(`\n▶ ${plan.reason}`);
    addSkippedSuite(totals, plan.reason);
    return;
  }
  // Absolute: Playwright resolves a relative report path against its config folder, not the working directory.
  const e2eJson = resolve("test-results/e2e.json");
  rmSync(e2eJson, { force: true });
  const e2eOk = run("browser suite (Playwright + Chromium)", bin("playwright"), ["test", "-c", "tests/e2e/playwright.config.ts", "--reporter=list,json"], {
    CHROMIUM_PATH: chromium.path,
    PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson,
  });
  addPlaywright(totals, readJson(e2eJson)?.stats ?? null, e2eOk);
}

try {
  gateRun();
} catch (error) {
  // Whatever broke, the run still ends with its totals.
  console.error(error);
  addGate(totals, "test runner", false);
} finally {
  const ok = passed(totals);
  console.log(`\n${ok ? "All suites passed." : "Some checks FAILED (see above)."}`);
  console.log(totalsLine(totals));
  process.exitCode = ok ? 0 : 1;
}
