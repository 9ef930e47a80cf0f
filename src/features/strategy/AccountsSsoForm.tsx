import { zodResolver } from "@hookform/resolvers/zod";
import { useWatch, type Resolver } from "react-hook-form";
import type { z } from "zod/mini";
import {
  LOCAL_ACCOUNT_MODELS,
  PSSO_METHODS,
  SSO_MODELS,
  accountsSsoDecisionSchema,
  type AccountsSsoDecision,
} from "../../domain/strategy/schema.ts";
import { LOCAL_ACCOUNT_LABELS, PSSO_LABELS, SSO_LABELS } from "../../domain/strategy/describe.ts";
import { ChoiceField } from "./ChoiceField.tsx";
import { DecisionFrame } from "./DecisionFrame.tsx";
import { useDecisionForm } from "./useDecisionForm.ts";
import type { DecisionFormProps } from "./DecisionForm.tsx";

type AccountsSsoInput = z.input<typeof accountsSsoDecisionSchema>;

const schemaResolver = zodResolver(accountsSsoDecisionSchema);
// A Platform SSO method picked before switching to the Enterprise SSO plug-in would be saved as a stale answer.
const resolver: Resolver<AccountsSsoInput, unknown, AccountsSsoDecision> = (values, context, options) => {
  if (values.sso === "platform-sso") return schemaResolver(values, context, options);
  const { psso: _dropped, ...rest } = values;
  return schemaResolver(rest, context, options);
};

// Nothing is pre-selected: the sign-in model and the local account type are hard to change once Macs are deployed, so
// the admin picks both. Every key is listed, because react-hook-form counts a key that appears later (psso, when its
// field first shows) as an edit.
const DEFAULTS: Partial<AccountsSsoInput> = { sso: undefined, psso: undefined, localAccount: undefined };
const toForm = (value: AccountsSsoDecision): AccountsSsoInput => ({ psso: undefined, ...value });

export function AccountsSsoForm({ value, decidedAt, onSave }: DecisionFormProps<"accountsSso">) {
  const { form, submit, state, loadSaved } = useDecisionForm<AccountsSsoInput, AccountsSsoDecision>({
    resolver,
    value,
    defaults: DEFAULTS,
    toForm,
    onSave,
  });
  const { control } = form;
  const sso = useWatch({ control, name: "sso" });
  return (
    <DecisionFrame
      label="Accounts and single sign-on"
      onSubmit={submit}
      state={state}
      decidedAt={decidedAt}
      onLoadSaved={loadSaved}
    >
      <ChoiceField
        control={control}
        name="sso"
        label="Single sign-on"
        hint="The Enterprise SSO plug-in signs users in to apps; Platform SSO also ties the Mac login to Microsoft Entra ID."
        options={SSO_MODELS}
        labels={SSO_LABELS}
        required
      />
      {sso === "platform-sso" ? (
        <ChoiceField
          control={control}
          name="psso"
          label="Platform SSO authentication method"
          hint="Platform SSO needs macOS 13 or later and Company Portal 5.2404.0 or later."
          options={PSSO_METHODS}
          labels={PSSO_LABELS}
          required
        />
      ) : null}
      <ChoiceField
        control={control}
        name="localAccount"
        label="Local account on the Mac"
        hint="Whether the person using the Mac is a standard user or an administrator. Standard users are the safer choice."
        options={LOCAL_ACCOUNT_MODELS}
        labels={LOCAL_ACCOUNT_LABELS}
        required
      />
    </DecisionFrame>
  );
}
