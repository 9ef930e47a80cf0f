import type { EvidenceResponse } from "../types.ts";
import { collectionOf, reply } from "./builders.ts";
import {
  MAC_USERS, antivirus, companyPortalApp, compliance, ddmLatest, defaultProfileReply, defenderApp, deviceRegistration, fileVault, firewall,
  gatekeeper, group, mac, macFilter, mdeConnector, organization, platformSso, requireCompliantMac,
} from "./rollout-builders.ts";

/** The healthy demo tenant's ADE token (scenarios/healthy.ts). */
export const HEALTHY_DEP_ID = "5e6f7a8b-0000-4000-8000-00000000e001";

/** Tenant set-up and policies done the way Learn describes: every rollout check is ready for DEMO_DECISIONS. */
export function rolloutHealthyReplies(now: Date): EvidenceResponse[] {
  return [
    reply("organization", 200, organization("intune")),
    reply("deviceRegistrationPolicy", 200, deviceRegistration(50, "all")),
    reply("assignmentFilters", 200, collectionOf("beta/$metadata#deviceManagement/assignmentFilters", [macFilter('(device.enrollmentProfileName -eq "macOS – Corporate (modern auth)")')])),
    reply("mobileApps", 200, collectionOf("beta/$metadata#deviceAppManagement/mobileApps(assignments())", [companyPortalApp("required"), defenderApp()])),
    reply("managedDevices", 200, collectionOf("v1.0/$metadata#deviceManagement/managedDevices", [mac("705c034c-034c-705c-4c03-5c704c035c70", "appleBulkWithUser", "company", 6, now), mac("705c034c-034c-705c-4c03-5c704c035c71", "userEnrollment", "personal", 3, now)])),
    reply("compliancePolicies", 200, collectionOf("v1.0/$metadata#deviceManagement/deviceCompliancePolicies(assignments())", [compliance(false)])),
    reply("conditionalAccessPolicies", 200, collectionOf("v1.0/$metadata#identity/conditionalAccess/policies", [requireCompliantMac("enabled")])),
    reply("configurationPolicies", 200, collectionOf("beta/$metadata#deviceManagement/configurationPolicies(settings(),assignments())", [fileVault(true), firewall(), gatekeeper(), ddmLatest(), platformSso(1, [group(MAC_USERS)]), antivirus()])),
    reply("deviceConfigurations", 200, collectionOf("beta/$metadata#deviceManagement/deviceConfigurations(assignments())", [])),
    reply("mtdConnectors", 200, collectionOf("beta/$metadata#deviceManagement/mobileThreatDefenseConnectors", [mdeConnector("enabled")])),
    defaultProfileReply(HEALTHY_DEP_ID, { affinity: true, admin: "contosoadmin" }),
  ];
}
