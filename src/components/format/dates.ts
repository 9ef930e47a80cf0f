/** Dates as people read them, in the browser's locale: "2 Mar 2027", "in 96 days". */
const dateFormat = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", year: "numeric" });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });

function parse(value: string): Date | null {
  // "YYYY-MM-DD" is a calendar date: read it at local noon so no timezone shifts it to another day.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00`) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDate(value: string): string {
  const date = parse(value);
  return date ? dateFormat.format(date) : value;
}

export function formatDateTime(value: string): string {
  const date = parse(value);
  return date ? dateTimeFormat.format(date) : value;
}

const DAY = 86_400_000;

export function formatRelative(value: string, now: Date): string {
  const date = parse(value);
  if (!date) return "";
  const diff = date.getTime() - now.getTime();
  const abs = Math.abs(diff);
  if (abs < 60_000) return relative.format(0, "second");
  if (abs < 3_600_000) return relative.format(Math.round(diff / 60_000), "minute");
  if (abs < DAY) return relative.format(Math.round(diff / 3_600_000), "hour");
  return relative.format(Math.round(diff / DAY), "day");
}
