import { useEffect, useState, type BaseSyntheticEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type Resolver, type UseFormReturn } from "react-hook-form";

export type DecisionFormOptions<In extends FieldValues, Out> = {
  resolver: Resolver<In, unknown, Out>;
  /** The last saved value, or undefined before the decision is made. */
  value: Out | undefined;
  /** What a first-time user starts from; never saved until they press Save. */
  defaults: DefaultValues<In>;
  toForm: (value: Out) => DefaultValues<In>;
  onSave: (value: Out) => void;
};

export type DecisionFormState = {
  /** The saved value changed elsewhere while this form had unsaved edits. */
  conflict: boolean;
  /** Saved in this session and not edited since. */
  saved: boolean;
  dirty: boolean;
};

export type DecisionFormHandle<In extends FieldValues, Out> = {
  form: UseFormReturn<In, unknown, Out>;
  submit: (event?: BaseSyntheticEvent) => Promise<void>;
  state: DecisionFormState;
  /** Drop unsaved edits and show the saved value. */
  loadSaved: () => void;
};

/** JSON with sorted keys, so two values that differ only in key order or in undefined members compare equal. */
function stableKey(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === "object" && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v,
    ) ?? ""
  );
}

export function useDecisionForm<In extends FieldValues, Out>({
  resolver,
  value,
  defaults,
  toForm,
  onSave,
}: DecisionFormOptions<In, Out>): DecisionFormHandle<In, Out> {
  const baseline = value === undefined ? defaults : toForm(value);
  const form = useForm<In, unknown, Out>({ resolver, defaultValues: baseline });
  const { isDirty, defaultValues } = form.formState;

  // Only a change of the `value` prop counts as news from elsewhere: a parent that has not caught up with our own
  // save yet must not snap the form back to the older value.
  const valueKey = stableKey(value);
  const [seenKey, setSeenKey] = useState(valueKey);
  const [outsideChange, setOutsideChange] = useState(false);
  if (seenKey !== valueKey) {
    setSeenKey(valueKey);
    setOutsideChange(true);
  }
  const behind = outsideChange && stableKey(baseline) !== stableKey(defaultValues);

  useEffect(() => {
    if (behind && !isDirty) form.reset(baseline);
  }, [behind, isDirty, form, baseline]);

  // The confirmation belongs to what was saved here: it goes away on the next edit or when another value comes in.
  const [savedKey, setSavedKey] = useState<string | null>(null);
  const submit = form.handleSubmit((data) => {
    const saved = toForm(data);
    form.reset(saved);
    setSavedKey(stableKey(saved));
    setOutsideChange(false);
    onSave(data);
  });

  return {
    form,
    submit,
    state: { conflict: behind && isDirty, saved: !isDirty && savedKey === stableKey(defaultValues), dirty: isDirty },
    loadSaved: () => {
      form.reset(baseline);
      setOutsideChange(false);
    },
  };
}
