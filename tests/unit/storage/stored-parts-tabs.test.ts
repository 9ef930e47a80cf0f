import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import type { ItemId } from "../../../src/domain/catalog/ids.ts";
import { mergeProgress } from "../../../src/domain/progress/merge.ts";
import { emptyProgress } from "../../../src/domain/progress/model.ts";
import { restore } from "../../../src/domain/progress/restore.ts";
import { createProgressSession } from "../../../src/services/storage/progress-session.ts";
import { createProgressStore, DEFAULT_PROGRESS_KEY } from "../../../src/services/storage/progress-store.ts";
import { createSafeStorage, type StorageLike } from "../../../src/services/storage/safe-storage.ts";
import { FakeStorage, storedText } from "./fake-storage.ts";

// Tabs of one site sharing one storage, saved in parts (src/domain/progress/stored.ts). Each write queues a storage
// event for every other tab, delivered when the test says: browsers deliver them later, in write order, so a tab may
// save while another tab's events are still on their way.

if (process.env.FC_SEED) fc.configureGlobal({ seed: Number(process.env.FC_SEED) });
const KEY = DEFAULT_PROGRESS_KEY;
const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 10, minute));
const offs: (() => void)[] = [];
afterEach(() => offs.splice(0).forEach((off) => off()));

function world() {
  const shared = new FakeStorage();
  let minute = 0;
  const inboxes: StorageEventInit[][] = [];
  function tab() {
    const win = new EventTarget() as unknown as Window;
    const inbox: StorageEventInit[] = [];
    inboxes.push(inbox);
    const emit = (key: string, newValue: string | null) => {
      if (key.startsWith(KEY)) for (const other of inboxes) if (other !== inbox) other.push({ key, newValue });
    };
    const storage: StorageLike = {
      get length() {
        return shared.length;
      },
      key: (i) => shared.key(i),
      getItem: (k) => shared.getItem(k),
      setItem(k, v) {
        const old = shared.map.get(k) ?? null;
        shared.setItem(k, v);
        if (old !== v) emit(k, v);
      },
      removeItem(k) {
        const old = shared.map.get(k) ?? null;
        shared.removeItem(k);
        if (old !== null) emit(k, null);
      },
    };
    const session = createProgressSession(createProgressStore({ storage: createSafeStorage(() => storage), win }), () => at(minute));
    const disconnect = session.connect();
    offs.push(disconnect);
    const fire = (init: StorageEventInit) => win.dispatchEvent(new StorageEvent("storage", init));
    return {
      session,
      inbox,
      deliver: () => {
        while (inbox.length) fire(inbox.shift() as StorageEventInit);
      },
      deliverNext: () => inbox.length > 0 && fire(inbox.shift() as StorageEventInit),
      edit: (id: ItemId, patch: Record<string, string>) => session.dispatch({ type: "item/update", id, patch }),
      /** The tab is closed (or reloaded): it hears nothing more. */
      close() {
        disconnect();
        inboxes.splice(inboxes.indexOf(inbox), 1);
        inbox.length = 0;
      },
    };
  }
  type Tab = ReturnType<typeof tab>;
  const settle = (...tabs: Tab[]) => {
    for (let i = 0; i < 50 && tabs.some((t) => t.inbox.length); i++) tabs.forEach((t) => t.deliver());
  };
  return { shared, tab, settle, tick: (to: number) => (minute = to) };
}

const stored = (fake: FakeStorage) => {
  const result = restore(storedText(fake));
  if (result.kind === "unreadable") throw new Error(`storage reads as unreadable: ${result.reason}`);
  return result.progress;
};

