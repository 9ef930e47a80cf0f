import type { JSX } from "react";
import type { DecisionKey } from "../../domain/catalog/types.ts";
import type { DecisionValues } from "../../domain/strategy/schema.ts";
import { AccountsSsoForm } from "./AccountsSsoForm.tsx";
import { DevicesForm } from "./DevicesForm.tsx";
import { IdentitiesForm } from "./IdentitiesForm.tsx";
import { PoliciesForm } from "./PoliciesForm.tsx";
import { TailoringNote } from "./TailoringNote.tsx";

export type DecisionFormProps<K extends DecisionKey> = {
  /** Last saved value; undefined = not decided. */
  value: DecisionValues[K] | undefined;
  /** ISO time of the last save, for "Saved 3 minutes ago" / "Not decided yet". */
  decidedAt: string | undefined;
  /** Called only with a schema-valid value. */
  onSave: (value: DecisionValues[K]) => void;
  /** The organization already manages iPhones or iPads with Intune (pre-fills the device form). */
  managesIosDevices?: boolean;
};

const FORMS: { [K in DecisionKey]: (props: DecisionFormProps<K>) => JSX.Element } = {
  devices: DevicesForm,
  identities: IdentitiesForm,
  accountsSso: AccountsSsoForm,
  policies: PoliciesForm,
};

/** One strategy decision as a form: validated by its schema, saved only on Save. */
type Props<K extends DecisionKey> = DecisionFormProps<K> & {
  decision: K;
  /** What the last save in this session changed in the checklist, in one sentence. */
  changed?: string;
};

export function DecisionForm<K extends DecisionKey>(props: Props<K>): JSX.Element {
  const Form: (props: DecisionFormProps<K>) => JSX.Element = FORMS[props.decision];
  // Keyed by decision so switching decisions never carries one form's state into another.
  return (
    <>
      <Form key={props.decision} value={props.value} decidedAt={props.decidedAt} onSave={props.onSave} managesIosDevices={props.managesIosDevices} />
      <TailoringNote text={props.changed} />
    </>
  );
}
