import { devicesPerUser, type Decisions } from "./schema.ts";

/** What the recorded strategy demands from the tenant. A missing decision never demands anything. */
export type StrategyRequirements = {
  /** Corporate Macs bought through Apple Business Manager enroll with Automated Device Enrollment. */
  ade: boolean;
  /** App Store apps are deployed through Apps and Books. */
  vpp: boolean;
  /** Personal Macs are in scope, so the platform restriction must let them enroll. */
  personalEnrollment: boolean;
  /** Apple Business Manager is needed: for ADE, Apps and Books or Managed Apple Accounts. */
  abm: boolean;
  platformSso: boolean;
  /** The device strategy is recorded; before that, nothing about ownership or purchases is known. */
  devicesDecided: boolean;
  /** Corporate Macs are in scope. */
  corporateMacs: boolean;
  /**
   * Corporate Macs that Intune will see as personal: not bought through Apple Business Manager (or only "planned"), and
   * their serial numbers not confirmed as corporate device identifiers. Blocking personal Macs blocks these too.
   */
  corporateSeenAsPersonal: boolean;
  /** The admin confirmed corporate Macs' serial numbers are registered as corporate device identifiers. */
  corporateIdentifiers: boolean;
  /** Corporate Macs will be bought through Apple Business Manager later ("planned"): ADE is optional for now. */
  adePlanned: boolean;
  /** The policies decision (which says whether Apps and Books is used) is recorded. */
  policiesDecided: boolean;
  /** Expected number of Macs, or null before the device strategy is decided. */
  expectedMacs: number | null;
};

/**
 * The smallest Intune device limit that lets every user enroll all their devices, or null before the device strategy
 * is decided. Not clamped to Intune's maximum of 15: callers decide how to word an impossible target.
 */
export function minimumDeviceLimit(decisions: Decisions): number | null {
  const devices = decisions.devices?.value;
  return devices ? devicesPerUser(devices) : null;
}

export function strategyRequires(decisions: Decisions): StrategyRequirements {
  const devices = decisions.devices?.value;
  const corporate = devices?.ownership === "corporate" || devices?.ownership === "both";
  const ade = corporate && devices?.abmPurchase === "yes";
  const vpp = decisions.policies?.value.appsAndBooks === true;
  const managedAppleIds = decisions.identities?.value.appleId === "managed";
  return {
    ade,
    vpp,
    personalEnrollment: devices?.ownership === "personal" || devices?.ownership === "both",
    abm: ade || vpp || managedAppleIds,
    platformSso: decisions.accountsSso?.value.sso === "platform-sso",
    devicesDecided: devices !== undefined,
    corporateMacs: corporate,
    corporateSeenAsPersonal: corporate && devices?.abmPurchase !== "yes" && devices?.corporateIdentifiers !== true,
    corporateIdentifiers: devices?.corporateIdentifiers === true,
    adePlanned: corporate && devices?.abmPurchase === "planned",
    policiesDecided: decisions.policies !== undefined,
    expectedMacs: devices?.expectedMacs ?? null,
  };
}
