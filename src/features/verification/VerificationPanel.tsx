import { STEP_ITEMS, type VerifiableItemId } from "../../domain/catalog/ids.ts";
import { applicabilityAll } from "../../domain/rules/applicability.ts";
import type { Decisions } from "../../domain/strategy/schema.ts";
import { useRef, useState } from "react";
import { MessageBar, MessageBarBody, Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import { BeakerRegular, DocumentArrowUpRegular, PlugConnectedRegular } from "@fluentui/react-icons";
import { useProgressSelector } from "../../components/progress/ProgressContext.tsx";
import type { VerifiableStepId } from "../../domain/catalog/ids.ts";
import { DemoBanner } from "./DemoBanner.tsx";
import { DemoScenarios } from "./DemoScenarios.tsx";
import { EvidenceImport } from "./EvidenceImport.tsx";
import { LiveCheck } from "./LiveCheck.tsx";
import { ResultsOverview } from "./ResultsOverview.tsx";
import { overview } from "./results.ts";
import { useVerificationServices } from "./services.tsx";
import { useLiveCheck } from "./useLiveCheck.ts";
import { useDemoRequest } from "./useDemoRequest.tsx";

const WAYS = [
  { value: "live", label: "Check live", Icon: PlugConnectedRegular },
  { value: "file", label: "Import evidence file", Icon: DocumentArrowUpRegular },
  { value: "demo", label: "Try a sample tenant", Icon: BeakerRegular },
] as const;
type Way = (typeof WAYS)[number]["value"];
const isWay = (value: unknown): value is Way => WAYS.some((w) => w.value === value);

const RECHECK_HINTS = {
  live: "Sign in, then run the checks again.",
  file: "Collect a new evidence file with the script and import it below.",
  demo: "Pick a sample tenant to show again.",
} as const satisfies Record<Way, string>;

const useStyles = makeStyles({
  panel: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    "@media (max-width: 480px)": { paddingInline: tokens.spacingHorizontalM },
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  intro: { color: tokens.colorNeutralForeground2 },
  tabs: { flexWrap: "wrap", borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  tabPanel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalS,
    ":focus": { outline: "none" },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

const CHECKED = {
  tenant: "prerequisites",
  setup: "set-up items",
  policies: "policies",
} as const satisfies Record<VerifiableStepId, string>;

/** Counted, never written out: the number must agree with the cards below whatever the strategy rules out. */
function checkedText(step: VerifiableStepId, decisions: Decisions): string {
  const applicability = applicabilityAll(decisions);
  const ids: readonly VerifiableItemId[] = STEP_ITEMS[step];
  const applicable = ids.filter((id) => applicability[id].level !== "not-needed").length;
  const all = ids.length;
  const noun = CHECKED[step];
  const which = applicable === all ? `the ${all} ${noun} below` : `the ${applicable} ${noun} below that apply to your strategy (${all - applicable} not needed)`;
  return `Check ${which} against your tenant through Microsoft Graph.`;
}

/** "Verify your tenant": three ways to get verdicts for one step's items, and what the last run found for them. */
export function VerificationPanel({ step = "tenant" }: { step?: VerifiableStepId }) {
  const styles = useStyles();
  const services = useVerificationServices();
  const verification = useProgressSelector((progress) => progress.verification);
  const decisions = useProgressSelector((progress) => progress.decisions);
  const live = useLiveCheck(step);
  const demoRequest = useDemoRequest();
  const now = services.now();
  const summary = overview({ verification, decisions }, now, step);
  const [way, setWay] = useState<Way>(() => summary?.lastWay.kind ?? "live");
  // Back from Microsoft's sign-in page (the popup was blocked): the live way resumes where the admin left it.
  if (live.resuming && way !== "live") setWay("live");
  const [hint, setHint] = useState<string | null>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const demo = Object.values(verification).find((r) => r?.source === "demo");

  const recheck = () => {
    if (!summary) return;
    const last = summary.lastWay;
    if (last.kind === "demo" && last.scenario) return demoRequest.request(last.scenario);
    setWay(last.kind);
    if (last.kind === "live" && live.status.kind === "signed-in") {
      setHint(null);
      void live.run();
      return;
    }
    setHint(RECHECK_HINTS[last.kind]);
    panelRef.current?.focus();
  };

  return (
    <section className={styles.panel} aria-labelledby="verify-title" data-testid="verification-panel">
      <h2 id="verify-title" className={styles.title}>
        Verify your tenant
      </h2>
      <Text className={styles.intro}>
        {checkedText(step, decisions)} Every check only reads: nothing in your tenant changes, and only the verdicts are saved
        in this browser.
      </Text>
      {demo && <DemoBanner scenario={demo.scenario} />}
      <ResultsOverview summary={summary} now={now} onRecheck={recheck} />
      <TabList
        className={styles.tabs}
        selectedValue={way}
        onTabSelect={(_, data) => {
          if (!isWay(data.value)) return;
          setWay(data.value);
          setHint(null);
        }}
        aria-label="Ways to verify"
      >
        {WAYS.map(({ value, label, Icon }) => (
          <Tab key={value} id={`verify-tab-${value}`} value={value} icon={<Icon />} aria-controls="verify-way">
            {label}
          </Tab>
        ))}
      </TabList>
      <div id="verify-way" role="tabpanel" aria-labelledby={`verify-tab-${way}`} tabIndex={-1} ref={panelRef} className={styles.tabPanel}>
        {hint && (
          <MessageBar intent="info">
            <MessageBarBody>{hint}</MessageBarBody>
          </MessageBar>
        )}
        {way === "live" && <LiveCheck live={live} />}
        {way === "file" && <EvidenceImport />}
        {way === "demo" && <DemoScenarios onShow={demoRequest.request} />}
      </div>
      {demoRequest.dialog}
    </section>
  );
}
