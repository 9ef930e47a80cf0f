const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 24 * 60 * 60],
  ["hour", 60 * 60],
  ["minute", 60],
];

/**
 * "Saved 3 minutes ago" for a recent decision, "Saved on 2 Mar 2027" for an older one, "Not decided yet" without one.
 * `locale` undefined means the browser's locale.
 */
export function savedAgo(decidedAt: string | undefined, now: number, locale?: string): string {
  if (decidedAt === undefined) return "Not decided yet";
  const at = Date.parse(decidedAt);
  if (Number.isNaN(at)) return "Saved";
  const seconds = Math.max(0, Math.round((now - at) / 1000));
  if (seconds < 60) return "Saved just now";
  if (seconds >= 30 * 24 * 60 * 60) {
    const date = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric" }).format(at);
    return `Saved on ${date}`;
  }
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: "always" });
  // The largest unit that fits keeps the text short: "2 hours ago", not "135 minutes ago".
  const [unit, size] = UNITS.find(([, s]) => seconds >= s) ?? ["minute", 60];
  return `Saved ${rtf.format(-Math.floor(seconds / size), unit)}`;
}
