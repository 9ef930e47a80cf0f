/** The one test for "a plain JSON object" (not null, not an array) used wherever untrusted JSON is read. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
