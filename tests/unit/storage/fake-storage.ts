import { assembleStored } from "../../../src/domain/progress/stored.ts";
import { DEFAULT_PROGRESS_KEY } from "../../../src/services/storage/progress-store.ts";
import type { StorageLike } from "../../../src/services/storage/safe-storage.ts";

type Fail = () => Error;

/** An in-memory Storage whose failures can be switched on per operation. */
export class FakeStorage implements StorageLike {
  readonly map = new Map<string, string>();
  failGet: Fail | null = null;
  failSet: Fail | null = null;
  /** Values longer than this hit the quota, like a nearly full origin. */
  maxValueLength = Number.POSITIVE_INFINITY;

  get length() {
    return this.map.size;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string) {
    if (this.failGet) throw this.failGet();
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failSet) throw this.failSet();
    if (value.length > this.maxValueLength) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    this.map.set(key, value);
  }
  removeItem(key: string) {
    if (this.failSet) throw this.failSet();
    this.map.delete(key);
  }
}

export const securityError = () => new DOMException("The operation is insecure.", "SecurityError");
export const quotaError = () => new DOMException("The quota has been exceeded.", "QuotaExceededError");

/**
 * The progress saved in `fake` as one envelope, as the app's load reads it: the main key and every item part in
 * storage, listed or not.
 */
export function storedText(fake: FakeStorage, key = DEFAULT_PROGRESS_KEY): string | null {
  const prefix = `${key}:item:`;
  const parts = [...fake.map.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
  return assembleStored(fake.map.get(key) ?? null, (id) => fake.map.get(`${prefix}${id}`) ?? null, parts);
}
