import { webLightTheme, type Theme } from "@fluentui/react-components";
import type { ResolvedTheme } from "../services/preferences/theme-preference.ts";

// The light theme ships in the entry chunk; dark and high contrast are fetched only by those who use them.
const loaded: Partial<Record<ResolvedTheme, Theme>> = { light: webLightTheme };

export function themeIfLoaded(resolved: ResolvedTheme): Theme | undefined {
  return loaded[resolved];
}

export async function loadTheme(resolved: ResolvedTheme): Promise<Theme> {
  const ready = loaded[resolved];
  if (ready) return ready;
  const extra = await import("./themes-extra.ts");
  loaded.dark = extra.webDarkTheme;
  loaded["high-contrast"] = extra.teamsHighContrastTheme;
  return loaded[resolved] ?? webLightTheme;
}
