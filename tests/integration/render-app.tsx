import { render } from "@testing-library/react";
import { App } from "../../src/app/App.tsx";
import type { AppServices } from "../../src/app/services.ts";
import { createSafeStorage } from "../../src/services/storage/safe-storage.ts";
import { createProgressStore } from "../../src/services/storage/progress-store.ts";
import { createHistoryRouter } from "../../src/services/navigation/router.ts";
import { createThemePreference } from "../../src/services/preferences/theme-preference.ts";
import { createAuthConfigStore } from "../../src/services/auth/config-store.ts";
import { VerificationServicesProvider, type VerificationServices } from "../../src/features/verification/services.tsx";

/** Verification services that never reach the network: live checks are off unless a test passes its own fakes. */
export function testVerificationServices(overrides: Partial<VerificationServices> = {}): VerificationServices {
  const site = { origin: window.location.origin, baseUrl: "/" };
  return {
    now: () => new Date(),
    loadRuntimeConfig: async () => ({ status: "not-configured", config: null, reason: "No config.json in tests.", graphBaseUrl: "https://graph.microsoft.com" }),
    authConfig: createAuthConfigStore(createSafeStorage(() => window.localStorage), site),
    site,
    loadAuth: () => Promise.reject(new Error("Sign-in is not available in this test.")),
    collectEvidence: () => Promise.reject(new Error("Graph is not available in this test.")),
    ...overrides,
  };
}

/** Renders the whole app on a path with real services over jsdom's storage and history. */
export function renderApp(path: string, overrides: Partial<AppServices> = {}) {
  window.history.replaceState(null, "", path);
  const storage = createSafeStorage(() => window.localStorage);
  const services: AppServices = {
    store: createProgressStore({ storage, win: window }),
    router: createHistoryRouter(window, "/"),
    theme: createThemePreference(storage, window),
    verification: testVerificationServices(),
    ...overrides,
  };
  return {
    services,
    ...render(
      <VerificationServicesProvider services={services.verification}>
        <App services={services} />
      </VerificationServicesProvider>,
    ),
  };
}
