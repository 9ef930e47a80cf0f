import { useState, type ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ChecklistStepId, ItemId } from "../../domain/catalog/ids.ts";
import type { CatalogItem } from "../../domain/catalog/types.ts";
import { itemsOfStep } from "../../domain/catalog/catalog.ts";
import { itemProgress } from "../../domain/progress/model.ts";
import { applicabilityAll, type Applicability } from "../../domain/rules/applicability.ts";
import { isOverdue, localDay } from "../../domain/rules/overdue.ts";
import { statusText } from "../../domain/rules/status-text.ts";
import { existingIosNote } from "../../domain/rules/existing-ios.ts";
import { useProgress } from "../../components/progress/ProgressContext.tsx";
import { useAnnounce } from "../../components/announcer/Announcer.tsx";
import { STATUS_LABELS } from "../../components/badges/badge-tables.ts";
import { ItemCard } from "./ItemCard.tsx";
import { StepOutline } from "./StepOutline.tsx";
import { BLOCKED_PROMPT } from "./BlockedReason.tsx";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, listStyle: "none", margin: 0, padding: 0 },
});

/** The first steps are short; the tenant step and those after it get an outline with jump links and collapse/expand all. */
const SHORT_STEPS: readonly ChecklistStepId[] = ["organization", "strategy"];

type Props = {
  step: ChecklistStepId;
  /** Content placed inside an item's card, e.g. the decision form for a strategy item. */
  renderExtra?: (item: CatalogItem) => ReactNode;
  /** Content above the cards, e.g. the verification panel on the tenant step. */
  before?: ReactNode;
};

// Not-needed cards start as one line; everything else starts open.
const openByDefault = (applicability: Applicability) => applicability.level !== "not-needed";

export function ChecklistStep({ step, renderExtra, before }: Props) {
  const styles = useStyles();
  const { progress, dispatch } = useProgress();
  const announce = useAnnounce();
  const applicability = applicabilityAll(progress.decisions);
  const [expandedOverride, setExpandedOverride] = useState<Partial<Record<ItemId, boolean>>>({});
  const items = itemsOfStep(step);
  const today = localDay(new Date());
  const isExpanded = (id: ItemId) => expandedOverride[id] ?? openByDefault(applicability[id]);
  const setAll = (expanded: boolean) => {
    setExpandedOverride(Object.fromEntries(items.map((item) => [item.id, expanded])));
    announce(expanded ? `All ${items.length} items expanded.` : `All ${items.length} items collapsed to one line each.`);
  };
  const jump = (item: CatalogItem) => {
    setExpandedOverride((o) => ({ ...o, [item.id]: true }));
    const heading = document.getElementById(`item-${item.id}-title`);
    heading?.closest("section")?.scrollIntoView?.({ block: "start" });
    heading?.focus({ preventScroll: true });
  };
  return (
    <>
      {!SHORT_STEPS.includes(step) && (
        <StepOutline
          entries={items.map((item) => ({ item, state: statusText(itemProgress(progress, item.id).status, applicability[item.id].level) }))}
          onJump={jump}
          onCollapseAll={() => setAll(false)}
          onExpandAll={() => setAll(true)}
        />
      )}
      {before}
      <ul className={styles.list}>
        {items.map((item) => {
          const value = itemProgress(progress, item.id);
          return (
            <li key={item.id}>
              <ItemCard
                item={item}
                value={value}
                applicability={applicability[item.id]}
                overdue={isOverdue(value, applicability[item.id].level, today)}
                expanded={isExpanded(item.id)}
                onExpandedChange={(expanded) => setExpandedOverride((o) => ({ ...o, [item.id]: expanded }))}
                existingIos={existingIosNote(item.id, progress.meta.managesIosDevices)}
                onStatus={(status) => {
                  dispatch({ type: "item/update", id: item.id, patch: { status } });
                  const ask = status === "blocked" && applicability[item.id].level !== "not-needed" ? ` ${BLOCKED_PROMPT} Type it in the field under the status.` : "";
                  announce(`${item.title}: status set to ${STATUS_LABELS[status]}. Saved.${ask}`);
                }}
                onDetails={(patch) => dispatch({ type: "item/update", id: item.id, patch })}
              >
                {renderExtra?.(item)}
              </ItemCard>
            </li>
          );
        })}
      </ul>
    </>
  );
}
