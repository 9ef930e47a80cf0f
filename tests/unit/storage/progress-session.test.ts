import { describe, expect, it } from "vitest";
import { emptyProgress, type Progress } from "../../../src/domain/progress/model.ts";
import { restore, serialize } from "../../../src/domain/progress/restore.ts";
import { COPY_REFUSED, createProgressSession } from "../../../src/services/storage/progress-session.ts";
import { beyondRetention, createProgressStore, DEFAULT_PROGRESS_KEY, RETENTION } from "../../../src/services/storage/progress-store.ts";
import { createSafeStorage } from "../../../src/services/storage/safe-storage.ts";
import { FakeStorage, quotaError, securityError, storedText } from "./fake-storage.ts";

// The progress session without React: every rule of saving, copies, merges, undo and other tabs.

const KEY = DEFAULT_PROGRESS_KEY;
const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 10, minute));

function setup(fake = new FakeStorage(), start = 0) {
  const win = new EventTarget() as unknown as Window;
  let minute = start;
  const clock = () => at(minute);
  const session = createProgressSession(createProgressStore({ storage: createSafeStorage(() => fake), win }), clock);
  const disconnect = session.connect();
  /** Delivers what another tab wrote to this tab, as the browser's storage event does. */
  const deliver = (newValue: string | null) => win.dispatchEvent(new StorageEvent("storage", { key: KEY, newValue }));
  return { fake, session, deliver, disconnect, tick: (to: number) => (minute = to) };
}

const saved = (fake: FakeStorage): Progress => {
  const result = restore(storedText(fake));
  if (result.kind === "unreadable") throw new Error(result.reason);
  return result.progress;
};
const copies = (fake: FakeStorage) => [...fake.map.keys()].filter((k) => k.includes(":recovered:"));

describe("progress session: saving", () => {
  it("saves every change and tells subscribers; the snapshot is stable between changes", () => {
    const { fake, session } = setup();
    let calls = 0;
    session.subscribe(() => calls++);
    const before = session.getSnapshot();
    expect(session.getSnapshot()).toBe(before);
    session.dispatch({ type: "item/update", id: "project-plan", patch: { owner: "Sam" } });
    expect(calls).toBe(1);
    expect(saved(fake).items["project-plan"]?.owner).toBe("Sam");
    session.dispatch({ type: "item/update", id: "project-plan", patch: { owner: "Sam" } });
    expect(calls).toBe(1);
  });
});

describe("progress session: a copy before every Merge, Replace and Start over", () => {
  const filled = () => {
    const s = setup();
    s.session.dispatch({ type: "item/update", id: "project-plan", patch: { notes: "my notes" } });
    s.tick(5);
    return s;
  };
  const incoming = (): Progress => ({ ...emptyProgress(), items: { "vpp-token": { status: "done", owner: "", dueDate: "", notes: "", evidenceUrl: "", updatedAt: at(3).toISOString() } }, updatedAt: at(3).toISOString() });

  it.each([
    ["merge", (s: ReturnType<typeof filled>["session"]) => s.merge(incoming())],
    ["replace", (s: ReturnType<typeof filled>["session"]) => s.replace(incoming())],
    ["start over", (s: ReturnType<typeof filled>["session"]) => s.startOver()],
  ])("%s keeps a readable copy of the progress it changes, and its undo brings it back", (_label, act) => {
    const { fake, session } = filled();
    const before = session.getSnapshot().progress;
    const result = act(session);
    if (!result.ok) throw new Error(result.message);
    expect(result.keptAs).not.toBeNull();
    const copy = session.keptCopies().find((c) => c.key === result.keptAs);
    expect(copy?.readable && copy.progress).toEqual(before);
    const undone = result.undo();
    expect(undone.ok).toBe(true);
    expect(session.getSnapshot().progress.items["project-plan"]?.notes).toBe("my notes");
    expect(saved(fake).items["project-plan"]?.notes).toBe("my notes");
    // The copy would only duplicate what the undo brought back.
    expect(copies(fake)).toEqual([]);
  });

  it("merge leaves local notes alone and adds the incoming item", () => {
    const { session } = filled();
    const result = session.merge(incoming());
    expect(result.ok).toBe(true);
    const { items } = session.getSnapshot().progress;
    expect(items["project-plan"]?.notes).toBe("my notes");
    expect(items["vpp-token"]?.status).toBe("done");
  });

  it.each([
    ["merge", (s: ReturnType<typeof filled>["session"]) => s.merge(incoming())],
    ["replace", (s: ReturnType<typeof filled>["session"]) => s.replace(incoming())],
    ["start over", (s: ReturnType<typeof filled>["session"]) => s.startOver()],
  ])("%s is refused, changing nothing, when the copy cannot be stored (full quota)", (_label, act) => {
    const { fake, session } = filled();
    const before = session.getSnapshot().progress;
    const savedBefore = new Map(fake.map);
    fake.failSet = quotaError;
    expect(act(session)).toEqual({ ok: false, message: COPY_REFUSED });
    expect(session.getSnapshot().progress).toBe(before);
    expect(fake.map).toEqual(savedBefore);
  });

  it("with no storage at all (blocked site data) the change goes ahead in memory and says no copy was kept", () => {
    const { fake, session } = filled();
    fake.failSet = securityError;
    const result = session.startOver();
    expect(result).toMatchObject({ ok: true, keptAs: null });
    expect(session.getSnapshot().progress.items).toEqual({});
  });

  it("an undo after further edits keeps those edits as a copy first", () => {
    const { fake, session, tick } = filled();
    const result = session.startOver();
    if (!result.ok) throw new Error(result.message);
    tick(6);
    session.dispatch({ type: "item/update", id: "ade-token", patch: { owner: "edited after" } });
    tick(7);
    expect(result.undo().ok).toBe(true);
    const kept = session.keptCopies().filter((c) => c.readable && c.progress.items["ade-token"]?.owner === "edited after");
    expect(kept).toHaveLength(1);
    expect(saved(fake).items["project-plan"]?.notes).toBe("my notes");
  });

  it("restoring a kept copy keeps the current progress as a copy in turn", () => {
    const { session, tick } = filled();
    const result = session.startOver();
    if (!result.ok) throw new Error(result.message);
    tick(8);
    session.dispatch({ type: "item/update", id: "ade-token", patch: { owner: "new run" } });
    const restored = session.restoreKeptCopy(result.keptAs!);
    expect(restored.ok).toBe(true);
    expect(session.getSnapshot().progress.items["project-plan"]?.notes).toBe("my notes");
    expect(session.keptCopies().some((c) => c.readable && c.progress.items["ade-token"]?.owner === "new run")).toBe(true);
  });
});

