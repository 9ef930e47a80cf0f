import { FluentProvider } from "@fluentui/react-components";
import { AnnouncerProvider } from "../components/announcer/Announcer.tsx";
import { FocusRing } from "../components/focus/FocusRing.tsx";
import { ProgressProvider } from "./ProgressProvider.tsx";
import { Shell } from "./Shell.tsx";
import { AppToaster } from "./lazy.tsx";
import { Suspense } from "react";
import { useAppTheme } from "./useAppTheme.ts";
import type { AppServices } from "./services.ts";

export function App({ services }: { services: AppServices }) {
  const { theme, choice, setChoice, resolved } = useAppTheme(services.theme);
  return (
    <FluentProvider theme={theme} data-theme={resolved}>
      <FocusRing />
      <AnnouncerProvider>
        <ProgressProvider store={services.store}>
          <Shell router={services.router} themeChoice={choice} onThemeChange={setChoice} />
          <Suspense fallback={null}>
            <AppToaster />
          </Suspense>
        </ProgressProvider>
      </AnnouncerProvider>
    </FluentProvider>
  );
}
