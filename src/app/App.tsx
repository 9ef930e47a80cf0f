import { FluentProvider } from "@fluentui/react-components";
import { AnnouncerProvider } from "../components/announcer/Announcer.tsx";
import { AppToaster } from "../components/toast/notify.tsx";
import { ProgressProvider } from "./ProgressProvider.tsx";
import { Shell } from "./Shell.tsx";
import { useAppTheme } from "./useAppTheme.ts";
import type { AppServices } from "./services.ts";

export function App({ services }: { services: AppServices }) {
  const { theme, choice, setChoice, resolved } = useAppTheme(services.theme);
  return (
    <FluentProvider theme={theme} data-theme={resolved}>
      <AnnouncerProvider>
        <ProgressProvider store={services.store}>
          <Shell router={services.router} themeChoice={choice} onThemeChange={setChoice} />
          <AppToaster />
        </ProgressProvider>
      </AnnouncerProvider>
    </FluentProvider>
  );
}
