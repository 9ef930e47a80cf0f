export type SetResult = { ok: true } | { ok: false; reason: "unavailable" | "quota" };

/** A Storage that never throws: private modes, blocked cookies and full quotas become return values. */
export type SafeStorage = {
  /** A probe write succeeded when the adapter was created; when false, saving will not outlast the tab. */
  available: boolean;
  get(key: string): string | null;
  set(key: string, value: string): SetResult;
  remove(key: string): void;
  /** Every key currently stored (empty when storage cannot be read). */
  keys(): string[];
};

/** The part of the Web Storage API we use, so tests can pass a small fake. */
export type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

const PROBE_KEY = "intune-mac-readiness:probe";

function isQuotaError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  // Chromium/WebKit say QuotaExceededError (legacy code 22), Firefox NS_ERROR_DOM_QUOTA_REACHED (1014).
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" || code === 22 || code === 1014;
}

/**
 * `getStorage` is a function because merely reading `window.localStorage` throws a SecurityError when the browser
 * blocks site data.
 */
export function createSafeStorage(getStorage: () => StorageLike | null): SafeStorage {
  let storage: StorageLike | null;
  try {
    storage = getStorage() ?? null;
  } catch {
    storage = null;
  }

  const set = (key: string, value: string): SetResult => {
    if (storage === null) return { ok: false, reason: "unavailable" };
    try {
      storage.setItem(key, value);
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: isQuotaError(error) ? "quota" : "unavailable" };
    }
  };

  const remove = (key: string): void => {
    try {
      storage?.removeItem(key);
    } catch {
      // Nothing to do: a key we cannot remove is one we could not have written either.
    }
  };

  // A full or read-only storage still lets us read what an earlier visit saved, so reads do not depend on the probe.
  const available = set(PROBE_KEY, "1").ok;
  if (available) remove(PROBE_KEY);

  return {
    available,
    get(key) {
      try {
        return storage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set,
    remove,
    keys() {
      if (storage === null) return [];
      try {
        const out: string[] = [];
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i);
          if (key !== null) out.push(key);
        }
        return out;
      } catch {
        return [];
      }
    },
  };
}

/** The browser's localStorage behind the safe adapter. */
export function createBrowserStorage(): SafeStorage {
  return createSafeStorage(() => (typeof window === "undefined" ? null : window.localStorage));
}
