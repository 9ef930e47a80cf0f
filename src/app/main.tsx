import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { createSafeStorage } from "../services/storage/safe-storage.ts";
import { createProgressStore } from "../services/storage/progress-store.ts";
import { createHistoryRouter } from "../services/navigation/router.ts";
import { createThemePreference } from "../services/preferences/theme-preference.ts";
import type { AppServices } from "./services.ts";

const storage = createSafeStorage(() => window.localStorage);
const services: AppServices = {
  store: createProgressStore({ storage, win: window }),
  router: createHistoryRouter(window),
  theme: createThemePreference(storage, window),
};

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App services={services} />
  </StrictMode>,
);
