import type { DevicesDecision, IdentitiesDecision, AccountsSsoDecision, PoliciesDecision } from "../strategy/schema.ts";
import type { ItemStatus } from "./model.ts";
import { isRecord } from "../is-record.ts";

/** The format `serialize` writes. Bump it together with a new entry in MIGRATIONS and a frozen fixture. */
export const CURRENT_VERSION = 4;

export type MigrationContext = {
  /** The envelope's `savedAt`: the best guess for when undated values were last changed. */
  savedAt: string;
};

/**
 * Turns the `data` of version `from` into the `data` of version `to`. Pure: never mutates its input and never reads
 * the clock. Input is `unknown` because old saves may be damaged; anything it does not recognise is passed on
 * unchanged so the current schema can name the bad field.
 */
export type Migration = {
  from: number;
  to: number;
  name: string;
  migrate: (data: unknown, ctx: MigrationContext) => unknown;
};

/** Version 1 (the first release): undated values, shorter field names, no verification. Frozen: never edit. */
export type ProgressV1 = {
  items: Record<string, { status: ItemStatus; owner: string; due: string; notes: string; evidence: string }>;
  strategy: {
    devices?: DevicesDecision;
    identities?: IdentitiesDecision;
    accountsSso?: AccountsSsoDecision;
    policies?: PoliciesDecision;
  };
  meta: { organization: string; tenantName: string; preparedBy: string };
};

const mapValues = (record: Record<string, unknown>, fn: (value: unknown) => unknown): Record<string, unknown> =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, fn(value)]));

function itemV1toV2(item: unknown, updatedAt: string): unknown {
  if (!isRecord(item)) return item;
  const { due, evidence, ...rest } = item;
  // Version 1 wrote every field; the defaults only cover hand-edited files, where an empty value is the honest one.
  return {
    status: "todo",
    owner: "",
    notes: "",
    ...rest,
    dueDate: due ?? "",
    evidenceUrl: evidence ?? "",
    updatedAt,
  };
}

const v1toV2: Migration = {
  from: 1,
  to: 2,
  name: "v1→v2: timestamps, renamed fields, verification",
  migrate(data, { savedAt }) {
    if (!isRecord(data)) return data;
    const { strategy, items, ...rest } = data;
    return {
      ...rest,
      items: isRecord(items) ? mapValues(items, (item) => itemV1toV2(item, savedAt)) : items,
      decisions: isRecord(strategy)
        ? mapValues(strategy, (value) => ({ value, decidedAt: savedAt }))
        : (strategy ?? {}),
      verification: {},
      updatedAt: savedAt,
    };
  },
};

/**
 * Version 2 decided merges with run cut-offs (`startedAt`) and verification-clear epochs (`verificationClearedAt`);
 * version 3 has one per-field clock instead (fields.ts). Every value keeps the time its record carries, which is what
 * a missing clock entry means, so the clock starts empty. The two cut-offs are dropped: what they hid is already gone
 * from the saved data itself.
 */
const v2toV3: Migration = {
  from: 2,
  to: 3,
  name: "v2→v3: one per-field clock replaces run and clear cut-offs",
  migrate(data) {
    if (!isRecord(data)) return data;
    const { startedAt: _startedAt, verificationClearedAt: _clearedAt, ...rest } = data;
    return { ...rest, clock: {} };
  },
};

/**
 * Version 4 holds the same data as version 3; what changed is how a browser saves it: in parts, one key per item
 * (stored.ts). The number still changes so that a tab of an older build refuses such a save ("newer format") instead
 * of reading a main key without items as a checklist with nothing in it, and writing that back.
 */
const v3toV4: Migration = {
  from: 3,
  to: 4,
  name: "v3→v4: same data; browsers save each item under its own key",
  migrate(data) {
    return isRecord(data) ? { ...data } : data;
  },
};

/** Ordered: MIGRATIONS[i].from === i + 1 and each `to` is the next `from`. */
export const MIGRATIONS: readonly Migration[] = [v1toV2, v2toV3, v3toV4];

export type MigrateResult = { ok: true; data: unknown } | { ok: false; reason: string };

/** Runs every migration from `version` up to CURRENT_VERSION, in order (`migrations` is replaceable for tests). */
export function migrate(
  data: unknown,
  version: number,
  ctx: MigrationContext,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrateResult {
  let current = data;
  for (let v = version; v < CURRENT_VERSION; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return { ok: false, reason: `no migration from version ${v}` };
    current = step.migrate(current, ctx);
  }
  return { ok: true, data: current };
}
