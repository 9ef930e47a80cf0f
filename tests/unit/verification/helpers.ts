import type { TenantItemId } from "../../../src/domain/catalog/ids.ts";
import type { Decisions, DevicesDecision } from "../../../src/domain/strategy/schema.ts";
import { evaluate } from "../../../src/domain/verification/engine.ts";
import { enrollmentProfilesLine, indexEvidence, requestLine } from "../../../src/domain/verification/keys.ts";
import { GRAPH_REQUESTS, type RequestId } from "../../../src/domain/verification/requests.ts";
import type { CheckResult, EvidenceResponse } from "../../../src/domain/verification/types.ts";

export const NOW = new Date("2026-11-26T09:00:00Z");
const DAY = 86_400_000;

/** ISO timestamp relative to NOW. */
export function days(n: number, hours = 0, now: Date = NOW): string {
  return new Date(now.getTime() + n * DAY + hours * 3_600_000).toISOString();
}

export function line(id: RequestId): string {
  const spec = GRAPH_REQUESTS.find((s) => s.id === id);
  if (!spec) throw new Error(id);
  return requestLine(spec);
}

export const res = (id: RequestId, body: unknown, status = 200): EvidenceResponse => ({ request: line(id), status, body });
export const profilesRes = (depId: string, body: unknown, status = 200): EvidenceResponse => ({ request: enrollmentProfilesLine(depId), status, body });

export function check(item: TenantItemId, responses: readonly EvidenceResponse[], decisions: Decisions = {}, now: Date = NOW): CheckResult {
  const result = evaluate(indexEvidence(responses), decisions, now).find((r) => r.item === item);
  if (!result) throw new Error(`no result for ${item}`);
  return result;
}

const decided = <T>(value: T) => ({ value, decidedAt: "2026-01-01T00:00:00.000Z" });

export function devices(overrides: Partial<DevicesDecision> = {}): Decisions {
  return {
    devices: decided({ ownership: "corporate", abmPurchase: "yes", expectedMacs: 50, perUser: { mac: 1, iphone: 1, ipad: 0, other: 0 }, ...overrides }),
  };
}

export const withAppsAndBooks = (base: Decisions = {}): Decisions => ({
  ...base,
  policies: decided({ areas: [], appsAndBooks: true, notes: "" }),
});

export const graphError = (code: string, message: string) => ({ error: { code, message } });
