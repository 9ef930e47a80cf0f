import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { ScopeTable } from "./ScopeTable.tsx";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  uri: {
    fontFamily: tokens.fontFamilyMonospace,
    overflowWrap: "anywhere",
    backgroundColor: tokens.colorNeutralBackground3,
    paddingInline: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
  },
  note: { color: tokens.colorNeutralForeground2 },
});

/** How to create the app registration live checks sign in with. */
export function RegistrationGuide({ redirectUri }: { redirectUri: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <h3 className={styles.heading}>Register an app for live checks (about five minutes)</h3>
      <ol className={styles.steps}>
        <li>
          In the Microsoft Entra admin center, go to <b>Entra ID › App registrations › New registration</b>. Name it, for example
          “Intune Mac Readiness”, and choose <b>Accounts in this organizational directory only</b>.
        </li>
        <li>
          Under <b>Redirect URI</b>, pick the platform <b>Single-page application</b> (not Web) and enter{" "}
          <code className={styles.uri}>{redirectUri}</code>. This is the sign-in bridge page that ships with this app: the sign-in
          window returns there and hands the answer back to this tab. If you also open the app from another address, add that
          address’s <code className={styles.uri}>/redirect.html</code> too.
        </li>
        <li>
          In <b>API permissions › Add a permission › Microsoft Graph › Delegated permissions</b>, add these read-only permissions.
          Nothing here can change your tenant.
          <ScopeTable />
        </li>
        <li>
          Optional: in <b>Token configuration › Add groups claim</b>, tick <b>Directory roles</b> (in the manifest,{" "}
          <code className={styles.uri}>&quot;groupMembershipClaims&quot;: &quot;DirectoryRole&quot;</code>). Your sign-in then lists your
          active directory roles, so the Intune Administrator check knows for sure even without Microsoft Entra ID P2. No extra
          permission is needed.
        </li>
        <li>
          Copy the <b>Application (client) ID</b> and the <b>Directory (tenant) ID</b> from the registration’s <b>Overview</b> page into
          the settings below (kept in this browser only), or ask whoever hosts this site to set them up there for everyone. In a
          US Government or China (21Vianet) tenant, register the app in that cloud’s admin center and choose the cloud below.
        </li>
        <li>
          Have the permissions consented. An Intune Administrator cannot consent for the tenant; a Global Administrator,
          Privileged Role Administrator or Cloud Application Administrator can. Once the settings are saved, this panel builds an
          admin-consent link you can send them.
        </li>
      </ol>
      <Text className={styles.note}>
        No client secret or certificate is needed: this app runs in your browser, signs you in with your own account and only reads.
      </Text>
    </div>
  );
}
