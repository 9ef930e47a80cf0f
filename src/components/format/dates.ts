/**
 * Dates as people read them, in the browser's locale ("2 Mar 2027" in the UK, "Mar 2, 2027" in the US, "2. März 2027"
 * in Germany) and "in 96 days". `locale` is for tests; the app leaves it out so the browser's own locale applies.
 */
const DATE: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric" };
const DATE_TIME: Intl.DateTimeFormatOptions = { ...DATE, hour: "2-digit", minute: "2-digit" };

const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function dateFormat(kind: "date" | "dateTime", locale: string | undefined): Intl.DateTimeFormat {
  const key = `${kind}|${locale ?? ""}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(locale, kind === "date" ? DATE : DATE_TIME);
    cache.set(key, format);
  }
  return format;
}

function relativeFormat(locale: string | undefined): Intl.RelativeTimeFormat {
  const key = `relative|${locale ?? ""}`;
  let format = cache.get(key) as Intl.RelativeTimeFormat | undefined;
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
    cache.set(key, format);
  }
  return format;
}

function parse(value: string): Date | null {
  // "YYYY-MM-DD" is a calendar date: read it at local noon so no timezone shifts it to another day.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDate(value: string, locale?: string): string {
  const date = parse(value);
  return date ? dateFormat("date", locale).format(date) : value;
}

export function formatDateTime(value: string, locale?: string): string {
  const date = parse(value);
  return date ? dateFormat("dateTime", locale).format(date) : value;
}

const DAY = 86_400_000;

export function formatRelative(value: string, now: Date, locale?: string): string {
  const date = parse(value);
  if (!date) return "";
  const relative = relativeFormat(locale);
  const diff = date.getTime() - now.getTime();
  const abs = Math.abs(diff);
  if (abs < 60_000) return relative.format(0, "second");
  if (abs < 3_600_000) return relative.format(Math.round(diff / 60_000), "minute");
  if (abs < DAY) return relative.format(Math.round(diff / 3_600_000), "hour");
  return relative.format(Math.round(diff / DAY), "day");
}

/** "2 Mar 2026 (3 days ago)": how the overdue flag reads wherever a due date shows. */
export function formatDaysOverdue(days: number, locale?: string): string {
  return relativeFormat(locale).format(-days, "day");
}
