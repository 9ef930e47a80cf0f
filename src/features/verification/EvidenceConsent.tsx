import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { ScopeName } from "../../components/verification/ScopeName.tsx";
import { REQUIRED_SCOPES, USER_CONSENT_SCOPES_TEXT } from "../../domain/verification/consent.ts";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingInlineStart: tokens.spacingHorizontalXL },
  text: { margin: 0 },
  // Breaks only after a dot (see <wbr>), as in the permission table.
  scope: { fontFamily: tokens.fontFamilyMonospace },
});

/**
 * Which consent the script's sign-in needs. It signs in through Microsoft's own Microsoft Graph PowerShell app, so no
 * app registration is needed, but that app still has to be granted the delegated scopes it asks for, and an Intune
 * Administrator cannot grant admin consent (Learn: "Grant tenant-wide admin consent to an application").
 */
export function EvidenceConsent() {
  const styles = useStyles();
  const adminOnly = REQUIRED_SCOPES.filter((s) => s.adminConsent);
  return (
    <MessageBar intent="info" layout="multiline" data-testid="evidence-consent">
      <MessageBarBody>
        <MessageBarTitle>The script's sign-in needs admin consent once</MessageBarTitle>
        <p className={styles.text}>
          It signs in through Microsoft Graph PowerShell (listed as "Microsoft Graph Command Line Tools" under Enterprise
          applications), which must be granted these read-only permissions in your tenant:
        </p>
        <ul className={styles.list}>
          {adminOnly.map((s) => (
            <li key={s.scope} className={styles.scope}>
              <ScopeName scope={s.scope} />
            </li>
          ))}
        </ul>
        <p className={styles.text}>
          They need tenant-wide admin consent, which an Intune Administrator cannot give: a Global Administrator,
          Privileged Role Administrator, Cloud Application Administrator or Application Administrator grants it, for
          example by running the script once themselves. Without it the sign-in stops at "Need admin approval". Your own
          consent covers only {USER_CONSENT_SCOPES_TEXT}.
        </p>
      </MessageBarBody>
    </MessageBar>
  );
}
