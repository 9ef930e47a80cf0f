import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { PoliciesItemId, SetupItemId } from "../../../../src/domain/catalog/ids.ts";
import { minimumDeviceLimit, strategyRequires } from "../../../../src/domain/strategy/requirements.ts";
import { rolloutChoices } from "../../../../src/domain/strategy/rollout.ts";
import type { AdeEnrollmentMode, Decisions, DevicesDecision, PolicyArea, PssoMethod, UpdateApproach } from "../../../../src/domain/strategy/schema.ts";
import { defaultMacProfileLine, enrollmentProfilesLine, indexEvidence, requestLine } from "../../../../src/domain/verification/keys.ts";
import { ALL_REQUESTS, type RequestId } from "../../../../src/domain/verification/requests.ts";
import { ROLLOUT_RULES } from "../../../../src/domain/verification/rollout/index.ts";
import type { RuleOutcome } from "../../../../src/domain/verification/rules/types.ts";
import type { EvidenceResponse } from "../../../../src/domain/verification/types.ts";

export const NOW = new Date("2026-11-26T09:00:00Z");

type Fixture = { source: string; request: string; status: number; body: unknown };

/** A fixture of tests/fixtures/graph/rollout (each cites the Microsoft page or export its shape follows). */
export function fixture(name: string): Fixture {
  const f = JSON.parse(readFileSync(resolve(process.cwd(), `tests/fixtures/graph/rollout/${name}.json`), "utf8")) as Fixture;
  if (!/^https:\/\//.test(f.source)) throw new Error(`${name} cites no source`);
  return f;
}

/** The body of a fixture, deep-copied so a test can change it. */
export const bodyOf = (name: string) => structuredClone(fixture(name).body) as { value: Record<string, unknown>[] } & Record<string, unknown>;

export function res(id: RequestId, body: unknown, status = 200): EvidenceResponse {
  const spec = ALL_REQUESTS.find((s) => s.id === id);
  if (!spec) throw new Error(id);
  return { request: requestLine(spec), status, body };
}

/** The live follow-up: one token's default macOS profile (requests.ts ENROLLMENT_PROFILES_REQUEST). */
export const defaultProfile = (depId: string, body: unknown, status = 200): EvidenceResponse => ({ request: defaultMacProfileLine(depId), status, body });
/** An older evidence file's follow-up: the token's whole profile list. */
export const profiles = (depId: string, body: unknown, status = 200): EvidenceResponse => ({ request: enrollmentProfilesLine(depId), status, body });

export function run(item: SetupItemId | PoliciesItemId, responses: readonly EvidenceResponse[], decisions: Decisions = {}): RuleOutcome {
  return ROLLOUT_RULES[item]({ evidence: indexEvidence(responses), requires: strategyRequires(decisions), minimumDeviceLimit: minimumDeviceLimit(decisions), rollout: rolloutChoices(decisions), now: NOW, decisions, signInRoles: null });
}

const decided = <T>(value: T) => ({ value, decidedAt: "2026-01-01T00:00:00.000Z" });

export type Plan = {
  ownership?: DevicesDecision["ownership"];
  abm?: DevicesDecision["abmPurchase"];
  perUser?: number;
  sso?: "platform-sso" | "enterprise-sso";
  psso?: PssoMethod;
  areas?: readonly PolicyArea[];
  adeEnrollment?: AdeEnrollmentMode;
  updates?: UpdateApproach;
};

/** A strategy; leave a part out to leave that decision unrecorded. */
export function plan(p: Plan): Decisions {
  const d: Decisions = {};
  if (p.ownership) d.devices = decided({ ownership: p.ownership, abmPurchase: p.abm ?? "yes", expectedMacs: 50, perUser: { mac: p.perUser ?? 1, iphone: 1, ipad: 0, other: 0 }, ...(p.adeEnrollment ? { adeEnrollment: p.adeEnrollment } : {}) });
  if (p.sso) d.accountsSso = decided({ sso: p.sso, ...(p.psso ? { psso: p.psso } : {}), localAccount: "standard" });
  if (p.areas) d.policies = decided({ areas: [...p.areas], appsAndBooks: false, notes: "", ...(p.updates ? { updateApproach: p.updates } : {}) });
  return d;
}

export const ADE_PSSO = plan({ ownership: "corporate", abm: "yes", adeEnrollment: "user-modern-auth", sso: "platform-sso", psso: "secure-enclave", areas: ["filevault", "firewall", "gatekeeper", "os-updates", "compliance-ca", "defender", "local-admin-password"] });
export const BYOD_ESSO = plan({ ownership: "personal", sso: "enterprise-sso", areas: [] });

export const DEP_ID = "5e6f7a8b-0000-4000-8000-00000000e001";
export const depList = { value: [{ "@odata.type": "#microsoft.graph.depOnboardingSetting", id: DEP_ID, tokenName: "Contoso ABM", tokenType: "dep" }] };
