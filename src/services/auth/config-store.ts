// The settings panel's override of the site's config.json. Only the registration fields and the cloud are stored:
// never tokens, accounts or Graph responses. `cloud` is optional in what is stored (older saves mean Global).
import type { SafeStorage } from "../storage/safe-storage.ts";
import { validateAuthConfig, type AuthConfig, type AuthConfigProblem, type ValidationContext } from "./validate-config.ts";

export const AUTH_CONFIG_KEY = "intune-mac-readiness:auth-config";
const STORED_VERSION = 1;

export type StoredAuthConfig =
  | { status: "none" }
  | { status: "ok"; config: AuthConfig }
  /** Kept in storage untouched (the user may fix it in settings); the app falls back to the site's settings. */
  | { status: "invalid"; reason: string };

export type SaveAuthConfigResult =
  | { ok: true; config: AuthConfig }
  | { ok: false; reason: "invalid"; problems: readonly AuthConfigProblem[] }
  | { ok: false; reason: "unavailable" | "quota" };

export type AuthConfigStore = {
  read(): StoredAuthConfig;
  save(input: AuthConfig): SaveAuthConfigResult;
  clear(): void;
};

export function createAuthConfigStore(storage: Pick<SafeStorage, "get" | "set" | "remove">, context: ValidationContext): AuthConfigStore {
  return {
    read() {
      const raw = storage.get(AUTH_CONFIG_KEY);
      if (raw === null) return { status: "none" };
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        return { status: "invalid", reason: "The saved sign-in settings are unreadable." };
      }
      if (typeof parsed !== "object" || parsed === null || (parsed as { version?: unknown }).version !== STORED_VERSION) {
        return { status: "invalid", reason: "The saved sign-in settings are in an unknown format." };
      }
      const result = validateAuthConfig(parsed as Record<string, unknown>, context);
      if (!result.ok) {
        return { status: "invalid", reason: `The saved sign-in settings cannot work: ${result.problems.map((p) => p.message).join(" ")}` };
      }
      return { status: "ok", config: result.config };
    },
    save(input) {
      const result = validateAuthConfig(input, context);
      if (!result.ok) return { ok: false, reason: "invalid", problems: result.problems };
      const { clientId, authority, redirectUri, cloud } = result.config;
      const written = storage.set(AUTH_CONFIG_KEY, JSON.stringify({ version: STORED_VERSION, clientId, authority, redirectUri, cloud }));
      return written.ok ? { ok: true, config: result.config } : { ok: false, reason: written.reason };
    },
    clear() {
      storage.remove(AUTH_CONFIG_KEY);
    },
  };
}
