import { memo, useCallback, useMemo, type ReactNode } from "react";
import type { ItemId } from "../../domain/catalog/ids.ts";
import type { CatalogItem } from "../../domain/catalog/types.ts";
import type { ItemProgress, ItemStatus } from "../../domain/progress/model.ts";
import type { Applicability } from "../../domain/rules/applicability.ts";
import { isOverdue } from "../../domain/rules/overdue.ts";
import type { ExistingIosNote } from "../../domain/rules/existing-ios.ts";
import { useItemProgress, useProgressActions, type DispatchOptions } from "../../components/progress/ProgressContext.tsx";
import { useAnnounce } from "../../components/announcer/Announcer.tsx";
import { STATUS_LABELS } from "../../components/badges/badge-tables.ts";
import { ItemCard } from "./ItemCard.tsx";
import { BLOCKED_PROMPT } from "./BlockedReason.tsx";

type Props = {
  item: CatalogItem;
  applicability: Applicability;
  today: string;
  expanded: boolean;
  setExpanded: (id: ItemId, expanded: boolean) => void;
  existingIos: ExistingIosNote | null;
  renderExtra?: (item: CatalogItem) => ReactNode;
};

/**
 * One item's card, subscribed to that item alone and memoised: a keystroke in its notes re-renders this card, not the
 * step (every prop is stable while the admin types; see ChecklistStep).
 */
export const ChecklistCard = memo(function ChecklistCard({ item, applicability, today, expanded, setExpanded, existingIos, renderExtra }: Props) {
  const value = useItemProgress(item.id);
  const { dispatch } = useProgressActions();
  const announce = useAnnounce();
  const { id, title } = item;
  const level = applicability.level;
  const onStatus = useCallback(
    (status: ItemStatus) => {
      dispatch({ type: "item/update", id, patch: { status } });
      const ask = status === "blocked" && level !== "not-needed" ? ` ${BLOCKED_PROMPT} Type it in the field under the status.` : "";
      announce(`${title}: status set to ${STATUS_LABELS[status]}. Saved.${ask}`);
    },
    [dispatch, announce, id, title, level],
  );
  const onDetails = useCallback(
    (patch: Partial<Omit<ItemProgress, "updatedAt">>, options?: DispatchOptions) => dispatch({ type: "item/update", id, patch }, options),
    [dispatch, id],
  );
  const onExpandedChange = useCallback((next: boolean) => setExpanded(id, next), [setExpanded, id]);
  // The same element while the note is typed, so the verification result or decision form inside is not re-rendered.
  const extra = useMemo(() => renderExtra?.(item), [renderExtra, item]);
  return (
    <ItemCard
      item={item}
      value={value}
      applicability={applicability}
      overdue={isOverdue(value, level, today)}
      expanded={expanded}
      onExpandedChange={onExpandedChange}
      existingIos={existingIos}
      onStatus={onStatus}
      onDetails={onDetails}
    >
      {extra}
    </ItemCard>
  );
});
