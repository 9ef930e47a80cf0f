import { Checkbox, Field, FieldContextProvider, Textarea, makeStyles } from "@fluentui/react-components";
import { zodResolver } from "@hookform/resolvers/zod";
import { Controller, useWatch, type Resolver } from "react-hook-form";
import type { z } from "zod/mini";
import {
  FILEVAULT_TIMINGS,
  POLICY_AREAS,
  POLICY_NOTES_MAX_LENGTH,
  UPDATE_APPROACHES,
  policiesDecisionSchema,
  type PoliciesDecision,
} from "../../domain/strategy/schema.ts";
import { FILEVAULT_TIMING_LABELS, POLICY_AREA_LABELS, UPDATE_APPROACH_LABELS } from "../../domain/strategy/describe.ts";
import { ChoiceField } from "./ChoiceField.tsx";
import { DecisionFrame } from "./DecisionFrame.tsx";
import { useDecisionForm } from "./useDecisionForm.ts";
import { YesNoField } from "./YesNoField.tsx";
import type { DecisionFormProps } from "./DecisionForm.tsx";

type PoliciesInput = z.input<typeof policiesDecisionSchema>;

const schemaResolver = zodResolver(policiesDecisionSchema);
// A follow-up answer is kept only while its area is ticked, so an unticked area leaves nothing behind.
const resolver: Resolver<PoliciesInput, unknown, PoliciesDecision> = (values, context, options) => {
  const { updateApproach, fileVaultTiming, ...rest } = values;
  return schemaResolver(
    {
      ...rest,
      ...(updateApproach && values.areas.includes("os-updates") ? { updateApproach } : {}),
      ...(fileVaultTiming && values.areas.includes("filevault") ? { fileVaultTiming } : {}),
    },
    context,
    options,
  );
};

const UPDATE_CONSEQUENCES = {
  latest: "Each Mac installs the newest release a set number of days after Apple publishes it.",
  targeted: "You name the macOS version and the deadline; change the target for every release.",
} as const;
const FILEVAULT_CONSEQUENCES = {
  "setup-assistant": "Needs ADE with Await final configuration and a filter on the enrollment profile name.",
  "after-setup": "Works for every enrollment method; the user is prompted after signing in.",
} as const;
const numberFormat = new Intl.NumberFormat();

// Whether Apps and Books is used decides whether a VPP token is required, so it is asked, never pre-answered.
const DEFAULTS: Partial<PoliciesInput> = { areas: [], appsAndBooks: undefined, notes: "", updateApproach: undefined, fileVaultTiming: undefined };
const APPS_AND_BOOKS_LABELS = { yes: "Yes, through Apps and Books", no: "No, not through Apps and Books" } as const;

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
    // Optional answers are always keys of the form, answered or not: react-hook-form counts a missing key as a change.
    toForm: (v) => ({ ...v, updateApproach: v.updateApproach, fileVaultTiming: v.fileVaultTiming }),
    onSave,
  });
  const { control } = form;
  const areas = useWatch({ control, name: "areas" });
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
      {areas.includes("os-updates") ? (
        <ChoiceField
          control={control}
          name="updateApproach"
          label="How should macOS updates be enforced?"
          hint="Declarative device management, macOS 14 and later; optional until you create the policy."
          options={UPDATE_APPROACHES}
          labels={UPDATE_APPROACH_LABELS}
          consequences={UPDATE_CONSEQUENCES}
        />
      ) : null}
      {areas.includes("filevault") ? (
        <ChoiceField
          control={control}
          name="fileVaultTiming"
          label="When should FileVault turn on?"
          hint="Optional until you create the FileVault policy."
          options={FILEVAULT_TIMINGS}
          labels={FILEVAULT_TIMING_LABELS}
          consequences={FILEVAULT_CONSEQUENCES}
        />
      ) : null}
      <YesNoField
        control={control}
        name="appsAndBooks"
        label="Deploy App Store apps through Apps and Books (VPP)?"
        hint="Apps and Books needs Apple Business Manager and a content (VPP) token in Intune."
        labels={APPS_AND_BOOKS_LABELS}
        required
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
