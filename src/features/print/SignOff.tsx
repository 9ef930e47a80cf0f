import { makeStyles, tokens } from "@fluentui/react-components";

const ROLES = ["Intune administrator", "Security officer", "Project sponsor"] as const;

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(3, 1fr)", gap: tokens.spacingHorizontalXL, "@media (max-width: 640px)": { gridTemplateColumns: "1fr" } },
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  role: { fontWeight: tokens.fontWeightSemibold, margin: 0 },
  line: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralForeground1}`, paddingTop: tokens.spacingVerticalXL, fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2 },
});

export function SignOff() {
  const styles = useStyles();
  return (
    <section className="sign-off keep-together" aria-labelledby="sign-off-title" data-testid="sign-off">
      <h2 id="sign-off-title">Sign-off</h2>
      <p>By signing, each party confirms the items above are complete or accepted as open, and approves managing Macs with Microsoft Intune.</p>
      <div className={styles.grid}>
        {ROLES.map((role) => (
          <div key={role} className={styles.block}>
            <p className={styles.role}>{role}</p>
            {["Name", "Role", "Date", "Signature"].map((field) => (
              <div key={field} className={styles.line}>
                {field}
              </div>
            ))}
          </div>
        ))}
      </div>
    </section>
  );
}
