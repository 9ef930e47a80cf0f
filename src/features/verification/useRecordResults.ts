import { useCallback } from "react";
import { scenarioEvidenceFile, type DemoScenarioId } from "../../domain/verification/demo.ts";
import { evaluate } from "../../domain/verification/engine.ts";
import { demoDecisions } from "../../domain/verification/judged-under.ts";
import { indexEvidence } from "../../domain/verification/keys.ts";
import { applyRun, type Run } from "../../domain/verification/records.ts";
import type { CheckResult } from "../../domain/verification/types.ts";
import { useProgressActions } from "../../components/progress/ProgressContext.tsx";
import { useAnnounce } from "../../components/announcer/Announcer.tsx";
import { useNotify } from "../../components/toast/notify.tsx";
import { countVerdicts, demoScenario, resultsSentence } from "./results.ts";
import { useVerificationServices } from "./services.tsx";
import type { Progress } from "../../domain/progress/model.ts";

export type RecordResults = (results: readonly CheckResult[], run: Run) => void;

/**
 * Saves one run's results (see applyRun: a run replaces the earlier records, except that a failed check keeps the
 * earlier good result of the admin's own tenant). Reads the progress at save time, since a live run takes a while.
 */
export function useRecordResults(): RecordResults {
  const { read, dispatch } = useProgressActions();
  return useCallback(
    (results, run) => {
      const next = applyRun(read().verification, results, run);
      dispatch({ type: "verification/clear" });
      dispatch({ type: "verification/record", records: next });
    },
    [read, dispatch],
  );
}

/** Tells the admin what a run found, as a toast and to screen readers. */
export function useReportRun() {
  const notify = useNotify();
  const announce = useAnnounce();
  return useCallback(
    (headline: string, results: readonly CheckResult[]) => {
      const message = `${headline}: ${resultsSentence(countVerdicts(results.map((r) => r.verdict)))}.`;
      notify(message);
      announce(message);
    },
    [notify, announce],
  );
}

/**
 * Runs a fictitious tenant through the same engine, judged under the admin's own decisions where they exist and the
 * sample strategy for the rest. Returns what it replaced, for Undo.
 */
export function useRunDemo(): (id: DemoScenarioId) => Progress["verification"] {
  const { now } = useVerificationServices();
  const { read } = useProgressActions();
  const record = useRecordResults();
  const report = useReportRun();
  return useCallback(
    (id) => {
      const at = now();
      const { decisions: own, verification: previous } = read();
      const results = evaluate(indexEvidence(scenarioEvidenceFile(id, at).responses), demoDecisions(own), at);
      record(results, { source: "demo", checkedAt: at.toISOString(), scenario: id, judgedUnder: demoDecisions(own) });
      report(`Demo results (not your tenant) for ${demoScenario(id)?.title ?? id}`, results);
      return previous;
    },
    [now, read, record, report],
  );
}

/** Clears every result, with Undo in the toast. */
export function useClearResults(): (message: string) => void {
  const { read, dispatch } = useProgressActions();
  const notify = useNotify();
  const announce = useAnnounce();
  return (message) => {
    const previous = read().verification;
    dispatch({ type: "verification/clear" });
    announce(`${message}.`);
    notify(message, { action: { label: "Undo", onClick: () => dispatch({ type: "verification/record", records: previous }) } });
  };
}
