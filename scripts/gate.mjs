// The decisions of `npm test` (scripts/test-all.mjs), kept free of processes and files so they are unit-tested:
// how each suite's report adds to the totals, whether the browser suite may run, and the one totals line that ends
// every run, whatever happened before it.

/** @returns {{ passed: number, failed: number, skipped: number, notes: string[] }} */
export function emptyTotals() {
  return { passed: 0, failed: 0, skipped: 0, notes: [] };
}

/** Typecheck, lint, build and size are gates, not tests: a failing one counts as one failure, a passing one adds nothing. */
export function addGate(totals, label, ok) {
  if (!ok) {
    totals.failed += 1;
    totals.notes.push(`${label} failed`);
  }
  return totals;
}

/** Vitest's JSON report (or null when it wrote none). A failed run with no failed test (a suite that did not load) counts one. */
export function addVitest(totals, report, ok) {
  if (!report) {
    totals.failed += 1;
    totals.notes.push("unit + integration left no report");
    return totals;
  }
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  if (!ok && !report.numFailedTests) {
    totals.failed += 1;
    totals.notes.push("unit + integration failed outside any test");
  }
  return totals;
}

/** Playwright's JSON report stats (or null). Flaky tests passed on retry; the config allows none, but count them honestly. */
export function addPlaywright(totals, stats, ok) {
  if (!stats) {
    totals.failed += 1;
    totals.notes.push("browser suite left no report");
    return totals;
  }
  totals.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  totals.failed += stats.unexpected ?? 0;
  totals.skipped += stats.skipped ?? 0;
  if (!ok && !stats.unexpected) {
    totals.failed += 1;
    totals.notes.push("browser suite failed outside any test");
  }
  return totals;
}

/**
 * Whether the browser suite may run. Never against a stale bundle: only after this run's build succeeded, and only
 * with a browser. When it cannot run, that is one failure with the reason, not a silent pass.
 * @param {{ buildOk: boolean, chromium: string | null, chromiumProblem?: string }} state
 * @returns {{ run: true } | { run: false, reason: string }}
 */
export function browserSuitePlan({ buildOk, chromium, chromiumProblem }) {
  if (!buildOk) return { run: false, reason: "browser suite not run: the build failed, and an older build must not be tested" };
  if (!chromium) return { run: false, reason: `browser suite not run: ${chromiumProblem ?? "no Chromium or Chrome found"}` };
  return { run: true };
}

export function addSkippedSuite(totals, reason) {
  totals.failed += 1;
  totals.notes.push(reason);
  return totals;
}

/** Green only when every gate and suite ran and passed. */
export function passed(totals) {
  return totals.failed === 0;
}

/** The last line of every run, e.g. "1198 passed, 0 failed" or "1100 passed, 1 failed (browser suite not run: …)". */
export function totalsLine(totals) {
  const skipped = totals.skipped ? `, ${totals.skipped} skipped` : "";
  const notes = totals.notes.length ? ` (${totals.notes.join("; ")})` : "";
  return `${totals.passed} passed, ${totals.failed} failed${skipped}${notes}`;
}
