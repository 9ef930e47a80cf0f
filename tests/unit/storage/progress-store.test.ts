import { afterEach, describe, expect, it, vi } from "vitest";
import { emptyProgress } from "../../../src/domain/progress/model.ts";
import type { Progress } from "../../../src/domain/progress/model.ts";
import type { RestoreResult } from "../../../src/domain/progress/restore.ts";
import { MAX_SAVED_CHARS } from "../../../src/domain/progress/validation.ts";
import { createProgressStore, DEFAULT_PROGRESS_KEY } from "../../../src/services/storage/progress-store.ts";
import { createSafeStorage } from "../../../src/services/storage/safe-storage.ts";
import { FakeStorage, quotaError, securityError, storedText } from "./fake-storage.ts";

const KEY = DEFAULT_PROGRESS_KEY;
const NOW = new Date("2026-02-03T04:05:06.007Z");
const LATER = new Date("2026-02-04T00:00:00.000Z");

const sample = (owner = "Sam"): Progress => ({
  ...emptyProgress(),
  items: {
    "project-plan": { status: "in-progress", owner, dueDate: "", notes: "", evidenceUrl: "", updatedAt: "2026-02-01T00:00:00.000Z" },
  },
  updatedAt: "2026-02-01T00:00:00.000Z",
});

function setup(prefill: Record<string, string> = {}) {
  const fake = new FakeStorage();
  for (const [k, v] of Object.entries(prefill)) fake.map.set(k, v);
  const store = createProgressStore({ storage: createSafeStorage(() => fake), win: window });
  return { fake, store };
}

describe("progress store: save and load", () => {
  it("loads what it saved", () => {
    const { store, fake } = setup();
    expect(store.load()).toEqual({ kind: "empty", progress: emptyProgress() });
    expect(store.save(sample(), NOW)).toEqual({ ok: true });
    expect(JSON.parse(fake.map.get(KEY) ?? "null")).toMatchObject({ version: 4, savedAt: NOW.toISOString(), itemIds: ["project-plan"] });
    expect(JSON.parse(fake.map.get(`${KEY}:item:project-plan`) ?? "null")).toEqual({ item: sample().items["project-plan"] });
    expect(store.load()).toEqual({ kind: "restored", progress: sample(), migratedFrom: null, repaired: [], raw: storedText(fake) });
  });

  it("uses a custom key", () => {
    const fake = new FakeStorage();
    const store = createProgressStore({ storage: createSafeStorage(() => fake), key: "other" });
    store.save(sample(), NOW);
    expect([...fake.map.keys()].sort()).toEqual(["other", "other:item:project-plan"]);
  });

  it("refuses to write progress it could not read back", () => {
    const { store, fake } = setup();
    const huge = { ...sample(), meta: { organization: "x".repeat(MAX_SAVED_CHARS), tenantName: "", preparedBy: "" } };
    expect(store.save(huge, NOW)).toEqual({ ok: false, reason: "too-large" });
    expect(fake.map.has(KEY)).toBe(false);
  });

  it.each([
    ["blocked (SecurityError)", (fake: FakeStorage) => (fake.failSet = securityError), "unavailable"],
    ["full (quota)", (fake: FakeStorage) => (fake.failSet = quotaError), "quota"],
  ] as const)("keeps working when storage is %s", (_label, breakIt, reason) => {
    const fake = new FakeStorage();
    breakIt(fake);
    const store = createProgressStore({ storage: createSafeStorage(() => fake) });
    expect(store.available).toBe(false);
    expect(store.load().kind).toBe("empty");
    expect(store.save(sample(), NOW)).toEqual({ ok: false, reason });
  });
});

