// What the panel says about a set of saved check results. Pure: the clock comes in as `now`.
import { STEP_ITEMS, type VerifiableItemId, type VerifiableStepId } from "../../domain/catalog/ids.ts";
import type { Progress } from "../../domain/progress/model.ts";
import { DEMO_SCENARIOS, type DemoScenario, type DemoScenarioId } from "../../domain/verification/demo.ts";
import { isStale } from "../../domain/verification/records.ts";
import { strategyChanged } from "../../domain/verification/judged-under.ts";
import { VERDICTS, type Verdict, type VerificationRecord, type VerificationSource } from "../../domain/verification/types.ts";
import { formatRelative } from "../../components/format/dates.ts";

export const SOURCE_LABELS = {
  live: "live check",
  file: "evidence file",
  demo: "demo tenant",
} as const satisfies Record<VerificationSource, string>;

/** Verdicts as they read inside a sentence: "3 ready, 1 could not be checked". */
const VERDICT_PHRASES = {
  ready: "ready",
  advisory: "advisory",
  "not-ready": "not ready",
  error: "could not be checked",
  "not-applicable": "not applicable",
  "not-checked": "not checked",
} as const satisfies Record<Verdict, string>;

/** How the current results were produced, so "Re-check" can repeat it. */
export type LastWay = { kind: "live" } | { kind: "file" } | { kind: "demo"; scenario: DemoScenarioId | null };

export type ResultsOverview = {
  /** Over all items of the step; an item without a record counts as not checked. Withheld verdicts are not counted. */
  counts: Record<Verdict, number>;
  /** Results whose strategy answers changed since the check: their verdicts are withheld. */
  strategyChanged: number;
  latest: VerificationRecord;
  sources: readonly VerificationSource[];
  /** At least one record is older than the staleness limit. */
  stale: boolean;
  lastWay: LastWay;
};

export function demoScenario(id: string | undefined): DemoScenario | undefined {
  return DEMO_SCENARIOS.find((s) => s.id === id);
}

export function countVerdicts(verdicts: readonly Verdict[]): Record<Verdict, number> {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const verdict of verdicts) counts[verdict] += 1;
  return counts;
}

export function resultsSentence(counts: Record<Verdict, number>): string {
  const parts = VERDICTS.filter((v) => counts[v] > 0).map((v) => `${counts[v]} ${VERDICT_PHRASES[v]}`);
  return parts.join(", ");
}

const time = (iso: string) => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
};

export function overview(
  { verification, decisions }: Pick<Progress, "verification" | "decisions">,
  now: Date,
  step: VerifiableStepId = "tenant",
): ResultsOverview | null {
  const ids: readonly VerifiableItemId[] = STEP_ITEMS[step];
  const records = ids.flatMap((id) => {
    const record = verification[id];
    return record ? [record] : [];
  });
  const [first, ...rest] = records;
  if (!first) return null;
  const changed = ids.filter((id) => {
    const record = verification[id];
    return record !== undefined && strategyChanged(id, record, decisions);
  });
  const latest = rest.reduce((best, r) => (time(r.checkedAt) > time(best.checkedAt) ? r : best), first);
  const scenario = demoScenario(latest.scenario);
  return {
    counts: countVerdicts(ids.flatMap((id) => (changed.includes(id) ? [] : [verification[id]?.verdict ?? "not-checked"]))),
    strategyChanged: changed.length,
    latest,
    sources: [...new Set(records.map((r) => r.source))],
    stale: records.some((r) => isStale(r, now)),
    lastWay: latest.source === "demo" ? { kind: "demo", scenario: scenario?.id ?? null } : { kind: latest.source },
  };
}

/** "via evidence file", "via demo tenant (healthy tenant)". */
export function sourceText(record: Pick<VerificationRecord, "source" | "scenario">): string {
  const scenario = record.source === "demo" ? demoScenario(record.scenario) : undefined;
  return `via ${SOURCE_LABELS[record.source]}${scenario ? ` (${scenario.title.replace(/^Demo: /, "")})` : ""}`;
}

/** "checked 3 days ago via evidence file". */
export function checkedText(record: Pick<VerificationRecord, "source" | "scenario" | "checkedAt">, now: Date): string {
  const when = formatRelative(record.checkedAt, now);
  return `checked ${when || "at an unknown time"} ${sourceText(record)}`;
}
