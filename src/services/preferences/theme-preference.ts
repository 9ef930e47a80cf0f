import type { SafeStorage } from "../storage/safe-storage.ts";

export const THEME_CHOICES = ["system", "light", "dark", "high-contrast"] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
export type ResolvedTheme = Exclude<ThemeChoice, "system">;

const KEY = "intune-mac-readiness:theme";

export type ThemePreference = {
  choice(): ThemeChoice;
  setChoice(choice: ThemeChoice): void;
  /** What "system" means right now, from prefers-color-scheme and forced-colors. */
  systemTheme(): ResolvedTheme;
  subscribeSystem(listener: () => void): () => void;
};

export function createThemePreference(storage: SafeStorage, win: Window = window): ThemePreference {
  const query = (q: string) => (typeof win.matchMedia === "function" ? win.matchMedia(q) : null);
  const dark = query("(prefers-color-scheme: dark)");
  const forced = query("(forced-colors: active)");
  return {
    choice() {
      const stored = storage.get(KEY);
      return (THEME_CHOICES as readonly string[]).includes(stored ?? "") ? (stored as ThemeChoice) : "system";
    },
    setChoice(choice) {
      storage.set(KEY, choice);
    },
    systemTheme() {
      if (forced?.matches) return "high-contrast";
      return dark?.matches ? "dark" : "light";
    },
    subscribeSystem(listener) {
      dark?.addEventListener("change", listener);
      forced?.addEventListener("change", listener);
      return () => {
        dark?.removeEventListener("change", listener);
        forced?.removeEventListener("change", listener);
      };
    },
  };
}
