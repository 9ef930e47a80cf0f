import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import type { ResolvedTheme, ThemeChoice, ThemePreference } from "../services/preferences/theme-preference.ts";
import { loadTheme, themeIfLoaded } from "./themes.ts";

export function useAppTheme(preference: ThemePreference) {
  const [choice, setChoiceState] = useState<ThemeChoice>(() => preference.choice());
  const system = useSyncExternalStore(
    (listener) => preference.subscribeSystem(listener),
    () => preference.systemTheme(),
    () => preference.systemTheme(), // the build-time prerender (src/prerender) renders on the server
  );
  const setChoice = useCallback(
    (next: ThemeChoice) => {
      preference.setChoice(next);
      setChoiceState(next);
    },
    [preference],
  );
  const resolved: ResolvedTheme = choice === "system" ? system : choice;
  const [, setLoadedCount] = useState(0);
  const theme = themeIfLoaded(resolved);
  useEffect(() => {
    // main.tsx preloads the theme in use at start; this covers switching to one not loaded yet.
    if (!theme) void loadTheme(resolved).then(() => setLoadedCount((n) => n + 1));
  }, [theme, resolved]);
  // While a newly chosen theme loads, keep showing the previous one rather than flashing another.
  const [shown, setShown] = useState({ resolved, theme: theme ?? themeIfLoaded("light")! });
  if (theme && shown.theme !== theme) setShown({ resolved, theme });
  return { choice, setChoice, resolved: shown.resolved, theme: shown.theme };
}
