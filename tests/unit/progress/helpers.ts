import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { emptyProgress } from "../../../src/domain/progress/model.ts";
import type { ItemProgress, Progress } from "../../../src/domain/progress/model.ts";
import type { VerificationRecord } from "../../../src/domain/verification/types.ts";

// Paths, not URLs: under jsdom `URL` is jsdom's class, which node:fs does not accept.
const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), "../../fixtures/progress");

/** Versions that have a frozen fixture (tests/fixtures/progress/v<N>.json). */
export function fixtureVersions(): number[] {
  return readdirSync(FIXTURE_DIR)
    .map((name) => /^v(\d+)\.json$/.exec(name)?.[1])
    .filter((v): v is string => v !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

export function readFixture(version: number): string {
  return readFileSync(join(FIXTURE_DIR, `v${version}.json`), "utf8");
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export function item(overrides: Partial<ItemProgress> = {}): ItemProgress {
  return { status: "todo", owner: "", dueDate: "", notes: "", evidenceUrl: "", updatedAt: "2026-01-01T00:00:00.000Z", ...overrides };
}

export function record(overrides: Partial<VerificationRecord> = {}): VerificationRecord {
  return {
    verdict: "ready",
    reason: "Looks good.",
    details: [],
    renewals: [],
    checkedAt: "2026-01-01T00:00:00.000Z",
    source: "live",
    ...overrides,
  };
}

export function progress(overrides: Partial<Progress> = {}): Progress {
  return { ...emptyProgress(), ...overrides };
}

/** An envelope as `serialize` writes it, for hand-made saved data. */
export function envelope(data: unknown, version = 2, savedAt = "2026-02-01T00:00:00.000Z"): string {
  return JSON.stringify({ version, savedAt, data });
}
