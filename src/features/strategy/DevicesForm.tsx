import { useEffect } from "react";
import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Open16Regular } from "@fluentui/react-icons";
import { zodResolver } from "@hookform/resolvers/zod";
import { useWatch, type Resolver } from "react-hook-form";
import type { z } from "zod/mini";
import { ABM_PURCHASE, ADE_ENROLLMENT_MODES, OWNERSHIP, devicesDecisionSchema, type DevicesDecision } from "../../domain/strategy/schema.ts";
import { ABM_LABELS, ADE_ENROLLMENT_LABELS, OWNERSHIP_LABELS } from "../../domain/strategy/describe.ts";
import { ChoiceField } from "./ChoiceField.tsx";
import { DecisionFrame } from "./DecisionFrame.tsx";
import { NumberField } from "./NumberField.tsx";
import { YesNoField } from "./YesNoField.tsx";
import { useDecisionForm } from "./useDecisionForm.ts";
import type { DecisionFormProps } from "./DecisionForm.tsx";
import { NoAbmGuidance } from "./NoAbmGuidance.tsx";
import { useAnnounce } from "../../components/announcer/Announcer.tsx";

type DevicesInput = z.input<typeof devicesDecisionSchema>;

/** Intune's own device limit cannot go higher than this. */
const INTUNE_DEVICE_LIMIT_MAX = 15;

const schemaResolver = zodResolver(devicesDecisionSchema);
/** Corporate Macs that do not all come through Apple Business Manager: only they are asked about corporate identifiers. */
const corporateOutsideAbm = (ownership: DevicesInput["ownership"] | undefined, abmPurchase: DevicesInput["abmPurchase"] | undefined) =>
  (ownership === "corporate" || ownership === "both") && (abmPurchase === "no" || abmPurchase === "planned");

// A personal-only fleet buys nothing through Apple Business Manager, so the hidden answer is stored as "no"
// (the admin's earlier choice stays in the form in case they switch back).
// Likewise a hidden follow-up answer is dropped: the ADE enrollment one when no Mac enrolls through ADE, the corporate
// identifiers one when every corporate Mac comes through ADE (or none is in scope), so neither lingers in the decision.
const resolver: Resolver<DevicesInput, unknown, DevicesDecision> = (values, context, options) => {
  const abmPurchase = values.ownership === "personal" ? "no" : values.abmPurchase;
  const { adeEnrollment, corporateIdentifiers, ...rest } = values;
  return schemaResolver(
    {
      ...rest,
      abmPurchase,
      ...(abmPurchase !== "no" && adeEnrollment ? { adeEnrollment } : {}),
      ...(corporateOutsideAbm(values.ownership, abmPurchase) && corporateIdentifiers !== undefined ? { corporateIdentifiers } : {}),
    },
    context,
    options,
  );
};

const ADE_CONSEQUENCES = {
  "user-modern-auth": "Recommended: users sign in with Microsoft Entra ID during setup; Company Portal must be a required app.",
  "user-legacy": "Users authenticate in Setup Assistant without modern authentication.",
  "without-user": "No user is tied to the Mac: nobody signs in to Company Portal, so the Mac is not registered for Conditional Access.",
} as const;

const IDENTIFIER_LABELS = {
  yes: "Yes, we will upload their serial numbers",
  no: "No, they will enroll as personal Macs",
} as const;
const IDENTIFIER_CONSEQUENCES = {
  yes: "Upload them before these Macs enroll (Tenant set-up › Corporate identifiers): Intune sets ownership at enrollment.",
  no: "A platform restriction that blocks personal Macs would then stop these Macs from enrolling.",
} as const;
// Learn, "Add corporate identifiers": devices that enroll without one are marked personal; macOS supports serial numbers.
const CORPORATE_IDENTIFIERS_URL = "https://learn.microsoft.com/intune/intune-service/enrollment/corporate-identifiers-add";

// Which Macs and whether they come through Apple Business Manager decide which tenant items are required (an ADE
// token above all), so neither is pre-selected: one careless Save must not record them. Every key is still listed,
// because react-hook-form counts a key that appears later as an edit.
// The counts set the device limit the tenant needs: blank until the admin enters them (0 is an answer too).
const BLANK_COUNTS: DevicesInput["perUser"] = { mac: Number.NaN, iphone: Number.NaN, ipad: Number.NaN, other: Number.NaN };
const DEFAULTS: Partial<DevicesInput> = {
  ownership: undefined,
  abmPurchase: undefined,
  expectedMacs: Number.NaN,
  perUser: BLANK_COUNTS,
  adeEnrollment: undefined,
  corporateIdentifiers: undefined,
};

// Those already managing iPhones with Intune start from one iPhone per user: it counts toward the device limit.
const defaultsFor = (managesIosDevices: boolean | undefined): Partial<DevicesInput> =>
  managesIosDevices ? { ...DEFAULTS, perUser: { ...BLANK_COUNTS, iphone: 1 } } : DEFAULTS;

const useStyles = makeStyles({
  perUser: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(10rem, 1fr))",
    gap: tokens.spacingHorizontalL,
  },
  fieldset: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
});