describe("progress session: kept copies follow the visible retention rule", () => {
  it(`keeps the ${RETENTION.keepNewest} newest plus everything from the last ${RETENTION.keepDays} days`, () => {
    const fake = new FakeStorage();
    const copy = serialize({ ...emptyProgress(), meta: { organization: "old", tenantName: "", preparedBy: "" } }, at(0));
    const daysAgo = (d: number) => new Date(at(0).getTime() - d * 86_400_000).toISOString();
    for (let d = 40; d < 55; d++) fake.map.set(`${KEY}:recovered:${daysAgo(d)}`, `${copy} `.repeat(1) + d);
    for (let d = 1; d < 13; d++) fake.map.set(`${KEY}:recovered:${daysAgo(d)}`, `${copy}${" ".repeat(d)}`);
    const { session } = setup(fake);
    session.dispatch({ type: "meta/update", patch: { organization: "Contoso" } });
    const result = session.startOver();
    expect(result.ok).toBe(true);
    const kept = copies(fake).map((k) => k.split(":recovered:")[1] ?? "");
    // 1 new + 12 recent (all within 30 days); none of the 15 older ones, since the newest 10 are all recent.
    expect(kept).toHaveLength(13);
    expect(kept.every((iso) => Date.parse(iso) >= at(0).getTime() - 30 * 86_400_000)).toBe(true);
  });
});

describe("beyondRetention", () => {
  it("lets go only of copies that are neither among the newest nor recent", () => {
    const now = at(0);
    const entry = (daysAgo: number) => ({ key: `k${daysAgo}`, savedAt: new Date(now.getTime() - daysAgo * 86_400_000).toISOString() });
    const old = Array.from({ length: 12 }, (_, i) => entry(100 + i));
    expect(beyondRetention(old, now).map((e) => e.key)).toEqual(["k110", "k111"]);
    expect(beyondRetention([entry(1), ...old], now).map((e) => e.key)).toEqual(["k109", "k110", "k111"]);
  });
});

