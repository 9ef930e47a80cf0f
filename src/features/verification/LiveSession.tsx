import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { PersonRegular, PlayRegular, SignOutRegular } from "@fluentui/react-icons";
import type { AuthConfig } from "../../services/auth/validate-config.ts";
import { ConsentLink } from "./ConsentLink.tsx";
import type { LiveCheck } from "./useLiveCheck.ts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground2 },
  spinner: { justifyContent: "flex-start" },
});

/** The tenant named in a single-tenant authority, to prefill the consent link. */
export function authorityTenant(authority: string): string {
  const tenant = authority.split("/").pop() ?? "";
  return tenant === "organizations" ? "" : tenant;
}

export function consentTenant(live: LiveCheck, config: AuthConfig): string {
  const { status } = live;
  return status.kind === "signed-in" || status.kind === "running" ? status.account.tenantId : authorityTenant(config.authority);
}

/** Sign in → Run checks → progress → results, with every sign-in or Graph problem spelled out. */
export function LiveSession({ live, config }: { live: LiveCheck; config: AuthConfig }) {
  const styles = useStyles();
  const { status, problem } = live;
  const account = status.kind === "signed-in" || status.kind === "running" ? status.account : null;
  return (
    <div className={styles.root}>
      {account ? (
        <div className={styles.row}>
          <PersonRegular aria-hidden />
          <Text data-testid="signed-in-as">
            Signed in as <b>{account.name}</b> ({account.username})
          </Text>
        </div>
      ) : (
        <Text className={styles.muted}>
          Sign-in asks only for User.Read. The read-only Intune permissions are requested when you run the checks.
        </Text>
      )}
      <div className={styles.row}>
        {account ? (
          <>
            <Button appearance="primary" icon={<PlayRegular />} disabled={status.kind === "running"} onClick={() => void live.run()}>
              Run checks
            </Button>
            <Button icon={<SignOutRegular />} disabled={status.kind === "running"} onClick={() => void live.signOut()}>
              Sign out
            </Button>
          </>
        ) : (
          <Button
            appearance="primary"
            disabled={status.kind === "signing-in" || status.kind === "redirecting"}
            onClick={live.signIn}
            data-sign-in-ready={live.prepared}
            onPointerEnter={live.warm}
            onFocus={live.warm}
          >
            {status.kind === "signing-in" ? "Signing in…" : "Sign in"}
          </Button>
        )}
        <div role="status" aria-live="polite" data-testid="live-progress">
          {status.kind === "running" && <Spinner className={styles.spinner} size="tiny" labelPosition="after" label={status.progress} />}
          {status.kind === "signing-in" && <Spinner className={styles.spinner} size="tiny" labelPosition="after" label="Waiting for the sign-in window…" />}
          {status.kind === "redirecting" && (
            <Spinner className={styles.spinner} size="tiny" labelPosition="after" label="The browser blocked the sign-in window: opening Microsoft sign-in in this tab. You will come back here." />
          )}
        </div>
      </div>
      {problem && (
        <MessageBar intent={problem.code === "cancelled" ? "warning" : "error"} layout="multiline" data-problem={problem.code}>
          <MessageBarBody>
            <MessageBarTitle>{problem.title}</MessageBarTitle>
            {problem.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {problem?.code === "consent-needed" && (
        <ConsentLink clientId={config.clientId} redirectUri={config.redirectUri} cloud={config.cloud} defaultTenant={consentTenant(live, config)} />
      )}
    </div>
  );
}
