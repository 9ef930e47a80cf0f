import { useState } from "react";
import { Field, Input, makeStyles } from "@fluentui/react-components";
import { Controller, type Control, type FieldPathByValue, type FieldValues, type RefCallBack } from "react-hook-form";

export type NumberFieldProps<T extends FieldValues, Out> = {
  control: Control<T, unknown, Out>;
  name: FieldPathByValue<T, number>;
  label: string;
  hint: string;
  min?: number;
  max?: number;
};

const useStyles = makeStyles({ input: { maxWidth: "12rem" } });

/** Empty or unreadable text becomes NaN, which the schema rejects with its own message instead of passing as 0. */
export const parseCount = (text: string): number => (text.trim() === "" ? Number.NaN : Number(text));

type NumberInputProps = {
  value: number;
  onChange: (value: number) => void;
  onBlur: () => void;
  inputRef: RefCallBack;
  name: string;
  min?: number;
  max?: number;
  className: string;
};

function NumberInput({ value, onChange, onBlur, inputRef, name, min, max, className }: NumberInputProps) {
  // The typed text is kept so "1." or "-" survive while typing; it gives way when the value is set from outside.
  const [text, setText] = useState(() => (Number.isNaN(value) ? "" : String(value)));
  const shown = Object.is(parseCount(text), value) ? text : Number.isNaN(value) ? "" : String(value);
  return (
    <Input
      type="number"
      inputMode="numeric"
      className={className}
      name={name}
      min={min}
      max={max}
      step={1}
      value={shown}
      ref={inputRef}
      onBlur={onBlur}
      onChange={(_, data) => {
        setText(data.value);
        onChange(parseCount(data.value));
      }}
    />
  );
}

/** A whole-number Input inside a Field; the schema owns every rule, the input only converts text to a number. */
export function NumberField<T extends FieldValues, Out>({ control, name, label, hint, min, max }: NumberFieldProps<T, Out>) {
  const styles = useStyles();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field label={label} hint={hint} validationMessage={fieldState.error?.message}>
          <NumberInput
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            name={field.name}
            min={min}
            max={max}
            className={styles.input}
          />
        </Field>
      )}
    />
  );
}
