import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import "./global.css";
import { createSafeStorage } from "../services/storage/safe-storage.ts";
import { createProgressStore } from "../services/storage/progress-store.ts";
import { createHistoryRouter } from "../services/navigation/router.ts";
import { createThemePreference } from "../services/preferences/theme-preference.ts";
import { createAuthConfigStore } from "../services/auth/config-store.ts";
import { VerificationServicesProvider } from "../features/verification/services.tsx";
import type { AppServices } from "./services.ts";
import { loadTheme } from "./themes.ts";
import { preloadLandingPage } from "./lazy.tsx";
import { PRINT_PATH, WIZARD_ROUTES, routeIndex } from "./routes.ts";
import type { ResolvedTheme } from "../services/preferences/theme-preference.ts";

const storage = createSafeStorage(() => window.localStorage);
// Browser-test builds sign in to a loopback identity-provider stand-in; every other build only to Microsoft's clouds.
const site = { origin: window.location.origin, baseUrl: import.meta.env.BASE_URL, allowLoopbackAuthority: import.meta.env.MODE === "e2e" };
const services: AppServices = {
  store: createProgressStore({ storage, win: window }),
  router: createHistoryRouter(window),
  theme: createThemePreference(storage, window),
  verification: {
    now: () => new Date(),
    // Read when the verification panel opens, so the reader is not part of the first download.
    loadRuntimeConfig: async () => (await import("../services/auth/config.ts")).loadRuntimeConfig(),
    authConfig: createAuthConfigStore(storage, site),
    site,
    // Dynamic imports: MSAL and the Graph client are fetched only when the admin opts into live checks.
    loadAuth: async (config) => (await import("../services/auth/load-auth.ts")).loadAuth(config),
    pendingRedirect: async () => (await import("../services/auth/redirect-marker.ts")).readPendingRedirect(),
    collectEvidence: async (options) => (await import("../services/graph/client.ts")).collectEvidence(options),
  },
};

// Dark and high-contrast users get their theme before the first render, not a flash of the light one. No top-level
// await here: the theme chunk imports from this entry chunk, which must finish evaluating first.
const themeAtStart = services.theme.choice() === "system" ? services.theme.systemTheme() : services.theme.choice();
const themeReady = themeAtStart === "light" ? Promise.resolve() : loadTheme(themeAtStart as ResolvedTheme).then(() => undefined);
const landing = services.router.current();
const pageReady = preloadLandingPage(landing === PRINT_PATH ? "print" : (WIZARD_ROUTES[routeIndex(landing)]?.page ?? "welcome"));

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const mount = root;
void Promise.all([themeReady, pageReady]).then(() =>
  createRoot(mount).render(
    <StrictMode>
      <VerificationServicesProvider services={services.verification}>
        <App services={services} />
      </VerificationServicesProvider>
    </StrictMode>,
  ),
);
