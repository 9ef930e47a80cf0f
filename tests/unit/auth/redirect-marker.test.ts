import { describe, expect, it } from "vitest";
import { REDIRECT_MARKER_KEY, clearPendingRedirect, readPendingRedirect, writePendingRedirect } from "../../../src/services/auth/redirect-marker.ts";

function memory() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

describe("the note of a full-page sign-in", () => {
  it("remembers what to resume, and nothing else", () => {
    const store = memory();
    writePendingRedirect("run-checks", 1_000, store);
    expect(JSON.parse(store.data.get(REDIRECT_MARKER_KEY) ?? "")).toEqual({ resume: "run-checks", startedAt: 1_000 });
    expect(readPendingRedirect(2_000, store)).toEqual({ resume: "run-checks", startedAt: 1_000 });
    clearPendingRedirect(store);
    expect(readPendingRedirect(2_000, store)).toBeNull();
  });

  it.each([
    ["older than half an hour (the admin left Microsoft's page)", JSON.stringify({ resume: "sign-in", startedAt: 0 }), 31 * 60_000],
    ["an unknown action", JSON.stringify({ resume: "delete-tenant", startedAt: 0 }), 1],
    ["unreadable", "{nope", 1],
  ])("forgets a note that is %s", (_, raw, now) => {
    const store = memory();
    store.data.set(REDIRECT_MARKER_KEY, raw);
    expect(readPendingRedirect(now, store)).toBeNull();
  });

  it("never throws when storage is refused", () => {
    const refusing = {
      getItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
      removeItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
    };
    expect(() => writePendingRedirect("sign-in", 0, refusing)).not.toThrow();
    expect(readPendingRedirect(0, refusing)).toBeNull();
    expect(() => clearPendingRedirect(refusing)).not.toThrow();
  });
});
