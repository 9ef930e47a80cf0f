import type { EvidenceResponse } from "../types.ts";
import { collectionOf, reply } from "./builders.ts";
import {
  ALL_USERS, allDevicesFiltered, companyPortalApp, compliance, ddmLatest, ddmTargeted, defaultProfileReply, deviceRegistration, fileVault, firewall,
  mac, macFilter, mdeConnector, organization, platformSso, requireCompliantMac, ssoPluginOnly,
} from "./rollout-builders.ts";
import { HEALTHY_DEP_ID } from "./rollout-healthy.ts";

/**
 * The prerequisites are in place, but the rollout walks into the pitfalls admins hit (rollout-plan.md §5): a
 * compliance password with Platform SSO and LAPS planned, Platform SSO with the wrong method on All devices plus an old
 * SSO extension, FileVault in Setup Assistant without Defer, "latest" and "targeted" DDM updates together, users
 * not allowed to join devices, Entra's quota below Intune's limit, another MDM authority, an ADE profile without user
 * affinity or admin account, and Company Portal only "available".
 */
export function rolloutPitfallReplies(now: Date): EvidenceResponse[] {
  return [
    reply("organization", 200, organization("office365")),
    reply("deviceRegistrationPolicy", 200, deviceRegistration(3, "no")),
    reply("assignmentFilters", 200, collectionOf("beta/$metadata#deviceManagement/assignmentFilters", [macFilter('(device.model -contains "Mac")')])),
    reply("mobileApps", 200, collectionOf("beta/$metadata#deviceAppManagement/mobileApps(assignments())", [companyPortalApp("available")])),
    reply("managedDevices", 200, collectionOf("v1.0/$metadata#deviceManagement/managedDevices", [mac("705c034c-034c-705c-4c03-5c704c035c72", "userEnrollment", "personal", 2, now)])),
    reply("compliancePolicies", 200, collectionOf("v1.0/$metadata#deviceManagement/deviceCompliancePolicies(assignments())", [compliance(true)])),
    reply("conditionalAccessPolicies", 200, collectionOf("v1.0/$metadata#identity/conditionalAccess/policies", [requireCompliantMac("enabledForReportingButNotEnforced")])),
    reply("configurationPolicies", 200, collectionOf("beta/$metadata#deviceManagement/configurationPolicies(settings(),assignments())", [
      fileVault(false), firewall(), ddmLatest(), ddmTargeted(), platformSso(0, [allDevicesFiltered]), ssoPluginOnly([ALL_USERS]),
    ])),
    reply("deviceConfigurations", 200, collectionOf("beta/$metadata#deviceManagement/deviceConfigurations(assignments())", [])),
    reply("mtdConnectors", 200, collectionOf("beta/$metadata#deviceManagement/mobileThreatDefenseConnectors", [mdeConnector("available")])),
    defaultProfileReply(HEALTHY_DEP_ID, { affinity: false, admin: null }),
  ];
}
