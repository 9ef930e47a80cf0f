import { useState } from "react";
import { Button, Field, Input, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Copy16Regular, Open16Regular } from "@fluentui/react-icons";
import { REQUIRED_SCOPES, USER_CONSENT_SCOPES_TEXT, adminConsentUrl } from "../../domain/verification/consent.ts";
import { CLOUDS, type CloudId } from "../../services/auth/clouds.ts";
import { copyText } from "../../services/download/download.ts";
import { useNotify } from "../../components/toast/notify.tsx";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  tenant: { maxWidth: "28rem" },
  link: {
    display: "block",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" },
});

type Props = { clientId: string; redirectUri: string; cloud: CloudId; defaultTenant: string };

/** Builds the admin-consent link an Intune admin sends to someone who may consent for the whole tenant. */
export function ConsentLink({ clientId, redirectUri, cloud, defaultTenant }: Props) {
  const styles = useStyles();
  const notify = useNotify();
  const [tenant, setTenant] = useState(defaultTenant);
  const trimmed = tenant.trim();
  const invalid = trimmed !== "" && !GUID.test(trimmed) && !DOMAIN.test(trimmed);
  const url =
    trimmed === "" || invalid ? null : adminConsentUrl({
          tenant: trimmed,
          clientId,
          redirectUri,
          scopes: REQUIRED_SCOPES.map((s) => s.scope),
          // The link must go to the cloud the app registration lives in, with that cloud's Graph resource.
          loginOrigin: CLOUDS[cloud].loginOrigin,
          graphResource: CLOUDS[cloud].graphOrigin,
        });

  const copy = async () => {
    if (!url) return;
    if (await copyText(url)) notify("Admin-consent link copied");
    else notify("Could not copy: select the link and copy it yourself", { intent: "error" });
  };

  return (
    <div className={styles.root}>
      <Text>
        All permissions except {USER_CONSENT_SCOPES_TEXT} need tenant-wide admin consent. An Intune Administrator cannot grant it: send this link to a
        Global Administrator, Privileged Role Administrator or Cloud Application Administrator. They sign in, review the read-only
        permissions and accept.
      </Text>
      <Field
        className={styles.tenant}
        label="Your tenant"
        hint="Directory (tenant) ID or a domain such as contoso.onmicrosoft.com"
        validationState={invalid ? "error" : "none"}
        validationMessage={invalid ? "Enter a Directory (tenant) ID (a GUID) or a verified domain such as contoso.onmicrosoft.com." : undefined}
      >
        <Input value={tenant} onChange={(_, d) => setTenant(d.value)} />
      </Field>
      {url && (
        <>
          <Text weight="semibold">Admin-consent link</Text>
          <code className={styles.link} data-testid="admin-consent-link">
            {url}
          </code>
          <div className={styles.actions}>
            <Button icon={<Copy16Regular />} onClick={() => void copy()}>
              Copy admin-consent link
            </Button>
            <Link href={url} target="_blank" rel="noopener noreferrer">
              Open it yourself if you hold one of these roles <Open16Regular aria-label="(opens in a new tab)" />
            </Link>
          </div>
        </>
      )}
    </div>
  );
}
