import type { Failure } from "../errors.ts";
import { ALL_REQUESTS, type GraphRequestSpec, type RequestId } from "../requests.ts";
import type { Verdict } from "../types.ts";
import type { RuleOutcome } from "./types.ts";

export function specOf(id: RequestId): GraphRequestSpec {
  const spec = ALL_REQUESTS.find((s) => s.id === id);
  if (!spec) throw new Error(`No Graph request ${id}`);
  return spec;
}

export function errorOutcome(failure: Failure, extra: readonly string[] = []): RuleOutcome {
  return { verdict: "error", reason: failure.reason, details: [...failure.details, ...extra], cause: failure.cause };
}

export function notChecked(what: string): RuleOutcome {
  return {
    verdict: "not-checked",
    reason: `Not checked: the evidence holds no response for ${what}.`,
    details: [],
  };
}

/**
 * Order used when several findings (tokens, sub-checks) make one verdict. A definite problem outranks not knowing;
 * not knowing outranks a warning, so a check that was only partly performed is never reported as ready or advisory.
 */
const RANK: Record<Verdict, number> = {
  "not-applicable": 0,
  ready: 1,
  advisory: 2,
  "not-checked": 3,
  error: 4,
  "not-ready": 5,
};

export function worse(a: Verdict, b: Verdict): Verdict {
  return RANK[b] > RANK[a] ? b : a;
}

export function worstOf(verdicts: readonly Verdict[], empty: Verdict): Verdict {
  return verdicts.reduce<Verdict>((acc, v) => worse(acc, v), verdicts.length ? "not-applicable" : empty);
}
