import type { Decisions } from "../../../src/domain/strategy/schema.ts";
import { devices, withAppsAndBooks } from "./helpers.ts";

/**
 * Every device-strategy branch that changes a verdict (src/domain/strategy/schema.ts: ownership × Apple Business
 * Manager purchase × corporate identifiers confirmed), plus "not decided yet". Each has 1 Mac + 1 iPhone per user.
 */
export const STRATEGIES = {
  undecided: {},
  "corporate, all through ADE": devices({ ownership: "corporate", abmPurchase: "yes" }),
  "corporate, not bought through ABM": devices({ ownership: "corporate", abmPurchase: "no" }),
  "corporate, ABM planned": devices({ ownership: "corporate", abmPurchase: "planned" }),
  "corporate, not through ABM, serials registered": devices({ ownership: "corporate", abmPurchase: "no", corporateIdentifiers: true }),
  "personal only": devices({ ownership: "personal", abmPurchase: "no" }),
  "corporate and personal": devices({ ownership: "both", abmPurchase: "yes" }),
} as const satisfies Record<string, Decisions>;

export type StrategyName = keyof typeof STRATEGIES;
export const STRATEGY_NAMES = Object.keys(STRATEGIES) as StrategyName[];

/** The token branches: Apps and Books decided on or off, ADE implied by the device decision. */
export const TOKEN_STRATEGIES = {
  undecided: {},
  "ADE and Apps and Books": withAppsAndBooks(devices({ ownership: "corporate", abmPurchase: "yes" })),
  "no ADE, no Apps and Books": { ...devices({ ownership: "corporate", abmPurchase: "no" }), policies: { value: { areas: [], appsAndBooks: false, notes: "" }, decidedAt: "2026-01-01T00:00:00.000Z" } },
  "ADE planned": devices({ ownership: "corporate", abmPurchase: "planned" }),
} as const satisfies Record<string, Decisions>;
