import type { ProgressStore } from "../services/storage/progress-store.ts";
import type { Router } from "../services/navigation/router.ts";
import type { ThemePreference } from "../services/preferences/theme-preference.ts";
import type { VerificationServices } from "../features/verification/services.tsx";

/** Every side effect the UI needs, created once in main.tsx and replaced by fakes in tests. */
export type AppServices = {
  store: ProgressStore;
  router: Router;
  theme: ThemePreference;
  verification: VerificationServices;
};
