import type { ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ChecklistStepId } from "../../domain/catalog/ids.ts";
import type { CatalogItem } from "../../domain/catalog/types.ts";
import { itemsOfStep } from "../../domain/catalog/catalog.ts";
import { itemProgress } from "../../domain/progress/model.ts";
import { applicabilityAll } from "../../domain/rules/applicability.ts";
import { useProgress } from "../../components/progress/ProgressContext.tsx";
import { useAnnounce } from "../../components/announcer/Announcer.tsx";
import { STATUS_LABELS } from "../../components/badges/badge-tables.ts";
import { ItemCard } from "./ItemCard.tsx";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, listStyle: "none", margin: 0, padding: 0 },
});

type Props = {
  step: ChecklistStepId;
  /** Content placed inside an item's card, e.g. the decision form for a strategy item. */
  renderExtra?: (item: CatalogItem) => ReactNode;
  /** Content above the cards, e.g. the verification panel on the tenant step. */
  before?: ReactNode;
};

export function ChecklistStep({ step, renderExtra, before }: Props) {
  const styles = useStyles();
  const { progress, dispatch } = useProgress();
  const announce = useAnnounce();
  const applicability = applicabilityAll(progress.decisions);
  return (
    <>
      {before}
      <ul className={styles.list}>
        {itemsOfStep(step).map((item) => (
          <li key={item.id}>
            <ItemCard
              item={item}
              value={itemProgress(progress, item.id)}
              applicability={applicability[item.id]}
              onStatus={(status) => {
                dispatch({ type: "item/update", id: item.id, patch: { status } });
                announce(`${item.title}: status set to ${STATUS_LABELS[status]}. Saved.`);
              }}
              onDetails={(patch) => dispatch({ type: "item/update", id: item.id, patch })}
            >
              {renderExtra?.(item)}
            </ItemCard>
          </li>
        ))}
      </ul>
    </>
  );
}
