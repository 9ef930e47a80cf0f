import type { TenantItemId } from "../../catalog/ids.ts";
import { adeToken } from "./ade-token.ts";
import { apnsCertificate } from "./apns-certificate.ts";
import { enrollmentDeviceLimit } from "./enrollment-device-limit.ts";
import { enrollmentPlatformRestrictions } from "./enrollment-platform-restrictions.ts";
import { intuneAdminRole } from "./intune-admin-role.ts";
import { intuneLicense } from "./intune-license.ts";
import { mdmUserScope } from "./mdm-user-scope.ts";
import type { Rule } from "./types.ts";
import { vppToken } from "./vpp-token.ts";

export const RULES: Record<TenantItemId, Rule> = {
  "mdm-user-scope": mdmUserScope,
  "intune-admin-role": intuneAdminRole,
  "intune-license": intuneLicense,
  "enrollment-device-limit": enrollmentDeviceLimit,
  "enrollment-platform-restrictions": enrollmentPlatformRestrictions,
  "apns-certificate": apnsCertificate,
  "ade-token": adeToken,
  "vpp-token": vppToken,
};