describe("progress session: other tabs", () => {
  it("two tabs editing different items at the same time lose nothing", () => {
    const shared = new FakeStorage();
    const tabA = setup(shared);
    const tabB = setup(shared);
    // Both edit before either hears of the other: B's save overwrites A's in storage.
    tabA.session.dispatch({ type: "item/update", id: "project-plan", patch: { notes: "A's note" } });
    const writtenByA = shared.map.get(KEY) ?? null;
    tabB.session.dispatch({ type: "item/update", id: "ade-token", patch: { owner: "B's owner" } });
    const writtenByB = shared.map.get(KEY) ?? null;
    // Then the storage events arrive, crossed.
    tabA.deliver(writtenByB);
    tabB.deliver(writtenByA);
    tabA.deliver(shared.map.get(KEY) ?? null);
    tabB.deliver(shared.map.get(KEY) ?? null);
    for (const progress of [saved(shared), tabA.session.getSnapshot().progress, tabB.session.getSnapshot().progress]) {
      expect(progress.items["project-plan"]?.notes).toBe("A's note");
      expect(progress.items["ade-token"]?.owner).toBe("B's owner");
    }
  });

  it("a save in a newer format stops this tab from writing, keeps that data aside and says why", () => {
    const { fake, session, deliver } = setup();
    const newer = JSON.stringify({ version: 99, savedAt: at(1).toISOString(), data: { future: true } });
    fake.map.set(KEY, newer);
    deliver(newer);
    const { persistence } = session.getSnapshot();
    expect(persistence).toMatchObject({ kind: "locked", reason: expect.stringMatching(/newer version/) });
    expect(copies(fake).map((k) => fake.map.get(k))).toContain(newer);
    session.dispatch({ type: "item/update", id: "project-plan", patch: { owner: "not written" } });
    expect(fake.map.get(KEY)).toBe(newer);
    deliver(serialize(emptyProgress(), at(2)));
    expect(session.getSnapshot().persistence.kind).toBe("locked");
  });

  it("finding a newer format at start-up locks too, without touching it", () => {
    const fake = new FakeStorage();
    const newer = JSON.stringify({ version: 99, savedAt: at(1).toISOString(), data: {} });
    fake.map.set(KEY, newer);
    const { session } = setup(fake);
    expect(session.getSnapshot().persistence.kind).toBe("locked");
    session.dispatch({ type: "meta/update", patch: { organization: "x" } });
    expect(fake.map.get(KEY)).toBe(newer);
  });
});

describe("progress session: restore per record", () => {
  it("loads the rest of a save with one invalid item, reports it and keeps the save as it was", () => {
    const fake = new FakeStorage();
    const raw = JSON.stringify({
      version: 3,
      savedAt: at(0).toISOString(),
      data: {
        ...emptyProgress(),
        items: {
          "project-plan": { status: "done", owner: "", dueDate: "2026-02-30", notes: "", evidenceUrl: "", updatedAt: at(0).toISOString() },
          "ade-token": { status: "blocked", owner: "Alex", dueDate: "", notes: "n".repeat(6_000), evidenceUrl: "", updatedAt: at(0).toISOString() },
        },
      },
    });
    fake.map.set(KEY, raw);
    const { session } = setup(fake);
    const { progress, repaired } = session.getSnapshot();
    expect(progress.items["project-plan"]).toMatchObject({ status: "done", dueDate: "" });
    expect(progress.items["ade-token"]).toMatchObject({ owner: "Alex", notes: "n".repeat(5_000) });
    expect(repaired?.notes.map((n) => n.path)).toEqual(["items/project-plan", "items/ade-token"]);
    expect(repaired?.keptAs && fake.map.get(repaired.keptAs)).toBe(raw);
  });
});

describe("progress session: a dismissed load banner stays dismissed", () => {
  it("dismissing the unreadable-save banner writes the shown progress over it; the next load is clean and the text stays kept", () => {
    const fake = new FakeStorage();
    fake.map.set(KEY, "{not json");
    const first = setup(fake).session;
    const keptAs = first.getSnapshot().recovery?.keptAs;
    expect(keptAs && fake.map.get(keptAs)).toBe("{not json");
    first.dismissRecovery();
    expect(first.getSnapshot()).toMatchObject({ recovery: null, persistence: { kind: "saved" } });
    expect(saved(fake)).toEqual(first.getSnapshot().progress);
    const next = setup(fake).session.getSnapshot();
    expect(next.recovery).toBeNull();
    expect(copies(fake).map((key) => fake.map.get(key))).toEqual(["{not json"]);
  });

  it("dismissing the repaired-save banner writes the repaired progress, so the same repair is not reported again", () => {
    const fake = new FakeStorage();
    const raw = JSON.stringify({
      version: 3,
      savedAt: at(0).toISOString(),
      data: { ...emptyProgress(), items: { "project-plan": { status: "done", owner: "", dueDate: "2026-02-30", notes: "", evidenceUrl: "", updatedAt: at(0).toISOString() } } },
    });
    fake.map.set(KEY, raw);
    const first = setup(fake).session;
    expect(first.getSnapshot().repaired?.notes).toHaveLength(1);
    first.dismissRepaired();
    expect(first.getSnapshot().repaired).toBeNull();
    expect(saved(fake).items["project-plan"]).toMatchObject({ status: "done", dueDate: "" });
    expect(setup(fake).session.getSnapshot().repaired).toBeNull();
    expect(copies(fake).map((key) => fake.map.get(key))).toEqual([raw]);
  });

  it("a tab locked by a newer format writes nothing when a banner is dismissed", () => {
    const fake = new FakeStorage();
    const { session, deliver } = setup(fake);
    const newer = JSON.stringify({ version: 999, savedAt: at(1).toISOString(), data: {} });
    fake.map.set(KEY, newer);
    deliver(newer);
    expect(session.getSnapshot().persistence.kind).toBe("locked");
    session.dismissRepaired();
    expect(fake.map.get(KEY)).toBe(newer);
  });
});
