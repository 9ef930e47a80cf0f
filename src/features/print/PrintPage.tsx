import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowLeft20Regular, Print20Regular } from "@fluentui/react-icons";
import { CATALOG_STEPS, itemsOfStep } from "../../domain/catalog/catalog.ts";
import { applicabilityAll } from "../../domain/rules/applicability.ts";
import { completion } from "../../domain/rules/completion.ts";
import { collectRenewals, demoRenewalCount } from "../../domain/export/ics.ts";
import { VERIFIABLE_ITEM_IDS } from "../../domain/catalog/ids.ts";
import { importedText } from "../../domain/verification/standing.ts";
import { useProgress } from "../../components/progress/ProgressContext.tsx";
import { formatDate, formatDateTime } from "../../components/format/dates.ts";
import { PrintItemsTable } from "./PrintItemsTable.tsx";
import { PrintDecisions } from "./PrintDecisions.tsx";
import { OpenItems } from "./OpenItems.tsx";
import { SignOff } from "./SignOff.tsx";
import { PrintRolloutPlan } from "./PrintRolloutPlan.tsx";
import { PrintFooter } from "./PrintFooter.tsx";
import { executiveSummary } from "../../domain/rules/executive.ts";
import { CURRENT_VERSION } from "../../domain/progress/migrations.ts";
import { ExecutiveBlock } from "../../components/executive/ExecutiveBlock.tsx";
import "./print.css";
import { isVerifiableStep } from "../../domain/catalog/ids.ts";

const useStyles = makeStyles({
  page: { backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1, minHeight: "100vh" },
  toolbar: { display: "flex", gap: tokens.spacingHorizontalS, padding: tokens.spacingHorizontalL, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, flexWrap: "wrap" },
  doc: { maxWidth: "900px", margin: "0 auto", padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXL}`, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, "& h1": { margin: 0, lineHeight: 1.2 }, "& h2": { margin: 0, fontSize: tokens.fontSizeBase500 } },
  meta: { display: "grid", gridTemplateColumns: "max-content 1fr", columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXXS, margin: 0, "& dd": { margin: 0 } },
  overall: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  stamp: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralForeground1}`,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export function PrintPage({ onBack }: { onBack: () => void }) {
  const styles = useStyles();
  const { progress } = useProgress();
  const now = new Date();
  const applicability = applicabilityAll(progress.decisions);
  const done = completion(progress);
  const renewals = collectRenewals(progress);
  const demoRenewals = demoRenewalCount(progress);
  const demo = VERIFIABLE_ITEM_IDS.some((id) => progress.verification[id]?.source === "demo");
  const dataLine = `${progress.updatedAt ? `data last changed ${formatDateTime(progress.updatedAt)}` : "no data recorded"}, saved-data format version ${CURRENT_VERSION}`;
  return (
    <div className={styles.page}>
      <div className={`${styles.toolbar} no-print`}>
        <Button icon={<ArrowLeft20Regular />} onClick={onBack}>
          Back to summary
        </Button>
        <Button appearance="primary" icon={<Print20Regular />} onClick={() => window.print()}>
          Print / Save as PDF
        </Button>
      </div>
      <main className={`${styles.doc} print-doc`} aria-labelledby="page-title">
        <h1 id="page-title" tabIndex={-1}>
          Intune Mac readiness summary
        </h1>
        <dl className={styles.meta}>
          <dt>Organization</dt>
          <dd>{progress.meta.organization || "—"}</dd>
          <dt>Tenant</dt>
          <dd>{progress.meta.tenantName || "—"}</dd>
          <dt>Prepared by</dt>
          <dd>{progress.meta.preparedBy || "—"}</dd>
          <dt>Printed</dt>
          <dd data-testid="print-date">{formatDateTime(now.toISOString())}</dd>
          <dt>Printed from</dt>
          <dd data-testid="print-data-version">
            {progress.updatedAt ? `Data last changed ${formatDateTime(progress.updatedAt)}` : "No data recorded yet"} (saved-data format version{" "}
            {CURRENT_VERSION})
          </dd>
        </dl>
        <PrintFooter text={`Intune Mac readiness · printed ${formatDate(now.toISOString())} from ${dataLine}`} />
        {demo && (
          <p className={styles.stamp} data-testid="print-demo-stamp">
            Contains demo results — not your tenant. Verification marked “demo” comes from a fictitious sample tenant; its dates are
            left out of the renewal dates.
          </p>
        )}
        <ExecutiveBlock executive={executiveSummary(progress, now)} now={now} variant="print" />
        <p className={styles.overall} data-testid="print-overall">
          Overall readiness: {done.overall.percent}% ({done.overall.done} of {done.overall.total} applicable items done)
        </p>
        <PrintRolloutPlan progress={progress} now={now} />
        {CATALOG_STEPS.map((step) => (
          <section key={step.id} className={styles.section} aria-labelledby={`print-${step.id}`}>
            <h2 id={`print-${step.id}`}>
              {step.title} — {done.steps[step.id].done} of {done.steps[step.id].total} done
            </h2>
            <PrintItemsTable items={itemsOfStep(step.id)} progress={progress} applicability={applicability} withVerification={isVerifiableStep(step.id)} now={now} />
          </section>
        ))}
        <PrintDecisions progress={progress} />
        <OpenItems progress={progress} applicability={applicability} now={now} />
        <section className={`${styles.section} keep-together`} aria-labelledby="print-renewals">
          <h2 id="print-renewals">Renewal dates</h2>
          {renewals.length === 0 ? (
            <p>No certificate or token dates of your tenant known yet. Verify the tenant to record them.</p>
          ) : (
            <ul data-testid="print-renewals">
              {renewals.map((renewal) => (
                <li key={`${renewal.label}-${renewal.expiresAt}`}>
                  {renewal.label}: expires {formatDate(renewal.expiresAt)}
                  {renewal.imported ? ` (${importedText(renewal.imported, formatDate).replace(/^I/, "i")})` : ""}
                </li>
              ))}
            </ul>
          )}
          {demoRenewals > 0 && <p data-testid="print-demo-renewals">Renewal dates of the demo tenant are left out: it is not your tenant.</p>}
        </section>
        <SignOff />
      </main>
    </div>
  );
}
