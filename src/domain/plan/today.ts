/** The reader's calendar day as yyyy-mm-dd (due dates are calendar days, so "overdue" is decided in local time). */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
