import { render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/app/App.tsx";
import type { AppServices } from "../../src/app/services.ts";
import { createSafeStorage } from "../../src/services/storage/safe-storage.ts";
import { createProgressStore, DEFAULT_PROGRESS_KEY } from "../../src/services/storage/progress-store.ts";
import { assembleStored } from "../../src/domain/progress/stored.ts";
import { createHistoryRouter } from "../../src/services/navigation/router.ts";
import { createThemePreference } from "../../src/services/preferences/theme-preference.ts";
import { createAuthConfigStore } from "../../src/services/auth/config-store.ts";
import { expect } from "vitest";
import { VerificationServicesProvider, type VerificationServices } from "../../src/features/verification/services.tsx";

/** Verification services that never reach the network: live checks are off unless a test passes its own fakes. */
export function testVerificationServices(overrides: Partial<VerificationServices> = {}): VerificationServices {
  const site = { origin: window.location.origin, baseUrl: "/" };
  return {
    now: () => new Date(),
    loadRuntimeConfig: async () => ({ status: "not-configured", config: null, reason: "None is set up for this site in these tests.", graphBaseUrl: null }),
    authConfig: createAuthConfigStore(createSafeStorage(() => window.localStorage), site),
    site,
    loadAuth: () => Promise.reject(new Error("Sign-in is not available in this test.")),
    pendingRedirect: async () => null,
    collectEvidence: () => Promise.reject(new Error("Graph is not available in this test.")),
    ...overrides,
  };
}

/** Resolves once every lazily loaded part of the page (steps, forms, header actions) has arrived. */
export async function settled(): Promise<void> {
  await waitFor(() => {
    expect(document.querySelectorAll("[data-lazy-loading]")).toHaveLength(0);
    // `hidden`: a dialog that opens on load (a share link) hides the page behind it, as a browser does.
    expect(screen.queryByRole("button", { name: "Start over", hidden: true })).not.toBeNull();
    // The first import of a lazy chunk is transformed on demand, which takes a while on a busy machine.
  }, { timeout: 15_000 });
}

/** Renders the whole app on a path with real services over jsdom's storage and history, and waits for lazy parts. */
export async function renderApp(path: string, overrides: Partial<AppServices> = {}) {
  window.history.replaceState(null, "", path);
  const storage = createSafeStorage(() => window.localStorage);
  const services: AppServices = {
    store: createProgressStore({ storage, win: window }),
    router: createHistoryRouter(window, "/"),
    theme: createThemePreference(storage, window),
    verification: testVerificationServices(),
    ...overrides,
  };
  const rendered = render(
    <VerificationServicesProvider services={services.verification}>
      <App services={services} />
    </VerificationServicesProvider>,
  );
  await settled();
  return { services, ...rendered };
}

/** What the app saved in localStorage, as one parsed envelope (each item is saved under its own key). */
export function savedEnvelope<T = { data: { items: Record<string, Record<string, unknown>>; clock?: Record<string, string> } }>(): T | null {
  const text = assembleStored(localStorage.getItem(DEFAULT_PROGRESS_KEY), (id) => localStorage.getItem(`${DEFAULT_PROGRESS_KEY}:item:${id}`));
  return text === null ? null : (JSON.parse(text) as T);
}
