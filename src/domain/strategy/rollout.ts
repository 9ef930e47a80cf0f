import type { AdeEnrollmentMode, Decisions, FileVaultTiming, PolicyArea, PssoMethod, SsoModel, UpdateApproach } from "./schema.ts";

/**
 * The recorded decisions as the Tenant set-up and Policies steps read them: applicability, requirement lists and the
 * verdict rules for those steps all start from this one reading, so they cannot disagree. `null` means "not decided
 * yet", which never demands anything.
 */
export type RolloutChoices = {
  /** Corporate Macs bought through Apple Business Manager enroll with ADE. */
  ade: boolean;
  /** Purchases will go through Apple Business Manager, but don't yet. */
  adePlanned: boolean;
  /** Corporate Macs enroll without ADE (Company Portal), so they count as personal unless registered. */
  corporateOutsideAde: boolean | null;
  /**
   * The admin's answer for those Macs: their serial numbers will be registered as corporate identifiers (true) or not
   * (false); null when not answered, or when no corporate Mac enrolls outside ADE.
   */
  corporateIdentifiers: boolean | null;
  personalInScope: boolean | null;
  /** The ADE profile's user affinity and Setup Assistant sign-in; null when not decided or ADE is not used. */
  adeEnrollment: AdeEnrollmentMode | null;
  /** Macs are tied to a user (ADE with user affinity, or any Company Portal enrollment). */
  userAffinity: boolean | null;
  sso: SsoModel | null;
  pssoMethod: PssoMethod | null;
  /** The policy areas chosen in the strategy; null before the policies decision. */
  areas: ReadonlySet<PolicyArea> | null;
  updateApproach: UpdateApproach | null;
  /** FileVault forced during Setup Assistant: only when FileVault is chosen and Macs come through ADE. */
  fileVaultAtSetup: boolean;
  /** macOS LAPS is chosen and possible (it needs ADE). */
  laps: boolean;
};

export function rolloutChoices(decisions: Decisions): RolloutChoices {
  const devices = decisions.devices?.value;
  const corporate = devices ? devices.ownership !== "personal" : null;
  const ade = corporate === true && devices?.abmPurchase === "yes";
  const adePlanned = corporate === true && devices?.abmPurchase === "planned";
  const adeEnrollment = ade || adePlanned ? (devices?.adeEnrollment ?? null) : null;
  const policies = decisions.policies?.value;
  const areas = policies ? new Set(policies.areas) : null;
  const sso = decisions.accountsSso?.value.sso ?? null;
  const timing: FileVaultTiming | null = policies?.fileVaultTiming ?? null;
  const corporateOutsideAde = corporate === null ? null : corporate && devices?.abmPurchase !== "yes";
  return {
    ade,
    adePlanned,
    corporateOutsideAde,
    corporateIdentifiers: corporateOutsideAde ? (devices?.corporateIdentifiers ?? null) : null,
    personalInScope: devices ? devices.ownership !== "corporate" : null,
    adeEnrollment,
    userAffinity: userAffinity(decisions, ade, adeEnrollment),
    sso,
    pssoMethod: sso === "platform-sso" ? (decisions.accountsSso?.value.psso ?? null) : null,
    areas,
    updateApproach: areas?.has("os-updates") ? (policies?.updateApproach ?? null) : null,
    fileVaultAtSetup: ade && areas?.has("filevault") === true && timing === "setup-assistant",
    laps: ade && areas?.has("local-admin-password") === true,
  };
}

/** Company Portal enrollment always has a user; ADE has one unless the profile enrolls without user affinity. */
function userAffinity(decisions: Decisions, ade: boolean, mode: AdeEnrollmentMode | null): boolean | null {
  const devices = decisions.devices?.value;
  if (!devices) return null;
  if (!ade) return true;
  if (mode === null) return devices.ownership === "both" ? true : null;
  return mode !== "without-user" || devices.ownership === "both";
}