describe("saves in parts across tabs", () => {
  it("two tabs editing different fields of one item keep both edits", () => {
    const w = world();
    const [a, b] = [w.tab(), w.tab()];
    a.edit("project-plan", { status: "in-progress", notes: "old" });
    w.settle(a, b);
    w.tick(2);
    b.edit("project-plan", { status: "done" });
    w.tick(3);
    // Before B's events arrive.
    a.edit("project-plan", { notes: "A's note" });
    w.settle(a, b);
    w.tick(4);
    a.edit("ade-token", { owner: "Dana" });
    w.settle(a, b);
    for (const items of [a.session.getSnapshot().progress.items, b.session.getSnapshot().progress.items, stored(w.shared).items]) {
      expect(items["project-plan"]).toMatchObject({ status: "done", notes: "A's note" });
    }
  });

  it("a removal arriving late does not write an older item over a newer one", () => {
    const w = world();
    const [a, b] = [w.tab(), w.tab()];
    a.edit("project-plan", { notes: "first" });
    w.settle(a, b);
    w.tick(1);
    expect(b.session.startOver().ok).toBe(true);
    // A hears B's main key, not yet the removals that follow it.
    while (a.inbox[0]?.key !== KEY) a.deliverNext();
    a.deliverNext();
    w.tick(2);
    a.edit("project-plan", { notes: "A after start over" });
    b.deliver();
    w.tick(3);
    b.edit("project-plan", { status: "done" });
    w.settle(a, b);
    expect(stored(w.shared).items["project-plan"]).toMatchObject({ status: "done", notes: "A after start over" });
  });

  it("a tab closed before it heard another tab's edit of the same item loses nothing", () => {
    const w = world();
    const [a, b] = [w.tab(), w.tab()];
    a.edit("project-plan", { owner: "Sam" });
    w.settle(a, b);
    w.tick(1);
    a.edit("project-plan", { notes: "A's note" });
    w.tick(2);
    // B had not heard of A's note: its save writes the item over A's.
    b.edit("project-plan", { status: "done" });
    a.close();
    w.settle(b);
    const c = w.tab();
    w.settle(b, c);
    expect(stored(w.shared).items["project-plan"]).toMatchObject({ status: "done", notes: "A's note", owner: "Sam" });
  });

  it("a damaged main key does not cost the items saved intact under their own keys: they are kept, readable", () => {
    const fake = new FakeStorage();
    const open = (minute: number) => createProgressSession(createProgressStore({ storage: createSafeStorage(() => fake) }), () => at(minute));
    open(0).dispatch({ type: "item/update", id: "project-plan", patch: { notes: "weeks of notes" } });
    fake.map.set(KEY, (fake.map.get(KEY) ?? "").slice(0, -3));
    const second = open(1);
    expect(second.getSnapshot().recovery).not.toBeNull();
    // The first save after it (dismissing the banner, or any edit).
    second.dismissRecovery();
    const kept = second.keptCopies().find((copy) => copy.readable && copy.progress.items["project-plan"]?.notes === "weeks of notes");
    expect(kept).toBeDefined();
  });

  const ITEMS: ItemId[] = ["project-plan", "ade-token", "vpp-token"];
  // Every edit writes a value never written before. What must survive is every write any tab made: the merge (a
  // join: per field, the later write) of every state any tab was in. A Start over removes the fields that tab knows
  // of, as the merge model says (fields.ts); an edit it had not heard of yet survives it.
  const FIELDS = ["owner", "notes"] as const;
  const step = fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant("edit" as const), tab: fc.nat(2), item: fc.nat(ITEMS.length - 1), field: fc.nat(FIELDS.length - 1) }) },
    { weight: 6, arbitrary: fc.record({ kind: fc.constant("deliver" as const), tab: fc.nat(2), count: fc.integer({ min: 1, max: 4 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("start-over" as const), tab: fc.nat(2) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("reload" as const), tab: fc.nat(2) }) },
  );

  it("whatever order the events arrive in, and tabs reloading, three tabs end up agreeing with storage, and no write is lost", () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
        offs.splice(0).forEach((off) => off());
        const w = world();
        const tabs = [w.tab(), w.tab(), w.tab()];
        let everything = emptyProgress();
        const latest = new Map<string, string>();
        steps.forEach((s, minute) => {
          w.tick(minute + 1);
          const tab = tabs[s.tab] as (typeof tabs)[number];
          if (s.kind === "deliver") {
            for (let i = 0; i < s.count; i++) tab.deliverNext();
          } else if (s.kind === "reload") {
            tab.close();
            tabs[s.tab] = w.tab();
          } else if (s.kind === "start-over") {
            expect(tab.session.startOver().ok).toBe(true);
            latest.clear();
          } else {
            const [id, field] = [ITEMS[s.item] as ItemId, FIELDS[s.field] as (typeof FIELDS)[number]];
            const value = `${field} written at minute ${minute + 1}`;
            tab.edit(id, { [field]: value });
            latest.set(`${id}/${field}`, value);
          }
          for (const t of tabs) everything = mergeProgress(everything, t.session.getSnapshot().progress);
        });
        w.settle(...tabs);
        const final = stored(w.shared);
        for (const tab of tabs) expect(tab.session.getSnapshot().progress.items).toEqual(final.items);
        expect(final.items).toEqual(everything.items);
        // Plainly: every field's latest edit since the last Start over is there.
        for (const [path, value] of latest) {
          const [id, field] = path.split("/") as [ItemId, (typeof FIELDS)[number]];
          expect(final.items[id]?.[field], path).toBe(value);
        }
      }),
      { numRuns: Math.round(150 * Number(process.env.FC_SCALE ?? 1)) },
    );
  }, 120_000);
});
