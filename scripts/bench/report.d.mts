// Types for scripts/bench/report.mjs, so the unit tests can import it. `results` is what scripts/bench/run.mjs saves.
export type Row = [measure: string, app: string, baseline: string, ratio: string, target: string, met: string];
export function rows(results: unknown): Row[];
export function renderTable(table: readonly Row[]): string;
