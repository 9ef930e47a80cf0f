import { render } from "@testing-library/react";
import { App } from "../../src/app/App.tsx";
import type { AppServices } from "../../src/app/services.ts";
import { createSafeStorage } from "../../src/services/storage/safe-storage.ts";
import { createProgressStore } from "../../src/services/storage/progress-store.ts";
import { createHistoryRouter } from "../../src/services/navigation/router.ts";
import { createThemePreference } from "../../src/services/preferences/theme-preference.ts";

/** Renders the whole app on a path with real services over jsdom's storage and history. */
export function renderApp(path: string, overrides: Partial<AppServices> = {}) {
  window.history.replaceState(null, "", path);
  const storage = createSafeStorage(() => window.localStorage);
  const services: AppServices = {
    store: createProgressStore({ storage, win: window }),
    router: createHistoryRouter(window, "/"),
    theme: createThemePreference(storage, window),
    ...overrides,
  };
  return { services, ...render(<App services={services} />) };
}
