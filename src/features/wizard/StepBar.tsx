import { Suspense, lazy } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { WizardStepView } from "./types.ts";
import { countText } from "./step-count.ts";

// Fluent's Menu and its positioning engine are only needed for the narrow-screen step menu: keep them out of the entry chunk.
const StepMenu = lazy(() => import("./StepMenu.tsx").then((m) => ({ default: m.StepMenu })));

const useStyles = makeStyles({
  // The menu button's footprint (subtle, medium, with its chevron), so the page does not move when the menu arrives.
  menuFallback: {
    display: "inline-flex",
    alignItems: "center",
    minHeight: "32px",
    boxSizing: "border-box",
    padding: `5px calc(${tokens.spacingHorizontalM} + 24px) 5px ${tokens.spacingHorizontalM}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  nav: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  list: {
    display: "flex",
    listStyle: "none",
    margin: 0,
    padding: 0,
    gap: tokens.spacingHorizontalXS,
    "@media (max-width: 760px)": { display: "none" },
  },
  link: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
    textDecorationLine: "none",
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    ":hover": { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  current: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold, borderBottomColor: tokens.colorBrandStroke1 },
  number: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    width: "22px",
    height: "22px",
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    fontSize: tokens.fontSizeBase200,
    flexShrink: 0,
  },
  numberCurrent: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand, border: "none" },
  numberDone: { backgroundColor: tokens.colorPaletteGreenBackground3, color: tokens.colorNeutralForegroundOnBrand, border: "none" },
  count: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  compact: { display: "none", padding: tokens.spacingVerticalS, "@media (max-width: 760px)": { display: "block" } },
});

type Props = { steps: readonly WizardStepView[]; current: number; onNavigate: (path: string) => void; hrefFor: (path: string) => string };

const isComplete = (step: WizardStepView) => step.count !== null && step.count.total > 0 && step.count.done === step.count.total;

export function StepBar({ steps, current, onNavigate, hrefFor }: Props) {
  const styles = useStyles();
  const currentStep = steps[current];
  return (
    <nav aria-label="Wizard steps" className={styles.nav}>
      <ol className={styles.list}>
        {steps.map((step, index) => {
          const done = isComplete(step);
          return (
            <li key={step.path}>
              <a
                href={hrefFor(step.path)}
                className={mergeClasses(styles.link, index === current && styles.current)}
                aria-current={index === current ? "step" : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  onNavigate(step.path);
                }}
              >
                <span className={mergeClasses(styles.number, index === current && styles.numberCurrent, done && index !== current && styles.numberDone)} aria-hidden>
                  {done && index !== current ? "✓" : index + 1}
                </span>
                <span>
                  {step.title}
                  {step.count && (
                    <span className={styles.count}>
                      {" "}
                      · {countText(step)}
                      {done ? " complete" : ""}
                    </span>
                  )}
                </span>
              </a>
            </li>
          );
        })}
      </ol>
      <div className={styles.compact}>
        <Suspense
          fallback={
            <span className={styles.menuFallback}>
              Step {current + 1} of {steps.length}: {currentStep?.title}
            </span>
          }
        >
          <StepMenu steps={steps} current={current} onNavigate={onNavigate} />
        </Suspense>
      </div>
    </nav>
  );
}
