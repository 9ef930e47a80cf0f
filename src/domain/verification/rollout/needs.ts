// What the recorded strategy asks of the Tenant set-up and Policies steps. A decision not yet recorded asks nothing.
import { strategyRequires } from "../../strategy/requirements.ts";
import type { Decisions, PolicyArea, PssoMethod } from "../../strategy/schema.ts";

export type RolloutNeeds = {
  /** Corporate Macs enroll with Automated Device Enrollment (ABM). */
  ade: boolean;
  /** Corporate Macs that enroll outside ADE (Company Portal): corporate identifiers mark them corporate. */
  corporateOutsideAde: boolean;
  /** Macs enroll through Company Portal (personal, or corporate without ABM). */
  companyPortalEnrollment: boolean;
  sso: "platform-sso" | "enterprise-sso" | null;
  pssoMethod: PssoMethod | null;
  /** Policy areas chosen in the strategy; null before the policies decision is recorded. */
  areas: ReadonlySet<PolicyArea> | null;
  /**
   * Macs are used by one person (user affinity). [Inferred] The strategy has no shared-Mac answer; every path it offers
   * (ADE with a single sign-on model or Conditional Access, Company Portal enrollment) gives each Mac a user.
   */
  userAffinity: boolean;
  /** LAPS for the ADE-created local admin account (only possible with ADE). */
  laps: boolean;
};

export function rolloutNeeds(decisions: Decisions): RolloutNeeds {
  const requires = strategyRequires(decisions);
  const devices = decisions.devices?.value;
  const corporate = devices?.ownership === "corporate" || devices?.ownership === "both";
  const sso = decisions.accountsSso?.value.sso ?? null;
  const areas = decisions.policies ? new Set(decisions.policies.value.areas) : null;
  const companyPortalEnrollment = requires.personalEnrollment || (corporate && devices?.abmPurchase !== "yes");
  return {
    ade: requires.ade,
    corporateOutsideAde: corporate && devices?.abmPurchase !== "yes",
    companyPortalEnrollment,
    sso,
    pssoMethod: sso === "platform-sso" ? (decisions.accountsSso?.value.psso ?? null) : null,
    areas,
    userAffinity: companyPortalEnrollment || (requires.ade && (sso !== null || areas?.has("compliance-ca") === true)),
    laps: requires.ade && areas?.has("local-admin-password") === true,
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
