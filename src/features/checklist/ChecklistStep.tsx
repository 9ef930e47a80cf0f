import { useCallback, useMemo, useState, type ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ChecklistStepId, ItemId } from "../../domain/catalog/ids.ts";
import type { CatalogItem } from "../../domain/catalog/types.ts";
import { itemsOfStep } from "../../domain/catalog/catalog.ts";
import { itemProgress } from "../../domain/progress/model.ts";
import { applicabilityAll, type Applicability } from "../../domain/rules/applicability.ts";
import { localDay } from "../../domain/rules/overdue.ts";
import { statusText } from "../../domain/rules/status-text.ts";
import { existingIosNote } from "../../domain/rules/existing-ios.ts";
import { useProgressSelector } from "../../components/progress/ProgressContext.tsx";
import { useAnnounce } from "../../components/announcer/Announcer.tsx";
import { ChecklistCard } from "./ChecklistCard.tsx";
import { StepOutline } from "./StepOutline.tsx";

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

const statusesEqual = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((status, i) => status === b[i]);

export function ChecklistStep({ step, renderExtra, before }: Props) {
  const styles = useStyles();
  const announce = useAnnounce();
  // Only what the step itself shows: a note typed in a card changes none of these, so the step does not re-render.
  const decisions = useProgressSelector((progress) => progress.decisions);
  const managesIosDevices = useProgressSelector((progress) => progress.meta.managesIosDevices);
  const items = itemsOfStep(step);
  const statuses = useProgressSelector((progress) => items.map((item) => itemProgress(progress, item.id).status), statusesEqual);
  const applicability = useMemo(() => applicabilityAll(decisions), [decisions]);
  const [expandedOverride, setExpandedOverride] = useState<Partial<Record<ItemId, boolean>>>({});
  const today = localDay(new Date());
  const isExpanded = (id: ItemId) => expandedOverride[id] ?? openByDefault(applicability[id]);
  const setExpanded = useCallback((id: ItemId, expanded: boolean) => setExpandedOverride((o) => ({ ...o, [id]: expanded })), []);
  const setAll = (expanded: boolean) => {
    setExpandedOverride(Object.fromEntries(items.map((item) => [item.id, expanded])));
    announce(expanded ? `All ${items.length} items expanded.` : `All ${items.length} items collapsed to one line each.`);
  };
  const jump = (item: CatalogItem) => {
    setExpanded(item.id, true);
    const heading = document.getElementById(`item-${item.id}-title`);
    heading?.closest("section")?.scrollIntoView?.({ block: "start" });
    heading?.focus({ preventScroll: true });
  };
  return (
    <>
      {!SHORT_STEPS.includes(step) && (
        <StepOutline
          entries={items.map((item, i) => ({ item, state: statusText(statuses[i] ?? "todo", applicability[item.id].level) }))}
          onJump={jump}
          onCollapseAll={() => setAll(false)}
          onExpandAll={() => setAll(true)}
        />
      )}
      {before}
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item.id}>
            <ChecklistCard
              item={item}
              applicability={applicability[item.id]}
              today={today}
              expanded={isExpanded(item.id)}
              setExpanded={setExpanded}
              existingIos={existingIosNote(item.id, managesIosDevices)}
              renderExtra={renderExtra}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
