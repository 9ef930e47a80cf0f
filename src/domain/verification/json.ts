import { isRecord } from "../is-record.ts";

/**
 * Reading untrusted JSON (evidence files, Graph bodies) without tripping over prototypes: every read goes through an
 * own-property check, so a body that lacks `constructor` never "finds" Object.prototype.constructor.
 */
export type JsonObject = { readonly [key: string]: unknown };

/** Keys that could reach a prototype when copied by naive code; evidence never needs them. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

export { isRecord } from "../is-record.ts";

export function field(obj: unknown, key: string): unknown {
  return isRecord(obj) && Object.hasOwn(obj, key) ? obj[key] : undefined;
}

export function text(obj: unknown, key: string): string | null {
  const value = field(obj, key);
  return typeof value === "string" ? value : null;
}

/** A non-empty, trimmed string, or null. */
export function nonEmpty(obj: unknown, key: string): string | null {
  const value = text(obj, key)?.trim();
  return value ? value : null;
}

export function num(obj: unknown, key: string): number | null {
  const value = field(obj, key);
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

export function bool(obj: unknown, key: string): boolean | null {
  const value = field(obj, key);
  return typeof value === "boolean" ? value : null;
}

export function list(obj: unknown, key: string): readonly unknown[] | null {
  const value = field(obj, key);
  return Array.isArray(value) ? value : null;
}

/** The objects in a collection response's `value`, or null when the body is not a collection. */
export function collection(body: unknown): readonly JsonObject[] | null {
  const items = list(body, "value");
  return items ? items.filter(isRecord) : null;
}

/**
 * A single entity: Microsoft's Intune examples wrap it in { value: {...} } while real responses are the entity itself
 * (reference §0.4), so both are read.
 */
export function singleton(body: JsonObject): JsonObject {
  const inner = field(body, "value");
  return isRecord(inner) ? inner : body;
}

/** `@odata.type` without the leading '#', lower-cased, e.g. "microsoft.graph.directoryrole". */
export function odataType(obj: unknown): string {
  return (text(obj, "@odata.type") ?? "").replace(/^#/, "").toLowerCase();
}

/** Depth of nested arrays/objects, computed without recursion so hostile nesting cannot overflow the stack. */
export function jsonDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() ?? { node: null, depth: 0 };
    if (typeof node !== "object" || node === null) continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > limit) return deepest;
    const children = Array.isArray(node) ? node : Object.values(node);
    for (const child of children) stack.push({ node: child, depth: level });
  }
  return deepest;
}

/**
 * A fresh copy made only of plain arrays and objects, without the forbidden keys. Callers bound the depth first
 * (see jsonDepth), so the recursion here is shallow.
 */
export function cleanCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cleanCopy);
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    out[key] = cleanCopy(child);
  }
  return out;
}
