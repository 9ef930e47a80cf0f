import type { EvidenceFile } from "../types.ts";
import {
  INTUNE_ADMIN_ROLE, PLAN, apnsCertificate, at, collectionOf, defaultLimit, defaultPlatformRestrictions, depToken,
  evidenceFile, limitedDirectoryRole, otherDefaults, macProfile, mdmPolicy, profilesReply, reply, roleInstance, sku, vppToken,
} from "./builders.ts";

const DEP_ID = "5e6f7a8b-0000-4000-8000-00000000e002";

/**
 * A tenant a year after setup, with the renewals forgotten: the push certificate is in Apple's grace period, the ADE
 * token stopped syncing after its owner left, one Apps and Books token went invalid after a password change and the
 * other expires soon. The rest drifted into advisories.
 */
export function expiringBrokenTenant(now: Date): EvidenceFile {
  return evidenceFile(now, [
    reply("mdmPolicy", 200, mdmPolicy("selected", ["Intune Pilot Users"])),
    reply("memberOf", 200, collectionOf("v1.0/$metadata#directoryObjects", [limitedDirectoryRole("0f3c8a6b-0000-4000-8000-00000000r001")])),
    reply("roleAssignments", 200, collectionOf("v1.0/$metadata#Collection(unifiedRoleAssignmentScheduleInstance)", [])),
    reply("roleEligibility", 200, collectionOf("v1.0/$metadata#Collection(unifiedRoleEligibilityScheduleInstance)", [roleInstance(INTUNE_ADMIN_ROLE, "eligibility", now, "Group")])),
    reply("subscribedSkus", 200, collectionOf("v1.0/$metadata#subscribedSkus", [
      sku({ part: "INTUNE_A", skuId: "061f9ace-7d42-4136-88ac-31dc755f143f", status: "Warning", enabled: 0, warning: 25, consumed: 25, plans: [[...PLAN.intuneA, "Success"]] }),
    ])),
    reply("enrollmentConfigurations", 200, collectionOf("beta/$metadata#deviceManagement/deviceEnrollmentConfigurations(assignments())", [
      defaultLimit(2),
      ...otherDefaults(),
      defaultPlatformRestrictions({ platformBlocked: false, personalDeviceEnrollmentBlocked: false }, { platformBlocked: false, personalDeviceEnrollmentBlocked: true }),
    ])),
    reply("apnsCertificate", 200, apnsCertificate("j.smith@contoso.example", at(now, -9), at(now, -374))),
    reply("depSettings", 200, collectionOf("beta/$metadata#deviceManagement/depOnboardingSettings", [
      depToken({ id: DEP_ID, appleId: "former.employee@contoso.example", name: "Contoso ABM", expires: at(now, 19), lastSync: at(now, -9), errorCode: 401, devices: 140 }),
    ])),
    profilesReply(DEP_ID, [macProfile("a1b2c3d4-0000-4000-8000-00000000f003", "macOS – Corporate", false)]),
    reply("vppTokens", 200, collectionOf("v1.0/$metadata#deviceAppManagement/vppTokens", [
      vppToken({ id: "9ceb2f92-0000-4000-8000-00000000b002", appleId: "abm-apps@contoso.example", expires: at(now, 160), lastSync: at(now, -6), status: "failed", state: "invalid" }),
      vppToken({ id: "9ceb2f92-0000-4000-8000-00000000b003", appleId: "apps-emea@contoso.example", expires: at(now, 12), lastSync: at(now, 0, -4), status: "completed", state: "valid" }),
    ])),
  ]);
}
