export const DAY_MS = 86_400_000;

/** Graph serialises DateTimeOffset as ISO 8601; anything else (e.g. .NET's "1/1/0001 12:00:00 AM") is not a Graph date. */
const ISO_DATE = /^\s*\d{4}-\d{2}-\d{2}(?:[T ]|\s*$)/;

/**
 * A Graph DateTimeOffset, or null when absent, unparsable, not ISO 8601 (Date.parse would read "1/1/0001" as 2001) or
 * the `0001-01-01` placeholder Graph returns for non-nullable dates that were never set (reference §0.4).
 */
export function graphDate(value: unknown): Date | null {
  if (typeof value !== "string" || !ISO_DATE.test(value)) return null;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  const date = new Date(ms);
  return date.getUTCFullYear() <= 1 ? null : date;
}

/** Whole days from now until the date: floor, so 30 days and 5 hours is 30, and one hour ago is -1. */
export function wholeDaysUntil(date: Date, now: Date): number {
  return Math.floor((date.getTime() - now.getTime()) / DAY_MS);
}

/** Whole days elapsed since the date (floor). */
export function wholeDaysSince(date: Date, now: Date): number {
  return Math.floor((now.getTime() - date.getTime()) / DAY_MS);
}

/** Milliseconds elapsed since the date; negative when the date is in the future. */
export function msSince(date: Date, now: Date): number {
  return now.getTime() - date.getTime();
}

/** YYYY-MM-DD (UTC): unambiguous in any locale; the UI formats renewals itself from the ISO timestamps. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "in 12 days", "today", "1 day ago". */
export function relativeDays(days: number): string {
  if (days === 0) return "today";
  const n = Math.abs(days);
  const unit = n === 1 ? "day" : "days";
  return days > 0 ? `in ${n} ${unit}` : `${n} ${unit} ago`;
}

/** Time since a sync, rounded down to hours under two days, days after that. */
export function ageText(date: Date, now: Date): string {
  const ms = msSince(date, now);
  if (ms < 0) return "in the future (check the clock)";
  const hours = Math.floor(ms / 3_600_000);
  if (hours < 48) return hours === 1 ? "1 hour ago" : `${hours} hours ago`;
  return `${Math.floor(ms / DAY_MS)} days ago`;
}
