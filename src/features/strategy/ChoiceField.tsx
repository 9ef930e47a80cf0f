import { useId } from "react";
import { Caption1, Field, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { Controller, type Control, type FieldPath, type FieldValues } from "react-hook-form";

export type ChoiceFieldProps<T extends FieldValues, Out> = {
  control: Control<T, unknown, Out>;
  name: FieldPath<T>;
  label: string;
  hint: string;
  options: readonly string[];
  labels: Readonly<Record<string, string>>;
  /** One line under an option saying what choosing it means. */
  consequences?: Readonly<Record<string, string>>;
  required?: boolean;
};

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
            value={typeof field.value === "string" ? field.value : ""}
            onChange={(_, data) => field.onChange(data.value)}
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
