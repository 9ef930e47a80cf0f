import { useId } from "react";
import { Caption1, Field, Radio, RadioGroup, makeStyles, tokens, type FieldProps } from "@fluentui/react-components";
import { Controller, type Control, type FieldPath, type FieldValues } from "react-hook-form";

export type ChoiceFieldProps<T extends FieldValues, Out> = {
  control: Control<T, unknown, Out>;
  name: FieldPath<T>;
  label: string;
  hint: FieldProps["hint"];
  options: readonly string[];
  labels: Readonly<Record<string, string>>;
  /** One line under an option saying what choosing it means. */
  consequences?: Readonly<Record<string, string>>;
  required?: boolean;
  /** For a form value that is not the option string itself (a boolean yes/no): option ↔ value. */
  convert?: { toOption: (value: unknown) => string; fromOption: (option: string) => unknown };
};

const AS_IS = { toOption: (value: unknown) => (typeof value === "string" ? value : ""), fromOption: (option: string) => option };

const useStyles = makeStyles({
  consequence: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    // Lines the text up with the radio's label rather than its circle.
    paddingLeft: `calc(${tokens.spacingHorizontalS} * 2 + 16px)`,
    marginTop: `calc(${tokens.spacingVerticalXS} * -1)`,
    marginBottom: tokens.spacingVerticalXS,
  },
});

/** A RadioGroup inside a Field, bound to one string-union form value. Arrow keys move between the options. */
export function ChoiceField<T extends FieldValues, Out>({
  control,
  name,
  label,
  hint,
  options,
  labels,
  consequences,
  required,
  convert = AS_IS,
}: ChoiceFieldProps<T, Out>) {
  const styles = useStyles();
  const idBase = useId();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field label={label} hint={hint} required={required} validationMessage={fieldState.error?.message}>
          <RadioGroup
            // With no value yet this must stay controlled, so "" rather than undefined.
            value={convert.toOption(field.value)}
            onChange={(_, data) => field.onChange(convert.fromOption(data.value))}
            onBlur={field.onBlur}
            // react-hook-form focuses the first invalid field; for a group that means its checked or first radio.
            ref={(el) =>
              field.ref(
                el && { focus: () => (el.querySelector<HTMLInputElement>("input:checked") ?? el.querySelector("input"))?.focus() },
              )
            }
          >
            {options.map((option) => {
              const consequence = consequences?.[option];
              const descriptionId = `${idBase}-${option}`;
              return (
                <div key={option}>
                  <Radio value={option} label={labels[option]} aria-describedby={consequence ? descriptionId : undefined} />
                  {consequence ? (
                    <Caption1 id={descriptionId} className={styles.consequence}>
                      {consequence}
                    </Caption1>
                  ) : null}
                </div>
              );
            })}
          </RadioGroup>
        </Field>
      )}
    />
  );
}
