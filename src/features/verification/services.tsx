import { createContext, useContext, type ReactNode } from "react";
import type { RuntimeConfig } from "../../services/auth/config.ts";
import type { AuthConfigStore } from "../../services/auth/config-store.ts";
import type { PendingRedirect } from "../../services/auth/redirect-marker.ts";
import type { GraphAuth } from "../../services/auth/types.ts";
import type { AuthConfig, ValidationContext } from "../../services/auth/validate-config.ts";
import type { CollectOptions, LiveEvidenceFile } from "../../services/graph/client.ts";

/** Side effects of verification, created in main.tsx and replaced by fakes in tests. */
export type VerificationServices = {
  /** The clock: staleness, "checked 3 days ago" and demo dates all read it, so tests can move time. */
  now: () => Date;
  loadRuntimeConfig: () => Promise<RuntimeConfig>;
  /** The settings panel's override of config.json. */
  authConfig: AuthConfigStore;
  /** This site's origin and base path: the default redirect URI and the settings' validation need them. */
  site: ValidationContext;
  /** Must stay a dynamic import: MSAL is fetched only when the admin signs in. */
  loadAuth: (config: AuthConfig) => Promise<GraphAuth>;
  /** A full-page sign-in under way in this tab (read without loading MSAL), so the panel shows the live way. Async:
   *  the reader stays out of the first download. */
  pendingRedirect: () => Promise<PendingRedirect | null>;
  collectEvidence: (options: CollectOptions) => Promise<LiveEvidenceFile>;
};

const VerificationServicesContext = createContext<VerificationServices | null>(null);

export function VerificationServicesProvider({ services, children }: { services: VerificationServices; children: ReactNode }) {
  return <VerificationServicesContext.Provider value={services}>{children}</VerificationServicesContext.Provider>;
}

export function useVerificationServices(): VerificationServices {
  const value = useContext(VerificationServicesContext);
  if (!value) throw new Error("useVerificationServices must be used inside <VerificationServicesProvider>");
  return value;
}
