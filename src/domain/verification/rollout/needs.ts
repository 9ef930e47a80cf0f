// What the recorded strategy asks of the Tenant set-up and Policies rules, from the one reading of the decisions
// that applicability also uses (strategy/rollout.ts). A decision not yet recorded asks nothing.
import type { RolloutChoices } from "../../strategy/rollout.ts";
import type { AdeEnrollmentMode, PolicyArea, PssoMethod, UpdateApproach } from "../../strategy/schema.ts";

export type RolloutNeeds = {
  /** Corporate Macs enroll with Automated Device Enrollment (ABM). */
  ade: boolean;
  adeEnrollment: AdeEnrollmentMode | null;
  /** Corporate Macs that enroll outside ADE (Company Portal): corporate identifiers mark them corporate. */
  corporateOutsideAde: boolean;
  /** The strategy's answer for those Macs: serial numbers will be registered (true) or not (false); null unanswered. */
  corporateIdentifiers: boolean | null;
  /** Macs enroll through Company Portal (personal, or corporate without ABM). */
  companyPortalEnrollment: boolean;
  sso: "platform-sso" | "enterprise-sso" | null;
  pssoMethod: PssoMethod | null;
  /** Policy areas chosen in the strategy; null before the policies decision is recorded. */
  areas: ReadonlySet<PolicyArea> | null;
  /** Each Mac has one user (user affinity); false also while undecided, which never demands anything. */
  userAffinity: boolean;
  /** LAPS for the ADE-created local admin account (only possible with ADE). */
  laps: boolean;
  updateApproach: UpdateApproach | null;
  fileVaultAtSetup: boolean;
};

export function rolloutNeeds(r: RolloutChoices): RolloutNeeds {
  return {
    ade: r.ade,
    adeEnrollment: r.adeEnrollment,
    corporateOutsideAde: r.corporateOutsideAde === true,
    corporateIdentifiers: r.corporateIdentifiers,
    companyPortalEnrollment: r.personalInScope === true || r.corporateOutsideAde === true,
    sso: r.sso,
    pssoMethod: r.pssoMethod,
    areas: r.areas,
    userAffinity: r.userAffinity === true,
    laps: r.laps,
    updateApproach: r.updateApproach,
    fileVaultAtSetup: r.fileVaultAtSetup,
  };
}

/** Whether the strategy chose a policy area; null when the policies decision is not recorded yet. */
export function chose(needs: RolloutNeeds, area: PolicyArea): boolean | null {
  return needs.areas === null ? null : needs.areas.has(area);
}

export const PSSO_METHOD_LABELS: Record<PssoMethod, string> = {
  "secure-enclave": "Secure Enclave",
  password: "Password",
  "smart-card": "Smart card",
};
