import { Button, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Info20Regular, Open16Regular } from "@fluentui/react-icons";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  icon: { flexShrink: 0, color: tokens.colorBrandForeground1, marginTop: "2px" },
  h: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  links: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL },
  action: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" },
});

// Sources: Apple Business Manager User Guide, "Device workflow" and "Add devices from Apple Configurator"
// (support.apple.com/guide/apple-business-manager/axm6a88f692e/web and axm200a54d59/web); Apple Platform Deployment, "Device
// Enrollment and MDM" (macOS 11 or later supervises Macs enrolled by their users too); Microsoft Learn, "Automatically
// enroll Macs with Apple Business Manager" and "macOS LAPS" (the managed admin account comes from the ADE profile).
const ABM_ENROLL_URL = "https://business.apple.com/";
const CONFIGURATOR_URL = "https://support.apple.com/guide/apple-business-manager/axm200a54d59/web";
const LAPS_URL = "https://learn.microsoft.com/intune/intune-service/enrollment/macos-laps";

/** Shown when corporate Macs are not bought through Apple Business Manager: the ways in, and what is lost meanwhile. */
export function NoAbmGuidance({ onChoosePlanned }: { onChoosePlanned: () => void }) {
  const styles = useStyles();
  return (
    <section className={styles.box} aria-labelledby="no-abm-title" data-testid="no-abm-guidance">
      <div className={styles.head}>
        <Info20Regular aria-hidden className={styles.icon} />
        <h4 id="no-abm-title" className={styles.h}>
          Corporate Macs without Apple Business Manager: the options
        </h4>
      </div>
      <ul className={styles.list}>
        <li>
          <strong>Apple Business Manager is free.</strong> Your organization signs up once (Apple asks for a D-U-N-S number and verifies it
          by phone).
        </li>
        <li>
          <strong>Resellers can assign your purchases to it.</strong> Give your Apple Authorized Reseller your organization ID; Macs bought
          from them then appear in Apple Business Manager on their own.
        </li>
        <li>
          <strong>Macs you already own can be added</strong> with Apple Configurator for iPhone (Apple silicon or T2 Macs, macOS 12.0.1
          or later). For their first 30 days, users can still remove them from management.
        </li>
      </ul>
      <Text weight="semibold">Without Automated Device Enrollment (ADE) you lose:</Text>
      <ul className={styles.list} data-testid="no-abm-losses">
        <li>Enrollment during Setup Assistant: each user installs Company Portal and enrolls the Mac themselves.</li>
        <li>A management profile users cannot remove: a user with admin rights can take the Mac out of Intune.</li>
        <li>Intune&apos;s macOS LAPS: the managed local admin account is created by the ADE enrollment profile.</li>
        <li>
          Supervision from the first start-up. (macOS 11 and later also supervises Macs their users enroll, so supervised settings still
          work once the Mac is enrolled.)
        </li>
      </ul>
      <div className={styles.links}>
        <Link href={ABM_ENROLL_URL} target="_blank" rel="noopener noreferrer">
          Sign up for Apple Business Manager <Open16Regular aria-label="(opens in a new tab)" />
        </Link>
        <Link href={CONFIGURATOR_URL} target="_blank" rel="noopener noreferrer">
          Add Macs with Apple Configurator <Open16Regular aria-label="(opens in a new tab)" />
        </Link>
        <Link href={LAPS_URL} target="_blank" rel="noopener noreferrer">
          macOS LAPS in Intune <Open16Regular aria-label="(opens in a new tab)" />
        </Link>
      </div>
      <div className={styles.action}>
        <Button onClick={onChoosePlanned}>Answer &quot;Planned&quot; instead</Button>
        <Text size={200}>If you will sign up or ask your reseller: the ADE token then shows as optional, ready for when it is needed.</Text>
      </div>
    </section>
  );
}
