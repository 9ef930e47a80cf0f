import { describe, expect, it } from "vitest";
import { ITEM_IDS, POLICIES_ITEM_IDS, SETUP_ITEM_IDS, TENANT_ITEM_IDS } from "../../../src/domain/catalog/ids.ts";
import { fromCompact, toCompact } from "../../../src/domain/share/compact.ts";
import { LINK_ITEM_KEYS, itemOfLinkKey, linkKeyOfItem } from "../../../src/domain/share/item-keys.ts";
import { referenceProgress } from "../../fixtures/reference-progress.ts";

const NOW = new Date("2026-05-01T09:12:13.456Z");

describe("link keys of items", () => {
  it("gives every Tenant set-up and Policies item its own short key that is no item id", () => {
    const keys = Object.values(LINK_ITEM_KEYS);
    expect(Object.keys(LINK_ITEM_KEYS).sort()).toEqual([...SETUP_ITEM_IDS, ...POLICIES_ITEM_IDS].sort());
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(ITEM_IDS).not.toContain(key);
  });

  it("keeps the full id for the items the s1 format was frozen with", () => {
    for (const id of [...STEP_OLD_ITEMS]) expect(linkKeyOfItem(id)).toBe(id);
  });

  it.each(ITEM_IDS.map((id) => [id] as const))("%s maps to its key and back", (id) => {
    expect(itemOfLinkKey(linkKeyOfItem(id))).toBe(id);
    expect(itemOfLinkKey(id)).toBe(id);
  });

  it("ignores keys it does not know", () => {
    expect(itemOfLinkKey("s9")).toBeNull();
    expect(itemOfLinkKey("not-an-item")).toBeNull();
  });

  it("writes short keys into the link and reads them, and full ids, back", () => {
    const progress = referenceProgress(NOW);
    progress.verification["filevault"] = { verdict: "ready", reason: "", details: [], renewals: [], checkedAt: NOW.toISOString(), source: "live" };
    const compact = toCompact(progress, { includeVerificationDetails: false, sharedAt: NOW.toISOString() });
    const items = compact["i"] as Record<string, unknown>;
    expect(Object.keys(items)).toContain("s6");
    expect(Object.keys(items)).not.toContain("pilot-mac");
    expect(Object.keys(compact["x"] as object)).toContain("p3");
    const back = fromCompact(compact);
    expect(back.ok && back.progress.items["pilot-mac"]?.owner).toBe("Tom Becker");
    expect(back.ok && back.progress.verification["filevault"]?.verdict).toBe("ready");

    // A hand-written link that names a new item by its id still opens.
    const byId = { ...compact, i: { ...items, "pilot-mac": items["s6"] } };
    delete (byId.i as Record<string, unknown>)["s6"];
    const reread = fromCompact(byId);
    expect(reread.ok && reread.progress.items["pilot-mac"]?.status).toBe("blocked");
  });
});

const STEP_OLD_ITEMS = ITEM_IDS.filter((id) => !(id in LINK_ITEM_KEYS));
it("the old items are organization, strategy and tenant", () => {
  expect(STEP_OLD_ITEMS).toHaveLength(8 + TENANT_ITEM_IDS.length);
});
