import type { ItemId } from "../catalog/ids.ts";
import { writeFields } from "./merge.ts";
import type { Clock, Progress } from "./model.ts";

/**
 * writeFields for writes inside one item (a keystroke in its notes): the same result, computed from that item and its
 * clock entries alone, so its cost does not grow with the rest of the progress (every field of every item was read
 * and rebuilt per keystroke before). Correct because an item's fields, times and clock entries depend on nothing
 * outside the item; tests/unit/progress/write-item.test.ts checks it against writeFields.
 */
export function writeItemFields(state: Progress, id: ItemId, writes: readonly (readonly [string, unknown])[], at: string): Progress {
  const prefix = `items/${id}/`;
  const own: Clock = {};
  for (const [path, stamp] of Object.entries(state.clock ?? {})) if (stamp !== undefined && path.startsWith(prefix)) own[path] = stamp;
  const item = state.items[id];
  const alone: Progress = {
    items: item ? { [id]: item } : {},
    decisions: {},
    verification: {},
    meta: { organization: "", tenantName: "", preparedBy: "" },
    updatedAt: state.updatedAt,
    clock: own,
  };
  const written = writeFields(alone, writes, at);
  if (written === alone) return state;
  const items = { ...state.items };
  const next = written.items[id];
  if (next === undefined) delete items[id];
  else items[id] = next;
  const out: Progress = { ...state, items, updatedAt: written.updatedAt };
  const ownAfter = Object.entries(written.clock ?? {}).filter(([path]) => path.startsWith(prefix));
  // Typing in one field usually leaves the item's clock entries as they were: keep the clock object then, instead of
  // copying every other item's entries on each keystroke (bench: keystroke JavaScript at 10×).
  if (ownAfter.length === Object.keys(own).length && ownAfter.every(([path, stamp]) => own[path] === stamp)) return out;
  const clock: Clock = {};
  for (const [path, stamp] of Object.entries(state.clock ?? {})) if (stamp !== undefined && !path.startsWith(prefix)) clock[path] = stamp;
  for (const [path, stamp] of ownAfter) clock[path] = stamp;
  if (Object.keys(clock).length > 0) out.clock = clock;
  else delete out.clock;
  return out;
}
