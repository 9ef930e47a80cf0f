/**
 * Sign-in failures in words the UI can show as-is. `code` is what the UI branches on; MSAL's own error codes stay
 * inside msal-auth.ts.
 */
export type AuthErrorCode =
  | "not-configured"
  | "sign-in-needed"
  | "cancelled"
  | "popup-blocked"
  | "interaction-in-progress"
  | "consent-needed"
  | "configuration"
  | "bridge-failed"
  | "network"
  | "unknown";

export class AuthError extends Error {
  readonly code: AuthErrorCode;

  constructor(code: AuthErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "AuthError";
    this.code = code;
  }
}

export function isAuthError(value: unknown): value is AuthError {
  return value instanceof AuthError;
}
