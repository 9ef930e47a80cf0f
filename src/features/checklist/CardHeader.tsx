import { memo } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDown20Regular, ChevronRight20Regular } from "@fluentui/react-icons";
import type { CatalogItem } from "../../domain/catalog/types.ts";
import type { ItemStatus } from "../../domain/progress/model.ts";
import type { Applicability } from "../../domain/rules/applicability.ts";
import { isVerifiableStep } from "../../domain/catalog/ids.ts";
import { ApplicabilityNote } from "./ApplicabilityNote.tsx";
import { CardBadges } from "./CardBadges.tsx";
import { StatusSelect } from "./StatusSelect.tsx";

const useStyles = makeStyles({
  header: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, justifyContent: "space-between", alignItems: "flex-start" },
  heading: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, flex: "1 1 320px", minWidth: 0 },
  titleRow: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS, marginInlineStart: `calc(${tokens.spacingHorizontalS} * -1)` },
  title: { margin: 0, paddingTop: "5px", fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  toggle: { minWidth: "32px", flexShrink: 0 },
  status: { flex: "0 0 180px" },
});

type Props = {
  item: CatalogItem;
  status: ItemStatus;
  dueDate: string;
  applicability: Applicability;
  overdue: boolean;
  expanded: boolean;
  bodyId: string;
  headingId: string;
  onToggle: () => void;
  onStatus: (status: ItemStatus) => void;
};

/**
 * Title, badges and status. Its props are primitives and stable callbacks, so a keystroke in the card's notes does not
 * re-render it (bench: keystroke → next frame).
 */
export const CardHeader = memo(function CardHeader({ item, status, dueDate, applicability, overdue, expanded, bodyId, headingId, onToggle, onStatus }: Props) {
  const styles = useStyles();
  return (
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
            onClick={onToggle}
          />
          <h3 id={headingId} className={styles.title} tabIndex={-1}>
            {item.title}
          </h3>
        </div>
        <CardBadges status={status} dueDate={dueDate} level={applicability.level} overdue={overdue} />
        {expanded && <ApplicabilityNote applicability={applicability} showLevel={isVerifiableStep(item.step)} />}
      </div>
      <div className={styles.status}>
        <StatusSelect title={item.title} value={status} onChange={onStatus} />
      </div>
    </div>
  );
});
