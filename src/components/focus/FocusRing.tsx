import { makeStaticStyles } from "@fluentui/react-components";

/**
 * One strong focus ring for every control, in every theme: Fluent marks a focused Select, Input or Textarea only with a
 * thin underline and a focused Link with a double underline, which is easy to lose on a long page. The ring uses the
 * theme's own focus colour (black in light, white in dark, the contrast colour in high contrast). Scoped under the
 * provider so the selectors outrank Fluent's single-class rules without !important.
 */
const useFocusRing = makeStaticStyles({
  ".fui-FluentProvider :is(.fui-Select, .fui-Input, .fui-Textarea, .fui-SpinButton, .fui-Combobox):focus-within": {
    outline: "2px solid var(--colorStrokeFocus2)",
    outlineOffset: "2px",
  },
  ".fui-FluentProvider :is(a, summary, [tabindex]:not([tabindex='-1'])):focus-visible": {
    outline: "2px solid var(--colorStrokeFocus2)",
    outlineOffset: "2px",
    borderRadius: "2px",
  },
});

export function FocusRing() {
  useFocusRing();
  return null;
}
