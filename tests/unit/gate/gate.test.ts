import { describe, expect, it } from "vitest";
import { addGate, addPlaywright, addSkippedSuite, addVitest, browserSuitePlan, emptyTotals, passed, totalsLine } from "../../../scripts/gate.mjs";

describe("npm test: what counts", () => {
  it("adds a passing run's tests and nothing for passing gates", () => {
    const totals = emptyTotals();
    addGate(totals, "typecheck", true);
    addVitest(totals, { numPassedTests: 900, numFailedTests: 0, numPendingTests: 2, numTodoTests: 1 }, true);
    addPlaywright(totals, { expected: 60, unexpected: 0, flaky: 0, skipped: 0 }, true);
    expect(passed(totals)).toBe(true);
    expect(totalsLine(totals)).toBe("960 passed, 0 failed, 3 skipped");
  });

  it("counts a failing gate as one failure and names it", () => {
    const totals = addGate(emptyTotals(), "lint", false);
    expect(passed(totals)).toBe(false);
    expect(totalsLine(totals)).toBe("0 passed, 1 failed (lint failed)");
  });

  it.each<[string, Parameters<typeof addVitest>[1], boolean, string]>([
    ["no report at all", null, false, "0 passed, 1 failed (unit + integration left no report)"],
    ["a failed run with no failed test (a suite that did not load)", { numPassedTests: 5, numFailedTests: 0 }, false, "5 passed, 1 failed (unit + integration failed outside any test)"],
    ["failed tests", { numPassedTests: 5, numFailedTests: 2 }, false, "5 passed, 2 failed"],
  ])("unit + integration: %s", (_, report, ok, line) => {
    expect(totalsLine(addVitest(emptyTotals(), report, ok))).toBe(line);
  });

  it.each<[string, Parameters<typeof addPlaywright>[1], boolean, string]>([
    ["no report", null, false, "0 passed, 1 failed (browser suite left no report)"],
    ["a crash outside any test", { expected: 3, unexpected: 0 }, false, "3 passed, 1 failed (browser suite failed outside any test)"],
    ["flaky and skipped tests", { expected: 3, flaky: 1, unexpected: 1, skipped: 2 }, false, "4 passed, 1 failed, 2 skipped"],
  ])("browser suite: %s", (_, stats, ok, line) => {
    expect(totalsLine(addPlaywright(emptyTotals(), stats, ok))).toBe(line);
  });
});

describe("npm test: when the browser suite may run", () => {
  it("runs only after this run's build succeeded and with a browser", () => {
    expect(browserSuitePlan({ buildOk: true, chromium: "/usr/bin/chromium" })).toEqual({ run: true });
  });

  it("never runs against an older build when the build failed, even with a browser", () => {
    const plan = browserSuitePlan({ buildOk: false, chromium: "/usr/bin/chromium" });
    expect(plan).toEqual({ run: false, reason: "browser suite not run: the build failed, and an older build must not be tested" });
  });

  it("does not run without a browser, and says why", () => {
    expect(browserSuitePlan({ buildOk: true, chromium: null, chromiumProblem: "Chromium could not be installed (apt-get: exit 100)" })).toEqual({
      run: false,
      reason: "browser suite not run: Chromium could not be installed (apt-get: exit 100)",
    });
    expect(browserSuitePlan({ buildOk: true, chromium: null })).toMatchObject({ reason: "browser suite not run: no Chromium or Chrome found" });
  });

  it("a suite that could not run is a failure in the totals, not a silent pass", () => {
    const totals = addVitest(emptyTotals(), { numPassedTests: 10, numFailedTests: 0 }, true);
    addSkippedSuite(totals, "browser suite not run: no Chromium or Chrome found");
    expect(passed(totals)).toBe(false);
    expect(totalsLine(totals)).toBe("10 passed, 1 failed (browser suite not run: no Chromium or Chrome found)");
  });
});
