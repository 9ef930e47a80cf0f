import { describe, expect, it } from "vitest";
import { createBrowserStorage, createSafeStorage } from "../../../src/services/storage/safe-storage.ts";
import { FakeStorage, quotaError, securityError } from "./fake-storage.ts";

describe("createSafeStorage", () => {
  it("reads, writes, lists and removes, leaving no probe behind", () => {
    const fake = new FakeStorage();
    const storage = createSafeStorage(() => fake);
    expect(storage.available).toBe(true);
    expect(storage.keys()).toEqual([]);
    expect(storage.set("a", "1")).toEqual({ ok: true });
    expect(storage.get("a")).toBe("1");
    expect(storage.keys()).toEqual(["a"]);
    storage.remove("a");
    expect(storage.get("a")).toBeNull();
  });

  it.each([
    ["accessing localStorage throws SecurityError", () => { throw securityError(); }],
    ["there is no storage at all", () => null],
  ])("works without storage when %s", (_label, getStorage) => {
    const storage = createSafeStorage(getStorage);
    expect(storage.available).toBe(false);
    expect(storage.get("a")).toBeNull();
    expect(storage.set("a", "1")).toEqual({ ok: false, reason: "unavailable" });
    expect(() => storage.remove("a")).not.toThrow();
    expect(storage.keys()).toEqual([]);
  });

  it("never throws when every call on the storage throws SecurityError", () => {
    const fake = new FakeStorage();
    fake.failGet = securityError;
    fake.failSet = securityError;
    const storage = createSafeStorage(() => fake);
    expect(storage.available).toBe(false);
    expect(storage.get("a")).toBeNull();
    expect(storage.set("a", "1")).toEqual({ ok: false, reason: "unavailable" });
    expect(() => storage.remove("a")).not.toThrow();
  });

  it.each([
    ["QuotaExceededError", quotaError],
    ["Firefox's NS_ERROR_DOM_QUOTA_REACHED", () => Object.assign(new Error("full"), { name: "NS_ERROR_DOM_QUOTA_REACHED" })],
    ["a legacy code 22 error", () => Object.assign(new Error("full"), { code: 22 })],
  ])("reports a full storage (%s) as quota but can still read what was saved", (_label, error) => {
    const fake = new FakeStorage();
    fake.map.set("progress", "saved earlier");
    fake.failSet = error;
    const storage = createSafeStorage(() => fake);
    expect(storage.available).toBe(false);
    expect(storage.set("progress", "new")).toEqual({ ok: false, reason: "quota" });
    expect(storage.get("progress")).toBe("saved earlier");
    expect(storage.keys()).toEqual(["progress"]);
  });

  it("reports quota for one large value while smaller writes still succeed", () => {
    const fake = new FakeStorage();
    fake.maxValueLength = 10;
    const storage = createSafeStorage(() => fake);
    expect(storage.available).toBe(true);
    expect(storage.set("big", "x".repeat(11))).toEqual({ ok: false, reason: "quota" });
    expect(storage.set("small", "x")).toEqual({ ok: true });
  });
});

describe("createBrowserStorage", () => {
  it("uses window.localStorage", () => {
    const storage = createBrowserStorage();
    expect(storage.available).toBe(true);
    storage.set("k", "v");
    expect(localStorage.getItem("k")).toBe("v");
  });
});
