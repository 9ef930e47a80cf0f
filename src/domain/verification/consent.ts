import { GRAPH_REQUESTS } from "./requests.ts";

export type RequiredScope = { scope: string; why: string; adminConsent: boolean };

/** Least-privilege delegated, read-only scopes (reference §0.3). Nothing here can change the tenant. */
export const REQUIRED_SCOPES: readonly RequiredScope[] = [
  { scope: "User.Read", why: "Sign you in and read your own directory roles.", adminConsent: false },
  // Microsoft's least-privileged scope for GET /subscribedSkus; its delegated form needs no admin consent
  // (permissions.json: requiresAdminConsent false), unlike Organization.Read.All, which it replaces.
  { scope: "LicenseAssignment.Read.All", why: "Read the tenant's subscriptions to find Intune Plan 1 and free seats.", adminConsent: false },
  { scope: "Policy.Read.All", why: "Read the MDM user scope policy.", adminConsent: true },
  { scope: "DeviceManagementServiceConfig.Read.All", why: "Read enrollment restrictions, the Apple MDM push certificate, and enrollment program and Apps and Books tokens.", adminConsent: true },
  { scope: "RoleAssignmentSchedule.Read.Directory", why: "Read your active Privileged Identity Management role assignments.", adminConsent: true },
  { scope: "RoleEligibilitySchedule.Read.Directory", why: "Read the roles you are eligible to activate in Privileged Identity Management.", adminConsent: true },
];

/** "User.Read and LicenseAssignment.Read.All": the scopes any user may consent to, for sentences in the UI. */
export const USER_CONSENT_SCOPES_TEXT: string = REQUIRED_SCOPES.filter((s) => !s.adminConsent)
  .map((s) => s.scope)
  .join(" and ");

export const GRAPH_RESOURCE = "https://graph.microsoft.com";

/** Every scope the request table uses, so a request can never need a scope nobody asked for. */
export const SCOPES_IN_USE: readonly string[] = [...new Set(GRAPH_REQUESTS.map((r) => r.scope))];

export type AdminConsentRequest = {
  tenant: string;
  clientId: string;
  redirectUri: string;
  scopes: readonly string[];
  state?: string;
  /** National clouds: their sign-in host and Graph resource (default: the global cloud's). */
  loginOrigin?: string;
  graphResource?: string;
};

/**
 * The v2 admin-consent link an admin can send to a Global, Privileged Role or Cloud Application Administrator
 * (reference §0.2). The v2 endpoint wants resource-qualified scopes, so short names get the Graph prefix.
 */
export function adminConsentUrl({
  tenant,
  clientId,
  redirectUri,
  scopes,
  state,
  loginOrigin = "https://login.microsoftonline.com",
  graphResource = GRAPH_RESOURCE,
}: AdminConsentRequest): string {
  const qualified = scopes.map((s) => (/^https?:\/\//i.test(s) ? s : `${graphResource}/${s}`));
  const params = [
    ["client_id", clientId],
    ["scope", qualified.join(" ")],
    ["redirect_uri", redirectUri],
    ...(state === undefined ? [] : [["state", state]]),
  ].map(([k = "", v = ""]) => `${k}=${encodeURIComponent(v)}`);
  return `${loginOrigin}/${encodeURIComponent(tenant)}/v2.0/adminconsent?${params.join("&")}`;
}
