import { createSafeStorage, type StorageLike } from "../services/storage/safe-storage.ts";
import { createProgressStore } from "../services/storage/progress-store.ts";
import { createThemePreference } from "../services/preferences/theme-preference.ts";
import { createAuthConfigStore } from "../services/auth/config-store.ts";
import type { AppServices } from "../app/services.ts";
import type { Router } from "../services/navigation/router.ts";

function emptyStorage(): StorageLike {
  return { getItem: () => null, setItem: () => undefined, removeItem: () => undefined, key: () => null, length: 0 };
}

const unavailable = () => Promise.reject(new Error("Not available while prerendering"));

/** A first-time visitor on the welcome page: empty storage, light theme, no network. */
export function buildTimeServices(): AppServices {
  const storage = createSafeStorage(emptyStorage);
  const site = { origin: "https://prerender.invalid", baseUrl: "/" };
  const router: Router = {
    current: () => "/",
    navigate: () => undefined,
    subscribe: () => () => undefined,
    fragment: () => "",
    subscribeFragment: () => () => undefined,
    clearFragment: () => undefined,
    appUrl: () => `${site.origin}/`,
  };
  return {
    store: createProgressStore({ storage }),
    router,
    theme: createThemePreference(storage, {} as Window),
    verification: {
      now: () => new Date(0),
      loadRuntimeConfig: unavailable,
      authConfig: createAuthConfigStore(storage, site),
      site,
      loadAuth: unavailable,
      pendingRedirect: async () => null,
      collectEvidence: unavailable,
    },
  };
}
