import { useState, type ReactNode } from "react";
import { Button, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular, Open16Regular } from "@fluentui/react-icons";
import type { CatalogItem } from "../../domain/catalog/types.ts";
import type { ItemProgress, ItemStatus } from "../../domain/progress/model.ts";
import type { Applicability } from "../../domain/rules/applicability.ts";
import { ApplicabilityNote } from "./ApplicabilityNote.tsx";
import { ItemDetails } from "./ItemDetails.tsx";
import { StatusSelect } from "./StatusSelect.tsx";
import { detailsSummary } from "./details-summary.ts";
import { SET_ASIDE_TEXT, isSetAside } from "../../domain/rules/set-aside.ts";
import { isVerifiableStep } from "../../domain/catalog/ids.ts";

const useStyles = makeStyles({
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  notNeeded: { backgroundColor: tokens.colorNeutralBackground2 },
  header: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, justifyContent: "space-between", alignItems: "flex-start" },
  heading: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, flex: "1 1 320px", minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  status: { flex: "0 0 180px" },
  why: { margin: 0 },
  how: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  path: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  links: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, alignItems: "center" },
  toggle: { alignSelf: "flex-start", paddingInline: 0, minWidth: 0 },
  summary: { color: tokens.colorNeutralForeground2 },
  setAside: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteDarkOrangeForeground1 },
});

type Props = {
  item: CatalogItem;
  value: ItemProgress;
  applicability: Applicability;
  onStatus: (status: ItemStatus) => void;
  onDetails: (patch: Partial<Omit<ItemProgress, "updatedAt">>) => void;
  /** Item-specific content: a strategy decision form or a verification result. */
  children?: ReactNode;
};

export function ItemCard({ item, value, applicability, onStatus, onDetails, children }: Props) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const headingId = `item-${item.id}-title`;
  const detailsId = `item-${item.id}-details`;
  return (
    <section
      className={applicability.level === "not-needed" ? `${styles.card} ${styles.notNeeded}` : styles.card}
      aria-labelledby={headingId}
      data-item-id={item.id}
      data-status={value.status}
    >
      <div className={styles.header}>
        <div className={styles.heading}>
          <h3 id={headingId} className={styles.title}>
            {item.title}
          </h3>
          <ApplicabilityNote applicability={applicability} showLevel={isVerifiableStep(item.step)} />
        </div>
        <div className={styles.status}>
          <StatusSelect title={item.title} value={value.status} onChange={onStatus} />
        </div>
      </div>
      {isSetAside(value.status, applicability) && (
        <Text className={styles.setAside} data-set-aside="">
          {SET_ASIDE_TEXT} Say why in the notes, or change the status.
        </Text>
      )}
      <p className={styles.why}>{item.why}</p>
      <div>
        <Text weight="semibold">How to do it</Text>
        <ol className={styles.how}>
          {item.how.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </div>
      <div className={styles.links}>
        {item.adminCenterPath && (
          <span className={styles.path}>
            <Text size={200}>{item.portal}:</Text>
            <Text weight="semibold">{item.adminCenterPath}</Text>
          </span>
        )}
        <Link href={item.learnUrl} target="_blank" rel="noopener noreferrer">
          Learn: {item.learnTitle} <Open16Regular aria-label="(opens in a new tab)" />
        </Link>
      </div>
      {children}
      <Button
        appearance="transparent"
        className={styles.toggle}
        icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
        aria-expanded={open}
        aria-controls={detailsId}
        onClick={() => setOpen((o) => !o)}
      >
        Owner, due date, notes and evidence
      </Button>
      {!open && <Text className={styles.summary} size={200}>{detailsSummary(value)}</Text>}
      <div id={detailsId} hidden={!open}>
        {open && <ItemDetails title={item.title} value={value} onChange={onDetails} />}
      </div>
    </section>
  );
}
