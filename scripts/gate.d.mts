// Types for scripts/gate.mjs, so the unit tests can import it.
export type Totals = { passed: number; failed: number; skipped: number; notes: string[] };
export type VitestReport = { numPassedTests?: number; numFailedTests?: number; numPendingTests?: number; numTodoTests?: number };
export type PlaywrightStats = { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
export function emptyTotals(): Totals;
export function addGate(totals: Totals, label: string, ok: boolean): Totals;
export function addVitest(totals: Totals, report: VitestReport | null, ok: boolean): Totals;
export function addPlaywright(totals: Totals, stats: PlaywrightStats | null, ok: boolean): Totals;
export function browserSuitePlan(state: { buildOk: boolean; chromium: string | null; chromiumProblem?: string }): { run: true } | { run: false; reason: string };
export function addSkippedSuite(totals: Totals, reason: string): Totals;
export function passed(totals: Totals): boolean;
export function totalsLine(totals: Totals): string;
