import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { emptyProgress, type Progress } from "../../../src/domain/progress/model.ts";
import { progressReducer } from "../../../src/domain/progress/reducer.ts";
import { restore, serialize } from "../../../src/domain/progress/restore.ts";
import { createProgressSession, TYPING_SAVE } from "../../../src/services/storage/progress-session.ts";
import { createProgressStore, DEFAULT_PROGRESS_KEY } from "../../../src/services/storage/progress-store.ts";
import { createSafeStorage } from "../../../src/services/storage/safe-storage.ts";
import { FakeStorage, storedText } from "./fake-storage.ts";

// Typing is written to storage when the typist pauses, never lost: the page going away, another tab's save and every
// Merge, Replace or Start over write it first.

const KEY = DEFAULT_PROGRESS_KEY;
const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 10, minute));
const TYPING = { typing: true } as const;

function setup(fake = new FakeStorage()) {
  const page = { visibilityState: "visible" as DocumentVisibilityState };
  const win = Object.assign(new EventTarget(), { document: page }) as unknown as Window;
  let minute = 0;
  const session = createProgressSession(createProgressStore({ storage: createSafeStorage(() => fake), win }), () => at(minute));
  const disconnect = session.connect();
  const hide = () => {
    page.visibilityState = "hidden";
    win.dispatchEvent(new Event("visibilitychange"));
  };
  const deliver = (newValue: string | null) => win.dispatchEvent(new StorageEvent("storage", { key: KEY, newValue }));
  const type = (notes: string) => session.dispatch({ type: "item/update", id: "project-plan", patch: { notes } }, TYPING);
  return { fake, win, session, disconnect, hide, deliver, type, tick: (to: number) => (minute = to) };
}

const saved = (fake: FakeStorage): Progress | null => {
  const result = restore(storedText(fake));
  if (result.kind === "unreadable") throw new Error(result.reason);
  return result.kind === "restored" ? result.progress : null;
};
const savedNotes = (fake: FakeStorage) => saved(fake)?.items["project-plan"]?.notes;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("typing is saved off the keystroke path", () => {
  it("changes the progress at once and writes it when the typist pauses", () => {
    const { fake, session, type } = setup();
    type("a");
    type("ab");
    expect(session.getSnapshot().progress.items["project-plan"]?.notes).toBe("ab");
    expect(fake.map.has(KEY)).toBe(false);
    vi.advanceTimersByTime(TYPING_SAVE.delayMs - 1);
    expect(fake.map.has(KEY)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(savedNotes(fake)).toBe("ab");
  });

  it("writes at least every maxWaitMs during a long burst", () => {
    const { fake, type } = setup();
    let text = "";
    for (let elapsed = 0; elapsed < TYPING_SAVE.maxWaitMs; elapsed += 100) {
      text += "x";
      type(text);
      vi.advanceTimersByTime(100);
    }
    expect(savedNotes(fake)?.length).toBeGreaterThan(0);
  });

  it("other changes are written at once, taking the typed text with them", () => {
    const { fake, session, type } = setup();
    type("draft");
    session.dispatch({ type: "item/update", id: "vpp-token", patch: { status: "done" } });
    expect(savedNotes(fake)).toBe("draft");
    expect(saved(fake)?.items["vpp-token"]?.status).toBe("done");
  });

  it("pagehide writes the typed text synchronously", () => {
    const { fake, win, type } = setup();
    type("closing the tab now");
    win.dispatchEvent(new Event("pagehide"));
    expect(savedNotes(fake)).toBe("closing the tab now");
  });

  it("a hidden tab writes the typed text; becoming visible does not", () => {
    const { fake, win, hide, type } = setup();
    type("switching apps");
    win.dispatchEvent(new Event("visibilitychange"));
    expect(fake.map.has(KEY)).toBe(false);
    hide();
    expect(savedNotes(fake)).toBe("switching apps");
  });

  it("disconnecting (the app unmounting) writes the typed text", () => {
    const { fake, disconnect, type } = setup();
    type("unmounted");
    disconnect();
    expect(savedNotes(fake)).toBe("unmounted");
  });

  it("another tab's save arriving while an edit waits keeps both edits, in memory and in storage", () => {
    const { fake, session, deliver, type, tick } = setup();
    tick(1);
    type("typed here, not yet saved");
    // The other tab edited another field of the same item and another item, a minute later.
    let theirs = emptyProgress();
    theirs = progressReducer(theirs, { type: "item/update", id: "project-plan", patch: { owner: "Sam" }, at: at(2).toISOString() });
    theirs = progressReducer(theirs, { type: "item/update", id: "vpp-token", patch: { status: "blocked" }, at: at(2).toISOString() });
    const written = serialize(theirs, at(2));
    fake.map.set(KEY, written);
    deliver(written);
    const mine = session.getSnapshot().progress;
    expect(mine.items["project-plan"]).toMatchObject({ notes: "typed here, not yet saved", owner: "Sam" });
    expect(mine.items["vpp-token"]?.status).toBe("blocked");
    // Saved back at once, and nothing later overwrites it with an older state.
    expect(saved(fake)?.items["project-plan"]).toMatchObject({ notes: "typed here, not yet saved", owner: "Sam" });
    vi.runAllTimers();
    expect(saved(fake)?.items["project-plan"]).toMatchObject({ notes: "typed here, not yet saved", owner: "Sam" });
    expect(saved(fake)?.items["vpp-token"]?.status).toBe("blocked");
  });

  it("Start over writes the typed text first, so the copy it keeps holds it", () => {
    const { fake, session, type } = setup();
    type("keep me");
    const result = session.startOver();
    expect(result.ok).toBe(true);
    const keptAs = result.ok ? result.keptAs : null;
    expect(keptAs).not.toBeNull();
    const copy = restore(fake.map.get(keptAs ?? "") ?? null);
    expect(copy.kind === "restored" && copy.progress.items["project-plan"]?.notes).toBe("keep me");
    vi.runAllTimers();
    expect(savedNotes(fake) ?? "").toBe("");
  });

  it("a newer format saved by another tab is never overwritten by a waiting edit", () => {
    const { fake, deliver, type } = setup();
    type("written by the older build");
    const newer = JSON.stringify({ version: 99, savedAt: at(1).toISOString(), data: { future: true } });
    fake.map.set(KEY, newer);
    deliver(newer);
    vi.runAllTimers();
    expect(fake.map.get(KEY)).toBe(newer);
  });

  it("a failed write is reported when it happens", () => {
    const fake = new FakeStorage();
    const { session, type } = setup(fake);
    fake.maxValueLength = 10;
    type("too long for this storage");
    expect(session.getSnapshot().persistence.kind).toBe("saved");
    vi.advanceTimersByTime(TYPING_SAVE.delayMs);
    expect(session.getSnapshot().persistence).toEqual({ kind: "memory-only", reason: "quota" });
  });
});
