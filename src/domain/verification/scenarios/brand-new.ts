import type { EvidenceFile } from "../types.ts";
import {
  GLOBAL_ADMIN_ROLE, PLAN, collectionOf, defaultLimit, defaultPlatformRestrictions, directoryRole, evidenceFile, otherDefaults,
  mdmPolicy, notFound, reply, roleInstance, sku,
} from "./builders.ts";

/**
 * A tenant that just started an Intune trial: the creator is Global Administrator and the licence is there, but
 * nothing Apple-related is set up, macOS is blocked and MDM user scope is None.
 */
export function brandNewTenant(now: Date): EvidenceFile {
  return evidenceFile(now, [
    reply("mdmPolicy", 200, mdmPolicy("none")),
    reply("memberOf", 200, collectionOf("v1.0/$metadata#directoryObjects", [directoryRole(GLOBAL_ADMIN_ROLE, "Global Administrator")])),
    reply("roleAssignments", 200, collectionOf("v1.0/$metadata#Collection(unifiedRoleAssignmentScheduleInstance)", [roleInstance(GLOBAL_ADMIN_ROLE, "assignment", now)])),
    reply("roleEligibility", 200, collectionOf("v1.0/$metadata#Collection(unifiedRoleEligibilityScheduleInstance)", [])),
    reply("subscribedSkus", 200, collectionOf("v1.0/$metadata#subscribedSkus", [
      sku({ part: "INTUNE_A", skuId: "061f9ace-7d42-4136-88ac-31dc755f143f", status: "Enabled", enabled: 25, consumed: 1, plans: [[...PLAN.intuneA, "Success"]] }),
    ])),
    reply("enrollmentConfigurations", 200, collectionOf("beta/$metadata#deviceManagement/deviceEnrollmentConfigurations(assignments())", [
      defaultLimit(5),
      ...otherDefaults(),
      defaultPlatformRestrictions({ platformBlocked: true, personalDeviceEnrollmentBlocked: true }),
    ])),
    reply("apnsCertificate", 404, notFound("ResourceNotFound", "{ \"_version\": 3, \"Message\": \"An error has occurred - Operation ID (for customer support): 00000000-0000-0000-0000-000000000000\" }")),
    reply("depSettings", 200, collectionOf("beta/$metadata#deviceManagement/depOnboardingSettings", [])),
    reply("vppTokens", 200, collectionOf("v1.0/$metadata#deviceAppManagement/vppTokens", [])),
  ]);
}
