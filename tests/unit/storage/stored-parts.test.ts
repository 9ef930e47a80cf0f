import { afterEach, describe, expect, it, vi } from "vitest";
import { emptyProgress, type ItemProgress, type Progress } from "../../../src/domain/progress/model.ts";
import { progressReducer } from "../../../src/domain/progress/reducer.ts";
import { restore, serialize } from "../../../src/domain/progress/restore.ts";
import { assembleStored, storedItemIds, storedParts } from "../../../src/domain/progress/stored.ts";
import { createProgressSession } from "../../../src/services/storage/progress-session.ts";
import { createProgressStore, DEFAULT_PROGRESS_KEY } from "../../../src/services/storage/progress-store.ts";
import { createSafeStorage } from "../../../src/services/storage/safe-storage.ts";
import { FakeStorage, quotaError, storedText } from "./fake-storage.ts";
import { readFixture } from "../progress/helpers.ts";

// Progress is saved in parts (src/domain/progress/stored.ts): one key per item, then the main key listing them.

const KEY = DEFAULT_PROGRESS_KEY;
const itemKey = (id: string) => `${KEY}:item:${id}`;
const NOW = new Date("2026-03-01T10:00:00.000Z");
const item = (notes: string, updatedAt = "2026-03-01T09:00:00.000Z"): ItemProgress => ({ status: "in-progress", owner: "Sam", dueDate: "", notes, evidenceUrl: "", updatedAt });
const progressWith = (items: Progress["items"]): Progress => ({ ...emptyProgress(), items, updatedAt: "2026-03-01T09:00:00.000Z" });
const itemKeys = (fake: FakeStorage) => [...fake.map.keys()].filter((k) => k.startsWith(`${KEY}:item:`)).sort();

function storeOn(fake: FakeStorage, win?: Window) {
  return createProgressStore({ storage: createSafeStorage(() => fake), win });
}