describe("progress store: unreadable data is never silently overwritten", () => {
  const broken = "{\"version\":2,\"savedAt\":\"2026-01-01T00:00:00Z\",\"data\":{\"items\":";

  it("keeps the raw text aside under a dated key and lists it", () => {
    const { store, fake } = setup({ [KEY]: broken });
    const result = store.load();
    expect(result).toMatchObject({ kind: "unreadable", problem: "not-json", raw: broken });
    const aside = store.keepAside(broken, NOW);
    expect(aside).toBe(`${KEY}:recovered:${NOW.toISOString()}`);
    expect(fake.map.get(aside ?? "")).toBe(broken);
    expect(store.readRecovered(aside ?? "")).toBe(broken);
    expect(store.listRecovered()).toEqual([{ key: aside, savedAt: NOW.toISOString() }]);
  });

  it("does not store the same text twice, and lists the newest first", () => {
    const { store } = setup();
    const first = store.keepAside("first", NOW);
    expect(store.keepAside("first", LATER)).toBe(first);
    const second = store.keepAside("second", LATER);
    const third = store.keepAside("third", LATER);
    expect(third).toBe(`${second}#2`);
    expect(store.listRecovered().map((e) => e.key)).toEqual([third, second, first]);
    store.removeRecovered(second ?? "");
    expect(store.listRecovered().map((e) => e.key)).toEqual([third, first]);
  });

  it("only reads and removes its own recovered keys", () => {
    const { store, fake } = setup({ unrelated: "keep me" });
    expect(store.readRecovered("unrelated")).toBeNull();
    store.removeRecovered("unrelated");
    expect(fake.map.get("unrelated")).toBe("keep me");
  });

  it("keeps the text aside by itself before the first save replaces it", () => {
    const { store, fake } = setup({ [KEY]: broken });
    store.load();
    expect(store.save(sample(), NOW)).toEqual({ ok: true });
    expect(store.listRecovered()).toHaveLength(1);
    expect(fake.map.get(`${KEY}:recovered:${NOW.toISOString()}`)).toBe(broken);
    expect(store.load().kind).toBe("restored");
  });

  it("does not overwrite when the text cannot be kept aside, until the user lets it go", () => {
    const bigBroken = `${broken}${" ".repeat(500)}`;
    const { store, fake } = setup({ [KEY]: bigBroken });
    fake.maxValueLength = 400; // room for a normal save, not for the copy
    store.load();
    expect(store.keepAside(bigBroken, NOW)).toBeNull();
    expect(store.save(sample(), NOW)).toEqual({ ok: false, reason: "quota" });
    expect(fake.map.get(KEY)).toBe(bigBroken);
    store.discardUnreadable();
    expect(store.save(sample(), NOW)).toEqual({ ok: true });
    expect(store.load().kind).toBe("restored");
  });
});

describe("progress store: other tabs", () => {
  const unsubscribers: (() => void)[] = [];
  afterEach(() => unsubscribers.splice(0).forEach((off) => off()));

  const listen = (store: ReturnType<typeof setup>["store"]) => {
    const seen: RestoreResult[] = [];
    unsubscribers.push(store.subscribe((r) => seen.push(r)));
    return seen;
  };
  const fire = (init: StorageEventInit) => window.dispatchEvent(new StorageEvent("storage", init));

  it("reports another tab's save of this key, restored", () => {
    const { store, fake } = setup();
    const seen = listen(store);
    // Tabs of one site share its storage; the event carries the main key's new text.
    createProgressStore({ storage: createSafeStorage(() => fake) }).save(sample("Other tab"), NOW);
    fire({ key: KEY, newValue: fake.map.get(KEY) ?? null });
    expect(seen).toEqual([{ kind: "restored", progress: sample("Other tab"), migratedFrom: null, repaired: [], raw: storedText(fake) }]);
  });

  it.each<[string, StorageEventInit, RestoreResult["kind"] | null]>([
    ["another key", { key: "something-else", newValue: "x" }, null],
    ["a recovered copy", { key: `${KEY}:recovered:2026-01-01T00:00:00.000Z`, newValue: "x" }, null],
    ["removal of the progress", { key: KEY, newValue: null }, "empty"],
    ["a clear of all storage", { key: null }, "empty"],
    ["unreadable text", { key: KEY, newValue: "{oops" }, "unreadable"],
  ])("on %s reports %s", (_label, init, kind) => {
    const { store } = setup();
    const seen = listen(store);
    fire(init);
    expect(seen.map((r) => r.kind)).toEqual(kind === null ? [] : [kind]);
  });

  it("stops listening after unsubscribe", () => {
    const { store } = setup();
    const onExternal = vi.fn();
    const off = store.subscribe(onExternal);
    off();
    fire({ key: KEY, newValue: null });
    expect(onExternal).not.toHaveBeenCalled();
  });

  it("listens on the global window by default", () => {
    const store = createProgressStore({ storage: createSafeStorage(() => new FakeStorage()) });
    const onExternal = vi.fn();
    unsubscribers.push(store.subscribe(onExternal));
    fire({ key: KEY, newValue: null });
    expect(onExternal).toHaveBeenCalledWith({ kind: "empty", progress: emptyProgress() });
  });
});
