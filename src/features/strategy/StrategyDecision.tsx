import { useState } from "react";
import { DecisionForm } from "./DecisionForm.tsx";
import { useAnnounce } from "../../components/announcer/Announcer.tsx";
import { describeTailoring } from "../../domain/rules/tailoring.ts";
import { useProgressActions, useProgressSelector, type UnstampedAction } from "../../components/progress/ProgressContext.tsx";
import type { CatalogItem, DecisionKey } from "../../domain/catalog/types.ts";
import type { DecisionValues } from "../../domain/strategy/schema.ts";

/**
 * A strategy card's decision form wired to the progress store. Lives in the strategy chunk: the sentence it says on
 * save needs the whole catalog's titles (tailoring.ts), which the entry chunk must not carry.
 */
export function StrategyDecision({ item }: { item: CatalogItem }) {
  const { dispatch, read } = useProgressActions();
  const announce = useAnnounce();
  const [changed, setChanged] = useState<string | undefined>(undefined);
  // DecisionForm keeps key and value correlated through its generic; TypeScript cannot follow that across the union.
  const key: DecisionKey | null = item.verification.kind === "decision" ? item.verification.decision : null;
  const decided = useProgressSelector((progress) => (key === null ? undefined : progress.decisions[key]));
  const managesIosDevices = useProgressSelector((progress) => progress.meta.managesIosDevices);
  if (key === null) return null;
  return (
    <DecisionForm
      decision={key}
      value={decided?.value as DecisionValues[typeof key] | undefined}
      decidedAt={decided?.decidedAt}
      managesIosDevices={managesIosDevices}
      changed={changed}
      onSave={(value) => {
        // Said on the card and read out: what the checklist looks like now, from its state before and after.
        const { decisions } = read();
        const sentence = describeTailoring(decisions, { ...decisions, [key]: { value, decidedAt: "" } });
        dispatch({ type: "decision/save", key, value } as UnstampedAction);
        setChanged(sentence);
        announce(`Decision saved. ${sentence}`);
      }}
    />
  );
}
