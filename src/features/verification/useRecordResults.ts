import { useCallback } from "react";
import { DEMO_DECISIONS, type DemoScenarioId } from "../../domain/verification/demo.ts";
import { scenarioEvidenceFile } from "../../domain/verification/demo.ts";
import { evaluate } from "../../domain/verification/engine.ts";
import { indexEvidence } from "../../domain/verification/keys.ts";
import { toRecords } from "../../domain/verification/records.ts";
import type { CheckResult, VerificationSource } from "../../domain/verification/types.ts";
import { useProgress } from "../../components/progress/ProgressContext.tsx";
import { useAnnounce } from "../../components/announcer/Announcer.tsx";
import { useNotify } from "../../components/toast/notify.tsx";
import { countVerdicts, demoScenario, resultsSentence } from "./results.ts";
import { useVerificationServices } from "./services.tsx";

export type RecordResults = (results: readonly CheckResult[], source: VerificationSource, checkedAt: string, scenario?: string) => void;

/** Saves one run's results. */
export function useRecordResults(): RecordResults {
  const { dispatch } = useProgress();
  return useCallback(
    (results, source, checkedAt, scenario) => {
      // A run replaces every earlier record, including items it could not check, so results of different runs (a demo
      // and a real tenant above all) never stand side by side.
      dispatch({ type: "verification/clear" });
      dispatch({ type: "verification/record", records: toRecords(results, source, checkedAt, scenario) });
    },
    [dispatch],
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

/** Runs a fictitious tenant through the same engine, with the strategy its description assumes. */
export function useRunDemo(): (id: DemoScenarioId) => void {
  const { now } = useVerificationServices();
  const record = useRecordResults();
  const report = useReportRun();
  return useCallback(
    (id) => {
      const at = now();
      const results = evaluate(indexEvidence(scenarioEvidenceFile(id, at).responses), DEMO_DECISIONS, at);
      record(results, "demo", at.toISOString(), id);
      report(`Demo results (not your tenant) for ${demoScenario(id)?.title ?? id}`, results);
    },
    [now, record, report],
  );
}

/** Clears every result, with Undo in the toast. */
export function useClearResults(): (message: string) => void {
  const { progress, dispatch } = useProgress();
  const notify = useNotify();
  const announce = useAnnounce();
  return (message) => {
    const previous = progress.verification;
    dispatch({ type: "verification/clear" });
    announce(`${message}.`);
    notify(message, { action: { label: "Undo", onClick: () => dispatch({ type: "verification/record", records: previous }) } });
  };
}
