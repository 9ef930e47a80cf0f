import { useState } from "react";
import { evaluate } from "../../domain/verification/engine.ts";
import { MAX_EVIDENCE_BYTES, parseEvidenceFile } from "../../domain/verification/evidence.ts";
import { indexEvidence } from "../../domain/verification/keys.ts";
import { useProgressActions } from "../../components/progress/ProgressContext.tsx";
import { formatDateTime } from "../../components/format/dates.ts";
import { useRecordResults, useReportRun } from "./useRecordResults.ts";
import { useVerificationServices } from "./services.tsx";

export type ImportProblem = { fileName: string | null; message: string };

/** Reads an evidence file; anything wrong is reported and leaves the saved results exactly as they were. */
export function useEvidenceImport() {
  const { now } = useVerificationServices();
  const { read } = useProgressActions();
  const record = useRecordResults();
  const report = useReportRun();
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const importFiles = async (files: readonly File[]) => {
    const [file] = files;
    if (!file) return;
    if (files.length > 1) return setProblem({ fileName: null, message: "Drop one evidence file at a time." });
    if (file.size > MAX_EVIDENCE_BYTES) {
      return setProblem({ fileName: file.name, message: `This file is larger than ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB; an evidence file is far smaller.` });
    }
    setBusy(true);
    let text: string;
    try {
      text = await file.text();
    } catch {
      setBusy(false);
      return setProblem({ fileName: file.name, message: "The browser could not read this file. Try again, or collect a new one." });
    }
    setBusy(false);
    const parsed = parseEvidenceFile(text);
    if (!parsed.ok) return setProblem({ fileName: file.name, message: parsed.message });
    setProblem(null);
    // The verdicts describe the tenant when the evidence was collected; a clock-skewed future date counts as now.
    const current = now();
    const collected = new Date(parsed.file.collectedAt);
    const at = collected.getTime() > current.getTime() ? current : collected;
    const { decisions } = read();
    const results = evaluate(indexEvidence(parsed.file.responses), decisions, at);
    record(results, { source: "file", checkedAt: at.toISOString(), judgedUnder: decisions });
    report(`Imported evidence from ${formatDateTime(at.toISOString())}`, results);
  };

  return { problem, busy, importFiles, dismiss: () => setProblem(null) };
}
