import type { EvidenceFile } from "../types.ts";
import {
  INTUNE_ADMIN_ROLE, PLAN, apnsCertificate, at, collectionOf, defaultLimit, defaultPlatformRestrictions, depToken,
  directoryRole, evidenceFile, otherDefaults, iosProfile, macProfile, mdmPolicy, profilesReply, reply, roleInstance, sku, vppToken,
} from "./builders.ts";

const DEP_ID = "5e6f7a8b-0000-4000-8000-00000000e001";

/** Everything in place: every check is ready for DEMO_DECISIONS. */
export function healthyTenant(now: Date): EvidenceFile {
  return evidenceFile(now, [
    reply("mdmPolicy", 200, mdmPolicy("all")),
    reply("memberOf", 200, collectionOf("v1.0/$metadata#directoryObjects", [directoryRole(INTUNE_ADMIN_ROLE, "Intune Administrator")])),
    reply("roleAssignments", 200, collectionOf("v1.0/$metadata#Collection(unifiedRoleAssignmentScheduleInstance)", [roleInstance(INTUNE_ADMIN_ROLE, "assignment", now)])),
    reply("roleEligibility", 200, collectionOf("v1.0/$metadata#Collection(unifiedRoleEligibilityScheduleInstance)", [])),
    reply("subscribedSkus", 200, collectionOf("v1.0/$metadata#subscribedSkus", [
      sku({ part: "SPE_E3", skuId: "05e9a617-0261-4cee-bb44-138d3ef5d965", status: "Enabled", enabled: 300, consumed: 180, plans: [[...PLAN.intuneA, "Success"], [...PLAN.intuneO365, "PendingActivation"]] }),
    ])),
    reply("enrollmentConfigurations", 200, collectionOf("beta/$metadata#deviceManagement/deviceEnrollmentConfigurations(assignments())", [
      defaultLimit(5),
      ...otherDefaults(),
      defaultPlatformRestrictions({ platformBlocked: false, personalDeviceEnrollmentBlocked: false }),
    ])),
    reply("apnsCertificate", 200, apnsCertificate("mdm-apple@contoso.example", at(now, 240), at(now, -125))),
    reply("depSettings", 200, collectionOf("beta/$metadata#deviceManagement/depOnboardingSettings", [
      depToken({ id: DEP_ID, appleId: "abm-admin@contoso.example", name: "Contoso ABM", expires: at(now, 210), lastSync: at(now, 0, -3), errorCode: 0, devices: 142 }),
    ])),
    profilesReply(DEP_ID, [macProfile("a1b2c3d4-0000-4000-8000-00000000f001", "macOS – Corporate (modern auth)", true), iosProfile("a1b2c3d4-0000-4000-8000-00000000f002")]),
    reply("vppTokens", 200, collectionOf("v1.0/$metadata#deviceAppManagement/vppTokens", [
      vppToken({ id: "9ceb2f92-0000-4000-8000-00000000b001", appleId: "abm-apps@contoso.example", expires: at(now, 280), lastSync: at(now, 0, -5), status: "completed", state: "valid" }),
    ])),
  ]);
}
