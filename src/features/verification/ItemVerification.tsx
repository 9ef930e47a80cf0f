import { Button, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkRegular, Open16Regular } from "@fluentui/react-icons";
import type { CatalogItem } from "../../domain/catalog/types.ts";
import { isVerifiableItemId } from "../../domain/catalog/ids.ts";
import { itemProgress } from "../../domain/progress/model.ts";
import { STALE_AFTER_DAYS } from "../../domain/verification/records.ts";
import { itemContradictsDone } from "../../domain/verification/contradictions.ts";
import { DEMO_TEXT, shownReason, standingOf } from "../../domain/verification/standing.ts";
import { useProgressActions, useProgressSelector } from "../../components/progress/ProgressContext.tsx";
import { useAnnounce } from "../../components/announcer/Announcer.tsx";
import { VerdictBadge } from "../../components/badges/StatusBadge.tsx";
import { ToneBadge } from "../../components/badges/ToneBadge.tsx";
import { StandingBadge, StandingNotes } from "../../components/verification/ResultStanding.tsx";
import { formatDate, formatRelative } from "../../components/format/dates.ts";
import { checkedText } from "./results.ts";
import { useVerificationServices } from "./services.tsx";

const useStyles = makeStyles({
  block: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, fontSize: tokens.fontSizeBase200 },
  reason: { margin: 0 },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  fix: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  action: { alignSelf: "flex-start" },
  contradiction: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
});

/** The verification result inside a tenant item's card. */
export function ItemVerification({ item }: { item: CatalogItem }) {
  const styles = useStyles();
  const { now } = useVerificationServices();
  const { dispatch } = useProgressActions();
  const announce = useAnnounce();
  // The parts of the progress this result depends on: a note typed in the card above changes none of them.
  const verification = useProgressSelector((progress) => progress.verification);
  const decisions = useProgressSelector((progress) => progress.decisions);
  const status = useProgressSelector((progress) => itemProgress(progress, item.id).status);
  const contradicts = useProgressSelector((progress) => isVerifiableItemId(item.id) && itemContradictsDone(progress, item.id));
  if (!isVerifiableItemId(item.id)) return null;
  const current = now();
  const standing = standingOf({ verification, decisions }, item.id, current);
  const headingId = `verdict-${item.id}`;
  const label = (
    <Text id={headingId} weight="semibold">
      Verification:
    </Text>
  );

  if (!standing) {
    return (
      <div className={styles.block} role="group" aria-labelledby={headingId} data-verdict="not-checked">
        <div className={styles.header}>
          {label}
          <VerdictBadge verdict="not-checked" />
        </div>
        <Text className={styles.meta}>Not checked yet. Use “Verify your tenant” at the top of this step.</Text>
      </div>
    );
  }

  const { record, stale } = standing;
  const showFix = (standing.verdict === "not-ready" || standing.verdict === "advisory") && item.adminCenterPath !== "";
  const markDone = () => {
    dispatch({ type: "item/update", id: item.id, patch: { status: "done" } });
    announce(`${item.title}: status set to Done. Saved.`);
  };

  return (
    <div
      className={styles.block}
      role="group"
      aria-labelledby={headingId}
      data-verdict={standing.verdict ?? "strategy-changed"}
      data-source={record.source}
      data-stale={stale}
      data-imported={standing.imported ? "" : undefined}
    >
      <div className={styles.header}>
        {label}
        <StandingBadge standing={standing} />
        {standing.demo && <ToneBadge tone="warning" label={DEMO_TEXT} />}
        {stale && <ToneBadge tone="warning" label={`Stale: older than ${STALE_AFTER_DAYS} days`} />}
      </div>
      {contradicts && (
        <Text className={styles.contradiction} data-contradiction="">
          You marked this done, but this check found it not ready: fix it in the tenant and check again, or set the status back.
        </Text>
      )}
      {standing.verdict === null ? (
        <p className={styles.reason}>
          The strategy answers this verdict depended on have changed since it was checked, so it is not shown. Check the tenant again to
          see what your current strategy needs.
        </p>
      ) : (
        <p className={styles.reason}>{shownReason(standing)}</p>
      )}
      <StandingNotes standing={standing} />
      {standing.verdict !== null && record.details.length > 0 && (
        <ul className={styles.list} aria-label="Details">
          {record.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
      {record.renewals.length > 0 && (
        <Text size={200} weight="semibold">
          Renewal dates
        </Text>
      )}
      {record.renewals.length > 0 && (
        <ul className={styles.list} aria-label="Renewal dates">
          {record.renewals.map((r) => (
            <li key={r.label}>
              {r.label}: expires {formatDate(r.expiresAt)} ({formatRelative(r.expiresAt, current)})
            </li>
          ))}
        </ul>
      )}
      {showFix && (
        <span className={styles.fix}>
          <Text size={200}>To fix, open {item.portal}:</Text>
          <Text weight="semibold" size={200}>
            {item.adminCenterPath}
          </Text>
          <Link href={item.learnUrl} target="_blank" rel="noopener noreferrer">
            How to fix it <Open16Regular aria-label="(opens in a new tab)" />
          </Link>
        </span>
      )}
      <Text className={styles.meta}>{checkedText(record, current).replace(/^c/, "C")}</Text>
      {standing.canMarkDone && status !== "done" && (
        <Button className={styles.action} size="small" icon={<CheckmarkRegular />} onClick={markDone} aria-label={`Mark as done: ${item.title}`}>
          Mark as done
        </Button>
      )}
    </div>
  );
}
