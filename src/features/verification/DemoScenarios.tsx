import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { PlayRegular } from "@fluentui/react-icons";
import { DEMO_SCENARIOS } from "../../domain/verification/demo.ts";
import { useProgressSelector } from "../../components/progress/ProgressContext.tsx";
import { ToneBadge } from "../../components/badges/ToneBadge.tsx";
import type { DemoScenarioId } from "../../domain/verification/demo.ts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingHorizontalM, gridTemplateColumns: "repeat(auto-fit, minmax(220px, 1fr))" },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    height: "100%",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  description: { margin: 0, flexGrow: 1, color: tokens.colorNeutralForeground2 },
  button: { alignSelf: "flex-start" },
});

/** The demo way: fictitious tenants run through the real engine, to see what the checks report before signing in. */
export function DemoScenarios({ onShow }: { onShow: (id: DemoScenarioId) => void }) {
  const styles = useStyles();
  const shown = useProgressSelector((progress) => Object.values(progress.verification).find((r) => r?.source === "demo")?.scenario);
  return (
    <div className={styles.root}>
      <Text>
        See what the checks report without signing in. Each sample is a fictitious tenant, evaluated by the same rules as yours: under
        your own strategy decisions where you have made them, and a sample strategy for the rest (corporate and personal Macs bought
        through Apple Business Manager, Apps and Books in use). Its results are marked as demo everywhere, never reach the printout&apos;s
        renewal dates or the calendar, and replace the results shown now (you are asked first if they come from your tenant).
      </Text>
      <ul className={styles.list}>
        {DEMO_SCENARIOS.map((s) => (
          <li key={s.id}>
            <div className={styles.card} data-scenario={s.id}>
              <h3 className={styles.title}>{s.title}</h3>
              {shown === s.id && <ToneBadge tone="warning" label="Shown now" />}
              <p className={styles.description}>{s.description}</p>
              <Button className={styles.button} icon={<PlayRegular />} onClick={() => onShow(s.id)} aria-label={`Show this demo: ${s.title}`}>
                Show this demo
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
