import { describe, expect, it } from "vitest";
import { fieldsOf, fromFields } from "../../../src/domain/progress/fields.ts";
import { mergeProgress } from "../../../src/domain/progress/merge.ts";
import { hasContent, type IncomingProgress, type Progress } from "../../../src/domain/progress/model.ts";
import { progressReducer, type ProgressAction } from "../../../src/domain/progress/reducer.ts";
import { buildImportPreview } from "../../../src/domain/share/preview.ts";
import { item, progress } from "./helpers.ts";

// Every field has one form whichever path it came by (fields.ts), so "touched, then reset" is stored one way.
// The first case is the counterexample the associativity property found before the form was fixed.

const t = (minute: number) => new Date(Date.UTC(2026, 1, 1, 10, minute)).toISOString();
const apply = (state: Progress, ...actions: ProgressAction[]) => actions.reduce(progressReducer, state);
const ID = "mdm-user-scope";

describe("one form for an item that holds only defaults", () => {
  it("three copies converge in any order when one removed every field and another holds only defaults", () => {
    const removed = progress({ clock: { [`items/${ID}/owner`]: t(5), [`items/${ID}/notes`]: t(9) }, updatedAt: t(9) });
    const defaults = progress({ items: { [ID]: item({ updatedAt: t(7) }) }, updatedAt: t(7) });
    const edited = progress({ items: { [ID]: item({ status: "blocked", owner: "Kim", updatedAt: t(3) }) }, updatedAt: t(3) });
    const left = mergeProgress(mergeProgress(removed, defaults), edited);
    const right = mergeProgress(removed, mergeProgress(defaults, edited));
    expect(left).toEqual(right);
    // Every later reset wins over the older edit, so the item holds only defaults: stored as no item, times kept.
    expect(left.items[ID]).toBeUndefined();
    expect(left.clock).toMatchObject({ [`items/${ID}/status`]: t(7), [`items/${ID}/owner`]: t(7), [`items/${ID}/notes`]: t(9) });
  });

  it("an item set back to its defaults is no item, and its reset still beats an older copy's edit", () => {
    const reset = apply(progress(), { type: "item/update", id: ID, patch: { status: "in-progress" }, at: t(1) }, { type: "item/update", id: ID, patch: { status: "todo" }, at: t(2) });
    expect(reset.items[ID]).toBeUndefined();
    expect(reset.clock?.[`items/${ID}/status`]).toBe(t(2));
    expect(hasContent(reset)).toBe(false);
    const olderTab = apply(progress(), { type: "item/update", id: ID, patch: { status: "done" }, at: t(1) });
    expect(mergeProgress(olderTab, reset)).toEqual(mergeProgress(reset, olderTab));
    expect(mergeProgress(olderTab, reset).items[ID]).toBeUndefined();
  });

  it("a field nobody wrote is dated unknown, so it cannot overwrite another tab's older edit", () => {
    // A link brings one field of an item this tab never had; another tab gave the item an owner earlier.
    const shared: IncomingProgress = { ...progress(), items: { [ID]: { status: "done", updatedAt: t(5) } }, meta: {}, updatedAt: t(5) };
    const otherTab = apply(progress(), { type: "item/update", id: ID, patch: { owner: "Bob" }, at: t(3) });
    const linkFirst = mergeProgress(mergeProgress(progress(), shared), otherTab);
    expect(linkFirst.items[ID]).toMatchObject({ status: "done", owner: "Bob" });
    expect(linkFirst).toEqual(mergeProgress(mergeProgress(progress(), otherTab), shared));
  });

  it("reading a result back gives the same fields, and writing them again the same progress", () => {
    const state = apply(
      progress({ items: { [ID]: item({ owner: "Ann", updatedAt: t(0) }) } }),
      { type: "item/update", id: ID, patch: { notes: "n" }, at: t(4) },
      { type: "item/update", id: "vpp-token", patch: { owner: "Lee" }, at: t(6) },
      { type: "meta/update", patch: { organization: "Contoso" }, at: t(7) },
      { type: "meta/update", patch: { organization: "" }, at: t(8) },
    );
    expect(fromFields(fieldsOf(state), state.updatedAt)).toEqual(state);
    expect(state.clock).toMatchObject({ "items/vpp-token/status": "", "meta/organization": t(8), [`items/${ID}/owner`]: t(0) });
  });

  it("the import preview lists a reset an incoming copy made, and Merge stores it as no item", () => {
    const local = apply(progress(), { type: "item/update", id: ID, patch: { owner: "Kim" }, at: t(1) });
    const incoming = progress({ items: { [ID]: item({ updatedAt: t(9) }) }, updatedAt: t(9) });
    const preview = buildImportPreview(local, { progress: incoming }, new Date(t(10)));
    // The backup's item says "owner empty, written at 10:09": a real change, listed, and exactly what Merge stores.
    expect(preview.changes.map((row) => [row.path, row.local, row.incoming, row.winner])).toEqual([[`items/${ID}/owner`, "Kim", "", "incoming"]]);
    expect(preview.merged.items[ID]).toBeUndefined();
    expect(preview.localIsEmpty).toBe(false);
  });
});
