import { Checkbox, Field, FieldContextProvider, Radio, RadioGroup, Textarea, makeStyles } from "@fluentui/react-components";
import { zodResolver } from "@hookform/resolvers/zod";
import { Controller } from "react-hook-form";
import type { z } from "zod/mini";
import { POLICY_AREAS, POLICY_NOTES_MAX_LENGTH, policiesDecisionSchema, type PoliciesDecision } from "../../domain/strategy/schema.ts";
import { POLICY_AREA_LABELS } from "../../domain/strategy/describe.ts";
import { DecisionFrame } from "./DecisionFrame.tsx";
import { useDecisionForm } from "./useDecisionForm.ts";
import type { DecisionFormProps } from "./DecisionForm.tsx";

type PoliciesInput = z.input<typeof policiesDecisionSchema>;

const resolver = zodResolver(policiesDecisionSchema);
const numberFormat = new Intl.NumberFormat();

// Whether Apps and Books is used decides whether a VPP token is required, so it is asked, never pre-answered.
const DEFAULTS: Partial<PoliciesInput> = { areas: [], appsAndBooks: undefined, notes: "" };
const YES_NO = { yes: true, no: false } as const;

const useStyles = makeStyles({
  areas: { display: "flex", flexDirection: "column" },
  notes: { minHeight: "6rem" },
});

export function PoliciesForm({ value, decidedAt, onSave }: DecisionFormProps<"policies">) {
  const styles = useStyles();
  const { form, submit, state, loadSaved } = useDecisionForm<PoliciesInput, PoliciesDecision>({
    resolver,
    value,
    defaults: DEFAULTS,
    toForm: (v) => v,
    onSave,
  });
  const { control } = form;
  return (
    <DecisionFrame label="Policies" onSubmit={submit} state={state} decidedAt={decidedAt} onLoadSaved={loadSaved}>
      <Controller
        control={control}
        name="areas"
        render={({ field, fieldState }) => (
          <Field
            label="Areas your macOS policies must cover"
            hint="Tick every area the security and compliance requirements ask for."
            validationMessage={fieldState.error?.message}
          >
            {(groupProps) => (
              <div role="group" {...groupProps} className={styles.areas}>
                {/* Each checkbox names itself; without this they would all take the group's label and id. */}
                <FieldContextProvider value={undefined}>
                  {POLICY_AREAS.map((area) => (
                    <Checkbox
                      key={area}
                      label={POLICY_AREA_LABELS[area]}
                      checked={field.value.includes(area)}
                      onBlur={field.onBlur}
                      onChange={(_, data) => {
                        const on = data.checked === true;
                        // Rebuilt in catalog order so the saved list never depends on click order.
                        field.onChange(POLICY_AREAS.filter((a) => (a === area ? on : field.value.includes(a))));
                      }}
                    />
                  ))}
                </FieldContextProvider>
              </div>
            )}
          </Field>
        )}
      />
      <Controller
        control={control}
        name="appsAndBooks"
        render={({ field, fieldState }) => (
          <Field
            label="Deploy App Store apps through Apps and Books (VPP)?"
            hint="Apps and Books needs Apple Business Manager and a content (VPP) token in Intune."
            required
            validationMessage={fieldState.error?.message}
          >
            <RadioGroup
              value={field.value === true ? "yes" : field.value === false ? "no" : ""}
              onChange={(_, data) => field.onChange(YES_NO[data.value as keyof typeof YES_NO])}
              onBlur={field.onBlur}
              ref={(el) => field.ref(el && { focus: () => el.querySelector("input")?.focus() })}
            >
              <Radio value="yes" label="Yes, through Apps and Books" />
              <Radio value="no" label="No, not through Apps and Books" />
            </RadioGroup>
          </Field>
        )}
      />
      <Controller
        control={control}
        name="notes"
        render={({ field, fieldState }) => (
          <Field
            label="Notes"
            hint={`Requirements, exceptions or owners worth writing down. ${numberFormat.format(field.value.length)} of ${numberFormat.format(POLICY_NOTES_MAX_LENGTH)} characters.`}
            validationMessage={fieldState.error?.message}
          >
            <Textarea
              className={styles.notes}
              resize="vertical"
              value={field.value}
              onChange={(_, data) => field.onChange(data.value)}
              onBlur={field.onBlur}
              ref={field.ref}
              name={field.name}
            />
          </Field>
        )}
      />
    </DecisionFrame>
  );
}