function DeviceLimitLine({ perUser }: { perUser: DevicesInput["perUser"] }) {
  const counts = [perUser.mac, perUser.iphone, perUser.ipad, perUser.other];
  if (!counts.every((n) => Number.isInteger(n) && n >= 0)) return <>Enter whole numbers above to work out the device limit.</>;
  const total = counts.reduce((sum, n) => sum + n, 0);
  return (
    <>
      <strong>
        {total} {total === 1 ? "device" : "devices"} per user in total → device limit must be at least {total}
      </strong>
      {total > INTUNE_DEVICE_LIMIT_MAX ? ` (Intune allows at most ${INTUNE_DEVICE_LIMIT_MAX}).` : null}
    </>
  );
}

export function DevicesForm({ value, decidedAt, onSave, managesIosDevices }: DecisionFormProps<"devices">) {
  const styles = useStyles();
  const announce = useAnnounce();
  const { form, submit, state, loadSaved } = useDecisionForm<DevicesInput, DevicesDecision>({
    resolver,
    value,
    defaults: defaultsFor(managesIosDevices),
    // Optional answers are always keys of the form, answered or not: react-hook-form counts a missing key as a change.
    toForm: (v) => ({ ...v, adeEnrollment: v.adeEnrollment, corporateIdentifiers: v.corporateIdentifiers }),
    onSave,
  });
  const { control } = form;
  const untouched = value === undefined && !form.formState.isDirty;
  useEffect(() => {
    // The switch may be flipped while this form is on screen: an untouched, undecided form follows it.
    if (untouched) form.setValue("perUser.iphone", managesIosDevices ? 1 : BLANK_COUNTS.iphone);
  }, [managesIosDevices, untouched, form]);
  const ownership = useWatch({ control, name: "ownership" });
  const abmPurchase = useWatch({ control, name: "abmPurchase" });
  const perUser = useWatch({ control, name: "perUser" });
  return (
    <DecisionFrame label="Device strategy" onSubmit={submit} state={state} decidedAt={decidedAt} onLoadSaved={loadSaved}>
      <ChoiceField
        control={control}
        name="ownership"
        label="Which Macs will be managed?"
        hint="Decides which enrollment methods and enrollment restrictions you need."
        options={OWNERSHIP}
        labels={OWNERSHIP_LABELS}
        required
      />
      {ownership === "personal" ? (
        <Text size={200} className={styles.muted}>
          Apple Business Manager is not asked about: only corporate Macs are bought through it.
        </Text>
      ) : (
        <ChoiceField
          control={control}
          name="abmPurchase"
          label="Are corporate Macs bought through Apple Business Manager?"
          hint="Those Macs can enroll automatically with Automated Device Enrollment (ADE)."
          options={ABM_PURCHASE}
          labels={ABM_LABELS}
          required
        />
      )}
      {ownership !== "personal" && abmPurchase === "no" && (
        <NoAbmGuidance
          onChoosePlanned={() => {
            form.setValue("abmPurchase", "planned", { shouldDirty: true });
            announce('"Planned" chosen for Apple Business Manager purchases. Save to keep it.');
          }}
        />
      )}
      {corporateOutsideAbm(ownership, abmPurchase) ? (
        <YesNoField
          control={control}
          name="corporateIdentifiers"
          label="Will you register these Macs' serial numbers as corporate device identifiers in Intune?"
          hint={
            <>
              Intune treats a Mac as personal unless it enrolls through Automated Device Enrollment or its serial number is a corporate
              device identifier (macOS supports serial numbers). Until you answer yes, blocking personal Macs counts as blocking these.{" "}
              <Link href={CORPORATE_IDENTIFIERS_URL} target="_blank" rel="noopener noreferrer">
                Add corporate identifiers <Open16Regular aria-label="(opens in a new tab)" />
              </Link>
            </>
          }
          labels={IDENTIFIER_LABELS}
          consequences={IDENTIFIER_CONSEQUENCES}
        />
      ) : null}
      {ownership !== "personal" && abmPurchase !== "no" ? (
        <ChoiceField
          control={control}
          name="adeEnrollment"
          label="How should ADE Macs go through Setup Assistant?"
          hint="Set in the macOS enrollment profile; optional until you create the profile."
          options={ADE_ENROLLMENT_MODES}
          labels={ADE_ENROLLMENT_LABELS}
          consequences={ADE_CONSEQUENCES}
        />
      ) : null}
      <NumberField control={control} name="expectedMacs" label="Expected number of Macs" hint="A rough count is fine." min={1} />
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Devices per user</legend>
        <div className={styles.perUser}>
          <NumberField control={control} name="perUser.mac" label="Macs per user" hint="At least 1." min={1} max={15} />
          <NumberField control={control} name="perUser.iphone" label="iPhones per user" hint="Enrolled in Intune; 0 if none." min={0} max={15} />
          <NumberField control={control} name="perUser.ipad" label="iPads per user" hint="Enrolled in Intune; 0 if none." min={0} max={15} />
          <NumberField control={control} name="perUser.other" label="Other devices per user" hint="Windows, Android…; 0 if none." min={0} max={15} />
        </div>
        <Text aria-live="polite">
          <DeviceLimitLine perUser={perUser} />
        </Text>
        <Text size={200} className={styles.muted}>
          Both Intune&apos;s device limit and Microsoft Entra ID&apos;s &quot;Maximum number of devices per user&quot; apply.
        </Text>
      </fieldset>
    </DecisionFrame>
  );
}
