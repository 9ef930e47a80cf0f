import { useId } from "react";
import { Caption1, Field, Radio, RadioGroup, makeStyles, tokens, type FieldProps } from "@fluentui/react-components";
import { Controller, type Control, type FieldPath, type FieldValues } from "react-hook-form";

type Answer = "yes" | "no";

export type YesNoFieldProps<T extends FieldValues, Out> = {
  control: Control<T, unknown, Out>;
  /** A boolean form value; undefined until the admin answers (never pre-answered). */
  name: FieldPath<T>;
  label: string;
  hint: FieldProps["hint"];
  labels: Readonly<Record<Answer, string>>;
  /** One line under an answer saying what choosing it means. */
  consequences?: Readonly<Record<Answer, string>>;
  required?: boolean;
};

const ANSWERS: readonly Answer[] = ["yes", "no"];
const VALUES = { yes: true, no: false } as const satisfies Record<Answer, boolean>;

const useStyles = makeStyles({
  consequence: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    // Lines the text up with the radio's label rather than its circle (as in ChoiceField).
    paddingLeft: `calc(${tokens.spacingHorizontalS} * 2 + 16px)`,
    marginTop: `calc(${tokens.spacingVerticalXS} * -1)`,
    marginBottom: tokens.spacingVerticalXS,
  },
});

/** A yes/no RadioGroup inside a Field, bound to one boolean form value; neither answer is checked until chosen. */
export function YesNoField<T extends FieldValues, Out>({ control, name, label, hint, labels, consequences, required }: YesNoFieldProps<T, Out>) {
  const styles = useStyles();
  const idBase = useId();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field label={label} hint={hint} required={required} validationMessage={fieldState.error?.message}>
          <RadioGroup
            // With no answer yet this must stay controlled, so "" rather than undefined.
            value={field.value === true ? "yes" : field.value === false ? "no" : ""}
            onChange={(_, data) => field.onChange(VALUES[data.value as Answer])}
            onBlur={field.onBlur}
            ref={(el) =>
              field.ref(
                el && { focus: () => (el.querySelector<HTMLInputElement>("input:checked") ?? el.querySelector("input"))?.focus() },
              )
            }
          >
            {ANSWERS.map((answer) => {
              const consequence = consequences?.[answer];
              const descriptionId = `${idBase}-${answer}`;
              return (
                <div key={answer}>
                  <Radio value={answer} label={labels[answer]} aria-describedby={consequence ? descriptionId : undefined} />
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
