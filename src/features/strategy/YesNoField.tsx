import type { FieldProps } from "@fluentui/react-components";
import type { Control, FieldPath, FieldValues } from "react-hook-form";
import { ChoiceField } from "./ChoiceField.tsx";

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
// With no answer yet the group must stay controlled, so "" rather than undefined.
const AS_BOOLEAN = {
  toOption: (value: unknown) => (value === true ? "yes" : value === false ? "no" : ""),
  fromOption: (option: string) => option === "yes",
};

/** A yes/no question bound to one boolean form value; neither answer is checked until chosen. */
export function YesNoField<T extends FieldValues, Out>(props: YesNoFieldProps<T, Out>) {
  return <ChoiceField {...props} options={ANSWERS} convert={AS_BOOLEAN} />;
}
