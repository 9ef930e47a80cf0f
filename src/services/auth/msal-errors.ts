// MSAL errors → AuthError. Branch on errorCode and the AADSTS number, never on message text (MSAL v5 messages are
// only a docs link).
import { AuthError as MsalAuthError, ServerError, InteractionRequiredAuthError } from "@azure/msal-browser";
import { AuthError, type AuthErrorCode } from "./errors.ts";
import type { AuthConfig } from "./validate-config.ts";

type Explanation = { code: AuthErrorCode; message: (config: AuthConfig) => string };

const POPUP_BLOCKED: Explanation = {
  code: "popup-blocked",
  message: () => "The browser blocked the sign-in window. Allow pop-ups for this site, then try again.",
};
const BRIDGE_FAILED: Explanation = {
  code: "bridge-failed",
  message: (config) =>
    `The sign-in window did not report back. Check that ${config.redirectUri} is registered as a single-page application redirect URI and is served without a Cross-Origin-Opener-Policy header.`,
};
const NETWORK: Explanation = { code: "network", message: () => "Microsoft sign-in could not be reached. Check the connection, then try again." };
const CONSENT: Explanation = {
  code: "consent-needed",
  message: () =>
    "The read-only Intune permissions have not been consented. A Global Administrator, Privileged Role Administrator or Cloud Application Administrator can grant them for the tenant.",
};
const SIGN_IN: Explanation = { code: "sign-in-needed", message: () => "Sign in again to continue." };

const BY_ERROR_CODE: Record<string, Explanation> = {
  user_cancelled: { code: "cancelled", message: () => "Sign-in was cancelled." },
  popup_window_error: POPUP_BLOCKED,
  empty_window_error: POPUP_BLOCKED,
  interaction_in_progress: {
    code: "interaction-in-progress",
    message: () => "A sign-in window is already open. Finish or close it, then try again.",
  },
  timed_out: BRIDGE_FAILED,
  redirect_bridge_empty_response: BRIDGE_FAILED,
  no_network_connectivity: NETWORK,
  post_request_failed: NETWORK,
  get_request_failed: NETWORK,
  no_account_error: SIGN_IN,
  login_required: SIGN_IN,
  interaction_required: SIGN_IN,
  consent_required: CONSENT,
  access_denied: CONSENT,
};

/** AADSTS numbers that name a registration problem the admin can fix in the Entra admin center. */
const BY_AADSTS: Record<string, Explanation> = {
  "50011": {
    code: "configuration",
    message: (config) => `The redirect URI ${config.redirectUri} is not registered on the app registration (single-page application platform).`,
  },
  "700016": {
    code: "configuration",
    message: (config) => `No app registration with client ID ${config.clientId} exists in this tenant. Check the client ID and authority.`,
  },
  "50020": {
    code: "configuration",
    message: () => "This account is not in the tenant the app registration signs in to. Use an account from that tenant, or change the authority.",
  },
  "9002326": {
    code: "configuration",
    message: () => "The redirect URI is registered under the Web platform. Register it under Single-page application instead.",
  },
  "65001": CONSENT,
  "90094": CONSENT,
};

export function toAuthError(error: unknown, config: AuthConfig): AuthError {
  if (error instanceof AuthError) return error;
  if (!(error instanceof MsalAuthError)) {
    return new AuthError("unknown", "Sign-in failed unexpectedly. Try again.", { cause: error });
  }
  // Typed as string, but the token endpoint's error_codes are JSON numbers.
  const rawErrorNo: unknown = error instanceof ServerError || error instanceof InteractionRequiredAuthError ? error.errorNo : undefined;
  const errorNo = rawErrorNo === undefined || rawErrorNo === null ? undefined : String(rawErrorNo);
  const explanation = (errorNo !== undefined ? BY_AADSTS[errorNo] : undefined) ?? BY_ERROR_CODE[error.errorCode];
  if (explanation) return new AuthError(explanation.code, explanation.message(config), { cause: error });
  return new AuthError("unknown", `Sign-in failed (${error.errorCode}). Try again.`, { cause: error });
}
