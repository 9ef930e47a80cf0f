import { useCallback, type ReactNode } from "react";
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { CatalogItem } from "../../domain/catalog/types.ts";
import type { ItemProgress, ItemStatus } from "../../domain/progress/model.ts";
import type { Applicability } from "../../domain/rules/applicability.ts";
import type { ExistingIosNote } from "../../domain/rules/existing-ios.ts";
import { detailsSummary } from "./details-summary.ts";
import { SET_ASIDE_TEXT, isSetAside } from "../../domain/rules/set-aside.ts";
import { BlockedReason } from "./BlockedReason.tsx";
import { CardHeader } from "./CardHeader.tsx";
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
    // A keystroke in one note lays out and paints that card, not the whole step (bench: keystroke → next frame). Not
    // content-visibility: skipped cards would hide their sizes and colours from accessibility checkers such as axe.
    contain: "layout paint style",
    "@media (max-width: 480px)": { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
  },
  done: { borderInlineStartColor: tokens.colorPaletteGreenBorder2 },
  blocked: { borderInlineStartColor: tokens.colorPaletteRedBorder2 },
  progress: { borderInlineStartColor: tokens.colorBrandStroke1 },
  notNeeded: { backgroundColor: tokens.colorNeutralBackground2, borderInlineStartColor: tokens.colorNeutralStroke2, boxShadow: "none" },
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
  // Stable callbacks keep the memoised header and fields from re-rendering on every keystroke in the notes.
  const onToggle = useCallback(() => onExpandedChange(!expanded), [onExpandedChange, expanded]);
  const onBlockedReason = useCallback((blockedReason: string) => onDetails({ blockedReason }, TYPING), [onDetails]);
  return (
    <section
      id={`item-${item.id}`}
      className={mergeClasses(styles.card, accent ? styles[accent] : undefined)}
      aria-labelledby={headingId}
      data-item-id={item.id}
      data-status={value.status}
      data-expanded={String(expanded)}
    >
      <CardHeader
        item={item}
        status={value.status}
        dueDate={value.dueDate}
        applicability={applicability}
        overdue={overdue}
        expanded={expanded}
        bodyId={bodyId}
        headingId={headingId}
        onToggle={onToggle}
        onStatus={onStatus}
      />
      {value.status === "blocked" && !notNeeded && (
        <BlockedReason title={item.title} value={value.blockedReason ?? ""} onChange={onBlockedReason} />
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
