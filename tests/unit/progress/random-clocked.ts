import { ITEM_IDS, TENANT_ITEM_IDS } from "../../../src/domain/catalog/ids.ts";
import { DECISION_KEYS } from "../../../src/domain/progress/merge.ts";
import { EMPTY_ITEM, type IncomingProgress, type Progress } from "../../../src/domain/progress/model.ts";
import { randomProgress, randomTimestamp, type Rng } from "../share/random-progress.ts";

/**
 * Times several copies share on purpose, so ties are exercised: the same instant spelled three ways (the schema
 * accepts all three) and one unknown time.
 */
const SHARED_STAMPS = ["2026-01-01T00:00:00.000Z", "2026-01-01T00:00:00Z", "2026-01-01T01:00:00+01:00", "2027-06-01T12:00:00.000Z", ""];

const stamp = (rng: Rng) => (rng.chance(0.3) ? rng.pick(SHARED_STAMPS) : randomTimestamp(rng));

/**
 * A random progress with a random clock: some fields stamped on their own, some paths removed (a clock path without a
 * value), some items reset to their defaults with or without a time, meta fields emptied at a time.
 */
export function randomWithClock(rng: Rng): Progress {
  const p = randomProgress(rng);
  const clock: Record<string, string> = {};
  const paths = [
    ...ITEM_IDS.flatMap((id) => Object.keys(EMPTY_ITEM).map((f) => `items/${id}/${f}`)),
    ...ITEM_IDS.map((id) => `items/${id}/blockedReason`),
    ...DECISION_KEYS.map((k) => `decisions/${k}`),
    ...TENANT_ITEM_IDS.map((id) => `verification/${id}`),
    "meta/organization",
    "meta/tenantName",
    "meta/preparedBy",
    "meta/managesIosDevices",
  ];
  for (const path of paths) if (rng.chance(0.15)) clock[path] = stamp(rng);
  for (const record of Object.values(p.verification)) if (record && rng.chance(0.2)) record.detailsLeftOut = true;
  for (const item of Object.values(p.items)) {
    if (item && rng.chance(0.15)) item.blockedReason = rng.pick(["", "Waiting for the security team", "Licence order"]);
  }
  if (rng.chance(0.3)) p.meta.managesIosDevices = rng.chance(0.5);
  if (rng.chance(0.2)) p.meta.organization = "";
  // Some times shared by both sides on purpose, so ties are exercised.
  if (rng.chance(0.5)) for (const item of Object.values(p.items)) if (item) item.updatedAt = rng.pick(SHARED_STAMPS);
  return { ...p, clock };
}

/** What a link carries: random item and meta fields left out (not mentioned). */
export function randomPartial(rng: Rng, p: Progress): IncomingProgress {
  const items: IncomingProgress["items"] = {};
  for (const [id, item] of Object.entries(p.items)) {
    if (!item) continue;
    items[id as keyof typeof items] = Object.fromEntries(Object.entries(item).filter(([f]) => f === "updatedAt" || rng.chance(0.6)));
  }
  const meta = Object.fromEntries(Object.entries(p.meta).filter(() => rng.chance(0.5)));
  return { ...p, items, meta, clock: {} };
}