describe("a save in parts", () => {
  it("puts each item under its own key and the rest under the main key, which lists the items", () => {
    const fake = new FakeStorage();
    const progress = progressWith({ "project-plan": item("Kick-off on Monday"), "ade-token": item("token") });
    expect(storeOn(fake).save(progress, NOW)).toEqual({ ok: true });
    expect(itemKeys(fake)).toEqual([itemKey("ade-token"), itemKey("project-plan")]);
    const main = JSON.parse(fake.map.get(KEY) ?? "null") as Record<string, unknown>;
    expect(main).toMatchObject({ version: 4, savedAt: NOW.toISOString(), itemIds: ["project-plan", "ade-token"] });
    expect(JSON.stringify(main)).not.toContain("Kick-off");
    // Put together, it is exactly the one envelope a backup holds.
    expect(JSON.parse(storedText(fake) ?? "null")).toEqual(JSON.parse(serialize(progress, NOW)));
  });

  it.each([0, 1, 3])("counts the whole progress against the size limit, as the next load will (%i items)", (count) => {
    const ids = ["project-plan", "ade-token", "vpp-token"].slice(0, count);
    const progress = progressWith(Object.fromEntries(ids.map((id) => [id, item("x".repeat(1_000))])));
    const { chars } = storedParts(progress, NOW, "tab.1");
    // Never less (a save the next load could not read), and only a little more.
    expect(chars).toBeGreaterThanOrEqual(serialize(progress, NOW).length);
    expect(chars).toBeLessThanOrEqual(serialize(progress, NOW).length + 40 * (count + 1));
  });

  it("writes only the item an edit changed, and the main key", () => {
    const fake = new FakeStorage();
    const store = storeOn(fake);
    let progress = progressWith({ "project-plan": item("plan"), "ade-token": item("token"), "vpp-token": item("vpp") });
    store.save(progress, NOW);
    const written = vi.spyOn(fake, "setItem");
    progress = progressReducer(progress, { type: "item/update", id: "ade-token", patch: { notes: "token renewed" }, at: "2026-03-01T10:01:00.000Z" });
    store.save(progress, NOW);
    expect(written.mock.calls.map(([k]) => k)).toEqual([itemKey("ade-token"), KEY]);
  });

  it("lets go of the keys of items a save no longer has", () => {
    const fake = new FakeStorage();
    const store = storeOn(fake);
    store.save(progressWith({ "project-plan": item("plan"), "ade-token": item("token") }), NOW);
    store.save(progressWith({ "ade-token": item("token") }), NOW);
    expect(itemKeys(fake)).toEqual([itemKey("ade-token")]);
  });

  it("after Start over, an item's part keeps only when its fields were cleared (for merges), none of their text", () => {
    const fake = new FakeStorage();
    const store = storeOn(fake);
    const progress = progressWith({ "project-plan": item("Kick-off on Monday") });
    store.save(progress, NOW);
    store.save(progressReducer(progress, { type: "start-over", at: "2026-03-01T10:05:00.000Z" }), NOW);
    const parts = itemKeys(fake).map((k) => JSON.parse(fake.map.get(k) ?? "null") as Record<string, unknown>);
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) {
      expect(Object.keys(part)).toEqual(["clock"]);
      expect(Object.values(part.clock as Record<string, string>).every((t) => t === "2026-03-01T10:05:00.000Z")).toBe(true);
    }
    expect(JSON.stringify([...fake.map.entries()].filter(([k]) => !k.includes(":recovered:")))).not.toContain("Kick-off");
  });

  it("reads in a part the main key does not list (saved over by a tab that had not heard of that item)", () => {
    const fake = new FakeStorage();
    storeOn(fake).save(progressWith({ "project-plan": item("plan") }), NOW);
    fake.map.set(itemKey("ade-token"), JSON.stringify({ item: item("written by a tab the last save had not heard of") }));
    const store = storeOn(fake);
    const loaded = store.load();
    expect(loaded.kind === "restored" && loaded.progress.items["ade-token"]?.notes).toBe("written by a tab the last save had not heard of");
    expect(loaded.kind === "restored" && loaded.progress.items["project-plan"]?.notes).toBe("plan");
    store.save(loaded.kind === "restored" ? loaded.progress : emptyProgress(), NOW);
    expect(storedItemIds(fake.map.get(KEY) ?? null)).toEqual(["project-plan", "ade-token"]);
  });

  it("reads the format-4 layout as written by this release (frozen: later builds must still read it)", () => {
    const fake = new FakeStorage();
    fake.map.set(
      KEY,
      '{"version":4,"savedAt":"2026-03-01T10:00:00.000Z","rev":"k3x9.7","itemIds":["project-plan","ade-token"],"data":{"decisions":{},"verification":{},"meta":{"organization":"Contoso","tenantName":"","preparedBy":""},"updatedAt":"2026-03-01T09:30:00.000Z","clock":{"meta/tenantName":"2026-02-01T00:00:00.000Z"}}}',
    );
    fake.map.set(
      itemKey("project-plan"),
      '{"item":{"status":"done","owner":"Sam","dueDate":"","notes":"Signed off","evidenceUrl":"","updatedAt":"2026-03-01T09:30:00.000Z"},"clock":{"items/project-plan/owner":"2026-02-20T08:00:00.000Z"}}',
    );
    fake.map.set(itemKey("ade-token"), '{"clock":{"items/ade-token/status":"2026-02-25T08:00:00.000Z"}}');
    expect(storeOn(fake).load()).toMatchObject({
      kind: "restored",
      migratedFrom: null,
      repaired: [],
      progress: {
        items: { "project-plan": { status: "done", owner: "Sam", notes: "Signed off", updatedAt: "2026-03-01T09:30:00.000Z" } },
        meta: { organization: "Contoso" },
        clock: {
          "meta/tenantName": "2026-02-01T00:00:00.000Z",
          "items/project-plan/owner": "2026-02-20T08:00:00.000Z",
          "items/ade-token/status": "2026-02-25T08:00:00.000Z",
        },
      },
    });
  });

  it("reads an older one-envelope save, and saves it in parts from then on", () => {
    const fake = new FakeStorage();
    fake.map.set(KEY, readFixture(3));
    const store = storeOn(fake);
    const loaded = store.load();
    expect(loaded).toMatchObject({ kind: "restored", migratedFrom: 3 });
    if (loaded.kind !== "restored") return;
    store.save(loaded.progress, NOW);
    expect(itemKeys(fake)).toHaveLength(Object.keys(loaded.progress.items).length);
    expect(restore(storedText(fake))).toMatchObject({ kind: "restored", progress: loaded.progress, migratedFrom: null });
  });

  it("sets aside one damaged item and keeps every other one", () => {
    const fake = new FakeStorage();
    storeOn(fake).save(progressWith({ "project-plan": item("plan"), "ade-token": item("token") }), NOW);
    fake.map.set(itemKey("ade-token"), "{\"status\":");
    const loaded = storeOn(fake).load();
    expect(loaded).toMatchObject({ kind: "restored", repaired: [{ path: "items/ade-token", action: "set aside" }] });
    expect(loaded.kind === "restored" && loaded.progress.items["project-plan"]?.notes).toBe("plan");
  });

  it("leaves a newer format's main key whole, so restore() says it is newer", () => {
    const newer = JSON.stringify({ version: 99, savedAt: NOW.toISOString(), itemIds: ["project-plan"], data: {} });
    expect(assembleStored(newer, () => "{}")).toBe(newer);
    const fake = new FakeStorage();
    fake.map.set(KEY, newer);
    expect(storeOn(fake).load()).toMatchObject({ kind: "unreadable", problem: "newer-version", raw: newer });
  });

  it("writes nothing more once an item cannot be stored (full quota), and says so", () => {
    const fake = new FakeStorage();
    const store = storeOn(fake);
    store.save(progressWith({ "project-plan": item("plan") }), NOW);
    const mainBefore = fake.map.get(KEY);
    fake.failSet = quotaError;
    expect(store.save(progressWith({ "project-plan": item("plan, longer now") }), NOW)).toEqual({ ok: false, reason: "quota" });
    fake.failSet = null;
    expect(fake.map.get(KEY)).toBe(mainBefore);
    expect(restore(storedText(fake))).toMatchObject({ kind: "restored", progress: { items: { "project-plan": { notes: "plan" } } } });
  });
});

