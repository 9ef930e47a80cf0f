import { Suspense, useEffect, useRef, useState } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { completion } from "../domain/rules/completion.ts";
import { catalogStep } from "../domain/catalog/steps.ts";
import { useProgress } from "../components/progress/ProgressContext.tsx";
import { AppHeader } from "../features/wizard/AppHeader.tsx";
import { SkipLink } from "../features/wizard/SkipLink.tsx";
import { StepBar } from "../features/wizard/StepBar.tsx";
import { WizardFooter } from "../features/wizard/WizardFooter.tsx";
import { ImportHost } from "../features/share/ImportHost.tsx";
import type { ThemeChoice } from "../services/preferences/theme-preference.ts";
import type { Router } from "../services/navigation/router.ts";
import { PRINT_PATH, STEP_BAR_TITLES, WIZARD_ROUTES, isChecklistPage, pathOfPage, routeIndex } from "./routes.ts";
import { useRoute } from "./useRoute.ts";
import { PageContent } from "./PageContent.tsx";
import { ExportMenu, ImportBanners, PrintPage, ShareDialog, StartOverButton, StorageBanners, ThemeMenu } from "./lazy.tsx";

const useStyles = makeStyles({
  app: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  main: {
    maxWidth: "1000px",
    margin: "0 auto",
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXL}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    "@media (max-width: 480px)": { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}` },
  },
  barWrap: { backgroundColor: tokens.colorNeutralBackground1, paddingInline: tokens.spacingHorizontalXL },
  title: { margin: 0, fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold, ":focus": { outline: "none" }, ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  // The four header actions measure 463 × 32 px and wrap to two rows (72 px) once the header is narrower than that.
  // The header's content box is the viewport less its inline padding; "100%" of a shrink-to-fit flex item would let a
  // 464 px placeholder widen the page on a phone while the actions load.
  actionsPlaceholder: {
    display: "inline-block",
    width: "464px",
    maxWidth: `calc(100vw - 2 * ${tokens.spacingHorizontalXL})`,
    height: "32px", "@media (max-width: 503px)": { height: "72px" } },
  intro: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: "75ch" },
});

type Props = { router: Router; themeChoice: ThemeChoice; onThemeChange: (choice: ThemeChoice) => void };

export function Shell(props: Props) {
  const { router } = props;
  const [fragment] = useState(() => router.fragment());
  const path = useRoute(router);
  return (
    <ImportHost initialFragment={fragment} subscribeFragment={router.subscribeFragment} clearFragment={router.clearFragment}>
      {path === PRINT_PATH ? <PrintView router={router} /> : <Wizard {...props} path={path} />}
    </ImportHost>
  );
}

function PrintView({ router }: { router: Router }) {
  useEffect(() => {
    document.title = "Readiness summary · Intune Mac Readiness";
  }, []);
  return (
    <Suspense fallback={<p role="status" data-lazy-loading="">Loading the summary…</p>}>
      <PrintPage onBack={() => router.navigate(pathOfPage("summary"))} />
    </Suspense>
  );
}

function Wizard({ router, themeChoice, onThemeChange, path }: Props & { path: string }) {
  const styles = useStyles();
  const { progress } = useProgress();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const found = routeIndex(path);
  const index = found === -1 ? 0 : found;
  const route = WIZARD_ROUTES[index] ?? WIZARD_ROUTES[0];
  const done = completion(progress);

  useEffect(() => {
    if (found === -1) router.navigate("/", { replace: true });
  }, [found, router]);

  useEffect(() => {
    document.title = index === 0 ? "Intune Mac Readiness" : `${STEP_BAR_TITLES[route.page]} · Intune Mac Readiness`;
    // Move focus to the new step's heading so keyboard and screen-reader users start at the top of it.
    if (firstRender.current) firstRender.current = false;
    else headingRef.current?.focus();
  }, [index, route.page]);

  const navigate = (to: string) => {
    router.navigate(to);
    window.scrollTo?.(0, 0);
  };
  const steps = WIZARD_ROUTES.map((r) => ({
    path: r.path,
    title: STEP_BAR_TITLES[r.page],
    count: isChecklistPage(r.page) ? done.steps[r.page] : null,
  }));
  const previous = WIZARD_ROUTES[index - 1];
  const next = WIZARD_ROUTES[index + 1];
  const intro = isChecklistPage(route.page) ? catalogStep(route.page).intro : route.intro;

  return (
    <div className={styles.app}>
      <SkipLink targetId="page-title" />
      <AppHeader
        percent={done.overall.percent}
        done={done.overall.done}
        total={done.overall.total}
        organization={progress.meta.organization}
        actions={
          <Suspense fallback={<HeaderActionsPlaceholder />}>
            <ShareDialog appUrl={router.appUrl()} />
            <ExportMenu onPrint={() => navigate(PRINT_PATH)} />
            <ThemeMenu choice={themeChoice} onChange={onThemeChange} />
            <StartOverButton />
          </Suspense>
        }
      />
      <div className={styles.barWrap}>
        <StepBar steps={steps} current={index} onNavigate={navigate} hrefFor={(p) => `${import.meta.env.BASE_URL.replace(/\/$/, "")}${p}`} />
      </div>
      <main className={styles.main} aria-labelledby="page-title">
        <Suspense fallback={null}>
          <StorageBanners />
          <ImportBanners />
        </Suspense>
        <h1 id="page-title" ref={headingRef} tabIndex={-1} className={styles.title}>
          {route.title}
        </h1>
        {intro && <p className={styles.intro}>{intro}</p>}
        <PageContent page={route.page} navigate={navigate} />
        {route.page !== "welcome" && (
          <WizardFooter
            previous={previous ? { path: previous.path, title: STEP_BAR_TITLES[previous.page] } : null}
            next={next ? { path: next.path, title: STEP_BAR_TITLES[next.page] } : null}
            onNavigate={navigate}
          />
        )}
      </main>
    </div>
  );
}

/** Same footprint as the header actions while their chunk loads, so nothing jumps. */
function HeaderActionsPlaceholder() {
  const styles = useStyles();
  return <span aria-hidden data-lazy-loading="" className={styles.actionsPlaceholder} />;
}
