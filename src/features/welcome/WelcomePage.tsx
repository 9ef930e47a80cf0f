import { Button, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowRight16Regular, Clock20Regular, LockClosed20Regular, ShieldCheckmark20Regular } from "@fluentui/react-icons";
import { CATALOG_ITEMS } from "../../domain/catalog/catalog.ts";
import { WHAT_YOU_NEED, estimateMinutes } from "../../domain/catalog/welcome.ts";
import { useProgress } from "../../components/progress/ProgressContext.tsx";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL },
  facts: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(220px, 1fr))", gap: tokens.spacingHorizontalL },
  fact: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  factIcon: { flexShrink: 0, color: tokens.colorBrandForeground1, marginTop: "2px" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  h2: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  needs: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  meta: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(220px, 1fr))", gap: tokens.spacingHorizontalL },
});

function hoursText(minutes: number): string {
  const hours = minutes / 60;
  return hours < 1 ? `${minutes} minutes` : `about ${Math.round(hours * 2) / 2} hours`;
}

export function WelcomePage({ onStart }: { onStart: () => void }) {
  const styles = useStyles();
  const { progress, dispatch } = useProgress();
  const minutes = estimateMinutes(CATALOG_ITEMS);
  return (
    <div className={styles.stack}>
      <Text as="p">
        This wizard walks you through every technical and organizational prerequisite for managing Macs with Microsoft
        Intune, in the order that works: get the organization on board, decide your Mac strategy, then prepare and verify
        the tenant. Your strategy decides which tenant settings apply.
      </Text>
      <div className={styles.facts}>
        <div className={styles.fact}>
          <Clock20Regular className={styles.factIcon} aria-hidden />
          <Text>
            <strong>Hands-on time: {hoursText(minutes)}</strong>, spread over days. Your place is kept.
          </Text>
        </div>
        <div className={styles.fact}>
          <ShieldCheckmark20Regular className={styles.factIcon} aria-hidden />
          <Text>
            <strong>Verify with read-only access</strong>: live through Microsoft Graph, from a file a script produces, or try a demo tenant.
          </Text>
        </div>
        <div className={styles.fact}>
          <LockClosed20Regular className={styles.factIcon} aria-hidden />
          <Text>
            <strong>Stays in your browser.</strong> No account, no server, no telemetry. Share by link or print for sign-off.
          </Text>
        </div>
      </div>
      <section className={styles.section} aria-labelledby="needs-heading">
        <h2 id="needs-heading" className={styles.h2}>
          What you'll need
        </h2>
        <ul className={styles.needs}>
          {WHAT_YOU_NEED.map((need) => (
            <li key={need.title}>
              <Text weight="semibold">{need.title}</Text> — <Text>{need.detail}</Text>
            </li>
          ))}
        </ul>
      </section>
      <section className={styles.section} aria-labelledby="about-heading">
        <h2 id="about-heading" className={styles.h2}>
          About this project
        </h2>
        <Text>Used on the printed summary. Optional.</Text>
        <div className={styles.meta}>
          <Field label="Organization">
            <Input value={progress.meta.organization} maxLength={120} onChange={(_, d) => dispatch({ type: "meta/update", patch: { organization: d.value } })} />
          </Field>
          <Field label="Tenant name">
            <Input placeholder="contoso.onmicrosoft.com" value={progress.meta.tenantName} maxLength={120} onChange={(_, d) => dispatch({ type: "meta/update", patch: { tenantName: d.value } })} />
          </Field>
          <Field label="Prepared by">
            <Input value={progress.meta.preparedBy} maxLength={120} onChange={(_, d) => dispatch({ type: "meta/update", patch: { preparedBy: d.value } })} />
          </Field>
        </div>
      </section>
      <div>
        <Button appearance="primary" size="large" icon={<ArrowRight16Regular />} iconPosition="after" onClick={onStart}>
          {progress.updatedAt ? "Continue" : "Start"} with Organization
        </Button>
      </div>
    </div>
  );
}
