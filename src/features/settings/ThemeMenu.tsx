import { Menu, MenuButton, MenuItemRadio, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
import { DarkTheme20Regular } from "@fluentui/react-icons";
import { THEME_CHOICES, type ThemeChoice } from "../../services/preferences/theme-preference.ts";

const LABELS = {
  system: "Same as system",
  light: "Light",
  dark: "Dark",
  "high-contrast": "High contrast",
} as const satisfies Record<ThemeChoice, string>;

export function ThemeMenu({ choice, onChange }: { choice: ThemeChoice; onChange: (choice: ThemeChoice) => void }) {
  return (
    <Menu
      checkedValues={{ theme: [choice] }}
      onCheckedValueChange={(_, data) => {
        const next = data.checkedItems[0];
        if ((THEME_CHOICES as readonly string[]).includes(next ?? "")) onChange(next as ThemeChoice);
      }}
    >
      <MenuTrigger disableButtonEnhancement>
        <MenuButton appearance="subtle" icon={<DarkTheme20Regular />} aria-label={`Theme: ${LABELS[choice]}`}>
          Theme
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {THEME_CHOICES.map((value) => (
            <MenuItemRadio key={value} name="theme" value={value}>
              {LABELS[value]}
            </MenuItemRadio>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
