import type { ReactNode } from "react";
import { ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { display: "flex", flexDirection: "column", minWidth: 0 },
  name: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  readiness: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: "200px", flex: "0 1 340px" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

type Props = { percent: number; done: number; total: number; actions: ReactNode; organization: string };

export function AppHeader({ percent, done, total, actions, organization }: Props) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div className={styles.brand}>
        <Text className={styles.name}>Intune Mac Readiness</Text>
        {organization && <Text size={200}>{organization}</Text>}
      </div>
      <div className={styles.readiness}>
        <Text size={200} id="overall-readiness-label">
          Overall readiness: <strong data-testid="overall-percent">{percent}%</strong> ({done} of {total} applicable items done)
        </Text>
        <ProgressBar value={total === 0 ? 0 : done / total} thickness="large" aria-labelledby="overall-readiness-label" />
      </div>
      <div className={styles.actions}>{actions}</div>
    </header>
  );
}
