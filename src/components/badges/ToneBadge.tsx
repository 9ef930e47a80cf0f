import { makeStyles, tokens, mergeClasses } from "@fluentui/react-components";
import {
  CheckmarkCircle16Filled,
  Warning16Filled,
  ErrorCircle16Filled,
  QuestionCircle16Regular,
  SubtractCircle16Regular,
  ArrowSync16Regular,
  Circle16Regular,
} from "@fluentui/react-icons";
import type { Tone } from "./badge-tables.ts";

const useStyles = makeStyles({
  badge: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    whiteSpace: "nowrap",
  },
  success: { color: tokens.colorPaletteGreenForeground1 },
  warning: { color: tokens.colorPaletteMarigoldForeground1 },
  danger: { color: tokens.colorPaletteRedForeground1 },
  unknown: { color: tokens.colorNeutralForeground3 },
  neutral: { color: tokens.colorNeutralForeground3 },
  progress: { color: tokens.colorBrandForeground1 },
  todo: { color: tokens.colorNeutralForeground2 },
  text: { color: tokens.colorNeutralForeground1 },
});

const ICONS = {
  success: CheckmarkCircle16Filled,
  warning: Warning16Filled,
  danger: ErrorCircle16Filled,
  unknown: QuestionCircle16Regular,
  neutral: SubtractCircle16Regular,
  progress: ArrowSync16Regular,
  todo: Circle16Regular,
} as const satisfies Record<Tone, unknown>;

export function ToneBadge({ tone, label, className }: { tone: Tone; label: string; className?: string }) {
  const styles = useStyles();
  const Icon = ICONS[tone];
  return (
    <span className={mergeClasses(styles.badge, className)} data-tone={tone}>
      <Icon aria-hidden className={styles[tone]} />
      <span className={styles.text}>{label}</span>
    </span>
  );
}
