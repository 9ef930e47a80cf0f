import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CLOUDS } from "../../services/auth/clouds.ts";
import { defaultRedirectUri } from "../../services/auth/validate-config.ts";
import { AuthSettings, EMPTY_SETTINGS } from "./AuthSettings.tsx";
import { ConsentLink } from "./ConsentLink.tsx";
import { LiveSession, consentTenant } from "./LiveSession.tsx";
import { RegistrationGuide } from "./RegistrationGuide.tsx";
import { ScopeTable } from "./ScopeTable.tsx";
import { useVerificationServices } from "./services.tsx";
import type { LiveCheck as LiveCheckState } from "./useLiveCheck.ts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingBlock: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/** The "Check live" way: set-up help until an app registration is known, then sign-in and the run itself. */
export function LiveCheck({ live }: { live: LiveCheckState }) {
  const styles = useStyles();
  const services = useVerificationServices();
  const { config, stored } = live;
  const hasOverride = stored.status === "ok";
  const settings = (
    <AuthSettings
      store={services.authConfig}
      site={services.site}
      initial={stored.status === "ok" ? stored.config : config.kind === "ready" ? config.config : EMPTY_SETTINGS}
      hasOverride={hasOverride}
      onChanged={live.reloadSettings}
    />
  );
  const storedWarning = stored.status === "invalid" && (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Saved settings ignored</MessageBarTitle>
        {stored.reason} Save corrected settings below, or clear them.
      </MessageBarBody>
    </MessageBar>
  );

  if (config.kind === "loading") return <Spinner size="tiny" labelPosition="after" label="Reading this site's sign-in settings…" />;

  if (config.kind === "missing") {
    return (
      <div className={styles.root}>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>No app registration is set up yet</MessageBarTitle>
            {config.reason}
            {config.problems.length > 0 && (
              <ul className={styles.list}>
                {config.problems.map((p) => (
                  <li key={p.field}>{p.message}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
        {storedWarning}
        <RegistrationGuide redirectUri={defaultRedirectUri(services.site.origin, services.site.baseUrl)} />
        <h3 className={styles.heading}>Your app registration</h3>
        {settings}
      </div>
    );
  }

  return (
    <div className={styles.root}>
      <Text>
        Signs in with the app registration <span className={styles.code}>{config.config.clientId}</span>{" "}
        {config.source === "settings" ? "saved in this browser" : "this site is set up with"}
        {config.config.cloud === "global" ? "" : ` in the ${CLOUDS[config.config.cloud].label} cloud`}.
      </Text>
      {storedWarning}
      <LiveSession live={live} config={config.config} />
      <Accordion collapsible multiple>
        <AccordionItem value="permissions">
          <AccordionHeader>Permissions and admin consent</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <ScopeTable />
            {/* Keyed so signing in fills in the tenant. */}
            <ConsentLink
              key={consentTenant(live, config.config)}
              clientId={config.config.clientId}
              redirectUri={config.config.redirectUri}
              cloud={config.config.cloud}
              defaultTenant={consentTenant(live, config.config)}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="settings">
          <AccordionHeader>App registration settings</AccordionHeader>
          <AccordionPanel className={styles.panel}>{settings}</AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