describe("a save in parts that fails part-way", () => {
  it("puts back the parts it wrote, so storage holds the last whole save, not half of this one", () => {
    const fake = new FakeStorage();
    const store = storeOn(fake);
    store.save(progressWith({ "project-plan": item("plan v0"), "ade-token": item("token v0") }), NOW);
    const before = new Map(fake.map);
    fake.maxValueLength = 1_500;
    const replaced = progressWith({ "project-plan": item("plan replaced"), "ade-token": item("x".repeat(2_000)) });
    expect(store.save(replaced, NOW)).toEqual({ ok: false, reason: "quota" });
    expect(fake.map).toEqual(before);
    // And the next save that fits writes every changed part again.
    fake.maxValueLength = Number.POSITIVE_INFINITY;
    expect(store.save(replaced, NOW)).toEqual({ ok: true });
    expect(restore(storedText(fake))).toMatchObject({ progress: { items: { "project-plan": { notes: "plan replaced" } } } });
  });

  it("an undo whose save fails keeps the copy it would have let go", () => {
    const fake = new FakeStorage();
    const session = createProgressSession(storeOn(fake), () => NOW);
    session.dispatch({ type: "item/update", id: "project-plan", patch: { notes: "n".repeat(3_000) } });
    const started = session.startOver();
    if (!started.ok) throw new Error(started.message);
    fake.maxValueLength = 2_000;
    const undone = started.undo();
    expect(undone).toMatchObject({ ok: true, keptAs: started.keptAs });
    expect(session.getSnapshot().persistence).toEqual({ kind: "memory-only", reason: "quota" });
    expect(session.keptCopies().map((copy) => copy.key)).toContain(started.keptAs);
  });
});

describe("a save in parts across tabs", () => {
  const offs: (() => void)[] = [];
  afterEach(() => offs.splice(0).forEach((off) => off()));

  // One clock for all tabs, a minute on for every reading, so every edit has its own time.
  let minutes = 0;
  const clock = () => new Date(NOW.getTime() + ++minutes * 60_000);
  function tab(shared: FakeStorage) {
    const win = new EventTarget() as unknown as Window;
    const session = createProgressSession(storeOn(shared, win), clock);
    offs.push(session.connect());
    const fire = (key: string, newValue: string | null) => win.dispatchEvent(new StorageEvent("storage", { key, newValue }));
    return { session, fire };
  }

  it("another tab's save is read with its items, which that tab wrote before its main key", () => {
    const shared = new FakeStorage();
    const a = tab(shared);
    const b = tab(shared);
    b.session.dispatch({ type: "item/update", id: "vpp-token", patch: { notes: "from B" } });
    a.fire(KEY, shared.map.get(KEY) ?? null);
    expect(a.session.getSnapshot().progress.items["vpp-token"]?.notes).toBe("from B");
  });

  it("an item another tab removes while this tab's own save still lists it is written back", () => {
    const shared = new FakeStorage();
    const a = tab(shared);
    a.session.dispatch({ type: "item/update", id: "project-plan", patch: { notes: "A's plan" } });
    const text = shared.map.get(itemKey("project-plan")) ?? null;
    // A removal arriving late (say, from a Start over in a tab this one has already merged in).
    shared.map.delete(itemKey("project-plan"));
    a.fire(itemKey("project-plan"), null);
    expect(shared.map.get(itemKey("project-plan"))).toBe(text);
    expect(restore(storedText(shared))).toMatchObject({ progress: { items: { "project-plan": { notes: "A's plan" } } } });
  });

  it("an item another tab writes is not overwritten by this tab's older copy before that tab's main key arrives", () => {
    const shared = new FakeStorage();
    const a = tab(shared);
    const b = tab(shared);
    a.session.dispatch({ type: "item/update", id: "project-plan", patch: { notes: "first" } });
    b.fire(KEY, shared.map.get(KEY) ?? null);
    b.session.dispatch({ type: "item/update", id: "project-plan", patch: { notes: "B's newer text" } });
    const newer = shared.map.get(itemKey("project-plan")) ?? null;
    a.fire(itemKey("project-plan"), newer);
    // A saves an edit of another item in between.
    a.session.dispatch({ type: "item/update", id: "ade-token", patch: { owner: "Dana" } });
    expect(shared.map.get(itemKey("project-plan"))).toBe(newer);
    a.fire(KEY, shared.map.get(KEY) ?? null);
    const final = restore(storedText(shared));
    expect(final).toMatchObject({ progress: { items: { "project-plan": { notes: "B's newer text" }, "ade-token": { owner: "Dana" } } } });
  });
});
