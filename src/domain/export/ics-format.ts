// RFC 5545 text rules: TEXT escaping (§3.3.11), line folding (§3.1), DATE and UTC DATE-TIME values (§3.3.4, §3.3.5).

const CRLF = "\r\n";
const MAX_OCTETS = 75;

/** Backslash, semicolon and comma are escaped; any line break becomes the two characters "\n". */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();
const octets = (char: string) => encoder.encode(char).length;

/**
 * Splits a content line into chunks of at most 75 octets, each continuation starting with a space (which counts).
 * Splits only between code points, so a multi-byte character is never cut in half.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const width = octets(char);
    if (size + width > MAX_OCTETS) {
      lines.push(current);
      current = " ";
      size = 1;
    }
    current += char;
    size += width;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** Content lines → an iCalendar stream: folded, CRLF after every line including the last. */
export function icsText(lines: readonly string[]): string {
  return lines.map(foldLine).join(CRLF) + CRLF;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** YYYY-MM-DD → YYYYMMDD (a DATE value). */
export const icsDate = (day: string) => day.replace(/-/g, "");

/** UTC DATE-TIME, e.g. 20260501T090000Z. */
export function icsUtc(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/** Calendar arithmetic on YYYY-MM-DD days, in UTC so daylight saving never shifts a day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export { fingerprint } from "../fingerprint.ts";
