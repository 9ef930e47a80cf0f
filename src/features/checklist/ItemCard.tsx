import type { ReactNode } from "react";
import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ChevronDown20Regular, ChevronRight20Regular } from "@fluentui/react-icons";
import type { CatalogItem } from "../../domain/catalog/types.ts";
import type { ItemProgress, ItemStatus } from "../../domain/progress/model.ts";
import type { Applicability } from "../../domain/rules/applicability.ts";
import type { ExistingIosNote } from "../../domain/rules/existing-ios.ts";
import { ApplicabilityNote } from "./ApplicabilityNote.tsx";
import { StatusSelect } from "./StatusSelect.tsx";
import { detailsSummary } from "./details-summary.ts";
import { SET_ASIDE_TEXT, isSetAside } from "../../domain/rules/set-aside.ts";
import { isVerifiableStep } from "../../domain/catalog/ids.ts";
import { BlockedReason } from "./BlockedReason.tsx";
import { CardBadges } from "./CardBadges.tsx";
import { ItemBody } from "./ItemBody.tsx";
import { TYPING } from "./ItemDetails.tsx";
import type { DispatchOptions } from "../../components/progress/ProgressContext.tsx";

const useStyles = makeStyles({
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // The status shows at a glance down a long page: a coloured edge, always paired with the badge's icon and text.
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorNeutralStroke1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    scrollMarginTop: tokens.spacingVerticalXXL,
    "@media (max-width: 480px)": { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
  },
  done: { borderInlineStartColor: tokens.colorPaletteGreenBorder2 },
  blocked: { borderInlineStartColor: tokens.colorPaletteRedBorder2 },
  progress: { borderInlineStartColor: tokens.colorBrandStroke1 },
  notNeeded: { backgroundColor: tokens.colorNeutralBackground2, borderInlineStartColor: tokens.colorNeutralStroke2, boxShadow: "none" },
  header: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, justifyContent: "space-between", alignItems: "flex-start" },
  heading: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, flex: "1 1 320px", minWidth: 0 },
  titleRow: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS, marginInlineStart: `calc(${tokens.spacingHorizontalS} * -1)` },
  title: { margin: 0, paddingTop: "5px", fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  toggle: { minWidth: "32px", flexShrink: 0 },
  status: { flex: "0 0 180px" },
  line: { color: tokens.colorNeutralForeground2 },
  setAside: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteDarkOrangeForeground1 },
});

const ACCENT = { done: "done", blocked: "blocked", "in-progress": "progress", todo: null, "not-applicable": null } as const;

type Props = {
  item: CatalogItem;
  value: ItemProgress;
  applicability: Applicability;
  overdue: boolean;
  expanded: boolean;
  onExpandedChange: (expanded: boolean) => void;
  onStatus: (status: ItemStatus) => void;
  onDetails: (patch: Partial<Omit<ItemProgress, "updatedAt">>, options?: DispatchOptions) => void;
  /** What "we already manage iPhones and iPads" changes for this item, if anything. */
  existingIos: ExistingIosNote | null;
  /** Item-specific content: a strategy decision form or a verification result. */
  children?: ReactNode;
};

export function ItemCard({ item, value, applicability, overdue, expanded, onExpandedChange, onStatus, onDetails, existingIos, children }: Props) {
  const styles = useStyles();
  const headingId = `item-${item.id}-title`;
  const bodyId = `item-${item.id}-body`;
  const notNeeded = applicability.level === "not-needed";
  const accent = notNeeded ? "notNeeded" : ACCENT[value.status];
  return (
    <section
      id={`item-${item.id}`}
      className={mergeClasses(styles.card, accent ? styles[accent] : undefined)}
      aria-labelledby={headingId}
      data-item-id={item.id}
      data-status={value.status}
      data-expanded={String(expanded)}
    >
      <div className={styles.header}>
        <div className={styles.heading}>
          <div className={styles.titleRow}>
            <Button
              appearance="subtle"
              className={styles.toggle}
              icon={expanded ? <ChevronDown20Regular /> : <ChevronRight20Regular />}
              aria-expanded={expanded}
              aria-controls={bodyId}
              aria-label={`Details: ${item.title}`}
              onClick={() => onExpandedChange(!expanded)}
            />
            <h3 id={headingId} className={styles.title} tabIndex={-1}>
              {item.title}
            </h3>
          </div>
          <CardBadges value={value} level={applicability.level} overdue={overdue} />
          {expanded && <ApplicabilityNote applicability={applicability} showLevel={isVerifiableStep(item.step)} />}
        </div>
        <div className={styles.status}>
          <StatusSelect title={item.title} value={value.status} onChange={onStatus} />
        </div>
      </div>
      {value.status === "blocked" && !notNeeded && (
        <BlockedReason title={item.title} value={value.blockedReason ?? ""} onChange={(blockedReason) => onDetails({ blockedReason }, TYPING)} />
      )}
      {isSetAside(value.status, applicability) && (
        <Text className={styles.setAside} data-set-aside="">
          {SET_ASIDE_TEXT} Say why in the notes, or change the status.
        </Text>
      )}
      {!expanded && (
        <Text size={200} className={styles.line} data-testid="collapsed-line">
          {notNeeded ? `Not needed: ${applicability.reason}` : detailsSummary(value)}
        </Text>
      )}
      <div id={bodyId} hidden={!expanded}>
        {expanded && (
          <ItemBody item={item} value={value} onDetails={onDetails} existingIos={existingIos}>
            {children}
          </ItemBody>
        )}
      </div>
    </section>
  );
}
