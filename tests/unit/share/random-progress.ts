import { ITEM_IDS, VERIFIABLE_ITEM_IDS } from "../../../src/domain/catalog/ids.ts";
import { ITEM_STATUSES, type Progress } from "../../../src/domain/progress/model.ts";
import {
  ABM_PURCHASE,
  ADE_ENROLLMENT_MODES,
  APPLE_ID_MODELS,
  FILEVAULT_TIMINGS,
  UPDATE_APPROACHES,
  LOCAL_ACCOUNT_MODELS,
  OWNERSHIP,
  POLICY_AREAS,
  PSSO_METHODS,
  SSO_MODELS,
  type Decisions,
} from "../../../src/domain/strategy/schema.ts";
import { VERDICTS, VERIFICATION_SOURCES } from "../../../src/domain/verification/types.ts";

/** mulberry32: tiny, seeded, good enough to drive property tests reproducibly. */
export function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(values: readonly T[]): T => values[int(0, values.length - 1)] as T;
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}

export type Rng = ReturnType<typeof prng>;

// Text that has broken codecs before: HTML, quotes, JSON and Markdown punctuation, line breaks, non-Latin scripts,
// emoji (surrogate pairs), a lone surrogate and the characters base64url and fragments care about.
const ATOMS = [
  "a", "Z", "9", " ", "  ", "\n", "\r\n", "\t", "<img src=x onerror=alert(1)>", "</script>", "&amp;", '"', "'", "\\",
  "|", "#", "*", "_", "`", "[x](y)", "%", "%2E", "&", "=", "+", "/", "?", "s1.", "ü", "ß", "日本語", "مرحبا", "😀", "👩🏽‍💻",
  "\ud800", "\u0000", "\u2028", "null", "{}", "[]", "Contoso", "Jonas Weber", "due next week", "@", ".",
];

export function randomText(rng: Rng, maxLength: number): string {
  let text = "";
  const target = rng.int(0, maxLength);
  while (text.length < target) text += rng.pick(ATOMS);
  return text.slice(0, maxLength);
}

const YEAR_MS = 365.25 * 86_400_000;
const BASE = Date.UTC(2026, 0, 1);

export function randomTimestamp(rng: Rng): string {
  return new Date(BASE + Math.floor((rng.next() - 0.5) * 20 * YEAR_MS)).toISOString();
}

function randomDay(rng: Rng): string {
  return randomTimestamp(rng).slice(0, 10);
}

function randomUrl(rng: Rng): string {
  const path = rng.pick(["a", "sites/mac/approval.pdf", "x?y=1&z=(2)", "_wiki/plan#top", "%7C|pipe", "ü"]);
  return `${rng.pick(["https", "http"])}://${rng.pick(["contoso.sharepoint.com", "dev.azure.com", "example.org:8443"])}/${path}`;
}

function subset<T>(rng: Rng, values: readonly T[]): T[] {
  return values.filter(() => rng.chance(0.5));
}

function randomDecisions(rng: Rng): Decisions {
  const decisions: Decisions = {};
  if (rng.chance(0.6)) {
    decisions.devices = {
      value: {
        ownership: rng.pick(OWNERSHIP),
        abmPurchase: rng.pick(ABM_PURCHASE),
        expectedMacs: rng.int(1, 1_000_000),
        perUser: { mac: rng.int(1, 15), iphone: rng.int(0, 15), ipad: rng.int(0, 15), other: rng.int(0, 15) },
        ...(rng.chance(0.5) ? { adeEnrollment: rng.pick(ADE_ENROLLMENT_MODES) } : {}),
      },
      decidedAt: randomTimestamp(rng),
    };
  }
  if (rng.chance(0.6)) decisions.identities = { value: { appleId: rng.pick(APPLE_ID_MODELS) }, decidedAt: randomTimestamp(rng) };
  if (rng.chance(0.6)) {
    const sso = rng.pick(SSO_MODELS);
    const psso = sso === "platform-sso" || rng.chance(0.3) ? { psso: rng.pick(PSSO_METHODS) } : {};
    decisions.accountsSso = { value: { sso, ...psso, localAccount: rng.pick(LOCAL_ACCOUNT_MODELS) }, decidedAt: randomTimestamp(rng) };
  }
  if (rng.chance(0.6)) {
    decisions.policies = {
      value: {
        areas: subset(rng, POLICY_AREAS),
        appsAndBooks: rng.chance(0.5),
        notes: randomText(rng, 200),
        ...(rng.chance(0.5) ? { updateApproach: rng.pick(UPDATE_APPROACHES) } : {}),
        ...(rng.chance(0.5) ? { fileVaultTiming: rng.pick(FILEVAULT_TIMINGS) } : {}),
      },
      decidedAt: randomTimestamp(rng),
    };
  }
  return decisions;
}

/** A valid Progress (the tests assert it parses) exercising every field, including empty and default ones. */
export function randomProgress(rng: Rng): Progress {
  const progress: Progress = {
    items: {},
    decisions: randomDecisions(rng),
    verification: {},
    meta: { organization: randomText(rng, 40), tenantName: randomText(rng, 40), preparedBy: randomText(rng, 40) },
    updatedAt: rng.chance(0.9) ? randomTimestamp(rng) : "",
  };
  for (const id of ITEM_IDS) {
    if (rng.chance(0.3)) continue;
    // Some items are all defaults: with or without a timestamp, which decides whether a link keeps them.
    const blank = rng.chance(0.1);
    progress.items[id] = {
      status: blank ? "todo" : rng.pick(ITEM_STATUSES),
      owner: blank ? "" : randomText(rng, 120),
      dueDate: blank || rng.chance(0.4) ? "" : randomDay(rng),
      notes: blank ? "" : randomText(rng, 400),
      evidenceUrl: blank || rng.chance(0.5) ? "" : randomUrl(rng),
      updatedAt: rng.chance(0.9) ? randomTimestamp(rng) : "",
    };
  }
  for (const id of VERIFIABLE_ITEM_IDS) {
    if (rng.chance(0.4)) continue;
    const source = rng.pick(VERIFICATION_SOURCES);
    progress.verification[id] = {
      verdict: rng.pick(VERDICTS),
      reason: randomText(rng, 120),
      details: Array.from({ length: rng.int(0, 3) }, () => randomText(rng, 60)),
      renewals: Array.from({ length: rng.int(0, 2) }, () => ({ label: randomText(rng, 50), expiresAt: randomTimestamp(rng) })),
      checkedAt: randomTimestamp(rng),
      source,
      ...(source === "demo" && rng.chance(0.7) ? { scenario: randomText(rng, 20) } : {}),
    };
  }
  return progress;
}
