import { useCallback, useState, useSyncExternalStore } from "react";
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { ResolvedTheme, ThemeChoice, ThemePreference } from "../services/preferences/theme-preference.ts";

const THEMES = { light: webLightTheme, dark: webDarkTheme, "high-contrast": teamsHighContrastTheme } as const satisfies Record<ResolvedTheme, Theme>;

export function useAppTheme(preference: ThemePreference) {
  const [choice, setChoiceState] = useState<ThemeChoice>(() => preference.choice());
  const system = useSyncExternalStore(
    (listener) => preference.subscribeSystem(listener),
    () => preference.systemTheme(),
  );
  const setChoice = useCallback(
    (next: ThemeChoice) => {
      preference.setChoice(next);
      setChoiceState(next);
    },
    [preference],
  );
  const resolved: ResolvedTheme = choice === "system" ? system : choice;
  return { choice, setChoice, resolved, theme: THEMES[resolved] };
}
