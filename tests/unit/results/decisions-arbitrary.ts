import fc from "fast-check";
import {
  ABM_PURCHASE,
  ADE_ENROLLMENT_MODES,
  FILEVAULT_TIMINGS,
  UPDATE_APPROACHES,
  APPLE_ID_MODELS,
  LOCAL_ACCOUNT_MODELS,
  OWNERSHIP,
  POLICY_AREAS,
  PSSO_METHODS,
  SSO_MODELS,
  type AccountsSsoDecision,
  type DecisionValues,
  type Decisions,
  type DevicesDecision,
  type IdentitiesDecision,
  type PoliciesDecision,
} from "../../../src/domain/strategy/schema.ts";

// Every field of every decision, typed against the schema: a field added to a decision does not compile until it is
// generated here, so the dependency property test keeps covering every answer the rules could read.
type Fields<T> = { [K in keyof T]-?: fc.Arbitrary<T[K]> };

const count = (min: number) => fc.integer({ min, max: 15 });

const devices: Fields<DevicesDecision> = {
  ownership: fc.constantFrom(...OWNERSHIP),
  abmPurchase: fc.constantFrom(...ABM_PURCHASE),
  expectedMacs: fc.integer({ min: 1, max: 5_000 }),
  perUser: fc.record({ mac: count(1), iphone: count(0), ipad: count(0), other: count(0) }),
  corporateIdentifiers: fc.option(fc.boolean(), { nil: undefined }),
  adeEnrollment: fc.option(fc.constantFrom(...ADE_ENROLLMENT_MODES), { nil: undefined }),
};
const identities: Fields<IdentitiesDecision> = { appleId: fc.constantFrom(...APPLE_ID_MODELS) };
const accountsSso: Fields<AccountsSsoDecision> = {
  sso: fc.constantFrom(...SSO_MODELS),
  psso: fc.option(fc.constantFrom(...PSSO_METHODS), { nil: undefined }),
  localAccount: fc.constantFrom(...LOCAL_ACCOUNT_MODELS),
};
const policies: Fields<PoliciesDecision> = {
  areas: fc.subarray([...POLICY_AREAS]),
  appsAndBooks: fc.boolean(),
  notes: fc.constantFrom("", "Pilot first."),
  updateApproach: fc.option(fc.constantFrom(...UPDATE_APPROACHES), { nil: undefined }),
  fileVaultTiming: fc.option(fc.constantFrom(...FILEVAULT_TIMINGS), { nil: undefined }),
};

const decided = <T>(value: fc.Arbitrary<T>) =>
  fc.option(fc.record({ value, decidedAt: fc.constant("2026-11-01T09:00:00.000Z") }), { nil: undefined, freq: 3 });

/** Any strategy, each decision possibly not made yet. */
export const decisionsArbitrary: fc.Arbitrary<Decisions> = fc
  .record({
    devices: decided(fc.record(devices)),
    identities: decided(fc.record(identities)),
    accountsSso: decided(fc.record(accountsSso)),
    policies: decided(fc.record(policies)),
  })
  .map((d) => Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)) as Decisions);

export type { DecisionValues };
