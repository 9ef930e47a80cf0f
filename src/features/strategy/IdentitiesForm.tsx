import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod/mini";
import {
  APPLE_ID_MODELS,
  identitiesDecisionSchema,
  type AppleIdModel,
  type IdentitiesDecision,
} from "../../domain/strategy/schema.ts";
import { APPLE_ID_LABELS } from "../../domain/strategy/describe.ts";
import { ChoiceField } from "./ChoiceField.tsx";
import { DecisionFrame } from "./DecisionFrame.tsx";
import { useDecisionForm } from "./useDecisionForm.ts";
import type { DecisionFormProps } from "./DecisionForm.tsx";

type IdentitiesInput = z.input<typeof identitiesDecisionSchema>;

const resolver = zodResolver(identitiesDecisionSchema);

// No default: which Apple ID users get is a choice the admin should make knowingly. The key is still listed, because
// react-hook-form counts a key that appears later as an edit.
const DEFAULTS: Partial<IdentitiesInput> = { appleId: undefined };

const CONSEQUENCES = {
  none: "Users don't sign in to Apple services on work Macs; App Store apps arrive only through Apps and Books.",
  personal: "Users sign in with their own Apple ID; the organization neither owns nor manages those accounts.",
  managed: "The organization creates and owns the accounts; this needs Apple Business Manager.",
} as const satisfies Record<AppleIdModel, string>;

export function IdentitiesForm({ value, decidedAt, onSave }: DecisionFormProps<"identities">) {
  const { form, submit, state, loadSaved } = useDecisionForm<IdentitiesInput, IdentitiesDecision>({
    resolver,
    value,
    defaults: DEFAULTS,
    toForm: (v) => v,
    onSave,
  });
  return (
    <DecisionFrame label="Apple IDs" onSubmit={submit} state={state} decidedAt={decidedAt} onLoadSaved={loadSaved}>
      <ChoiceField
        control={form.control}
        name="appleId"
        label="How do users sign in to Apple services?"
        hint="Apple services include the App Store and iCloud."
        options={APPLE_ID_MODELS}
        labels={APPLE_ID_LABELS}
        consequences={CONSEQUENCES}
        required
      />
    </DecisionFrame>
  );
}
