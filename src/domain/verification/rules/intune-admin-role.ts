import { graphDate, isoDay } from "../dates.ts";
import { fetchSpec, isPartialList, type Failure, type Fetched } from "../errors.ts";
import { collection, field, nonEmpty, odataType, type JsonObject } from "../json.ts";
import { errorOutcome, notChecked, specOf } from "./outcome.ts";
import type { Rule } from "./types.ts";

/** Role template ids (reference §2, Entra permissions reference). */
export const INTUNE_ADMINISTRATOR = "3a2c62db-5318-420d-8d74-23affee5d9d5";
export const GLOBAL_ADMINISTRATOR = "62e90394-69f5-4237-9190-012177145e10";
const ROLE_NAMES: Record<string, string> = {
  [INTUNE_ADMINISTRATOR]: "Intune Administrator",
  [GLOBAL_ADMINISTRATOR]: "Global Administrator",
};

/** `scope` is null when Graph did not report the instance's directoryScopeId: it is then not known to be tenant-wide. */
type Held = { role: string; scope: string | null; source: string; until: Date | null };

const roleName = (id: string | null) => (id && Object.hasOwn(ROLE_NAMES, id.toLowerCase()) ? ROLE_NAMES[id.toLowerCase()] ?? null : null);

function fromMemberOf(items: readonly JsonObject[]): Held[] {
  return items.flatMap((item) => {
    const role = roleName(nonEmpty(item, "roleTemplateId"));
    const isRole = odataType(item) === "microsoft.graph.directoryrole" || odataType(item) === "";
    return role && isRole ? [{ role, scope: "/", source: "directory role", until: null }] : [];
  });
}

function fromInstances(items: readonly JsonObject[], source: string): Held[] {
  return items.flatMap((item) => {
    const role = roleName(nonEmpty(item, "roleDefinitionId"));
    return role ? [{ role, scope: nonEmpty(item, "directoryScopeId"), source, until: graphDate(field(item, "endDateTime")) }] : [];
  });
}

function describe(h: Held): string {
  const scope = h.scope === "/" ? "tenant-wide" : h.scope === null ? "scope not reported" : `at scope ${h.scope}`;
  return `${h.role} (${h.source}, ${scope}${h.until ? `, until ${isoDay(h.until)}` : ""})`;
}

type Read = { label: string; fetched: Fetched; pick: (items: readonly JsonObject[]) => Held[] };

export const intuneAdminRole: Rule = ({ evidence }) => {
  const reads: Read[] = [
    { label: "directory roles", fetched: fetchSpec(evidence, specOf("memberOf"), { allowPartial: true }), pick: fromMemberOf },
    { label: "active PIM assignments", fetched: fetchSpec(evidence, specOf("roleAssignments"), { allowPartial: true }), pick: (i) => fromInstances(i, "active assignment") },
    { label: "eligible PIM assignments", fetched: fetchSpec(evidence, specOf("roleEligibility"), { allowPartial: true }), pick: (i) => fromInstances(i, "eligible") },
  ];
  const present = reads.filter((r) => r.fetched.kind !== "absent");
  if (present.length === 0) return notChecked("your directory roles");

  const failures: { label: string; failure: Failure; active: boolean }[] = [];
  const held: { active: Held[]; eligible: Held[] } = { active: [], eligible: [] };
  const notes: string[] = [];
  /** Whether an active-role read (directory roles or active PIM assignments) succeeded: only then is "not active" known. */
  let activeKnown = false;
  for (const [i, read] of reads.entries()) {
    const { fetched } = read;
    if (fetched.kind === "absent") continue;
    const items = fetched.kind === "ok" ? collection(fetched.body) : null;
    if (fetched.kind === "failed" || !items) {
      failures.push({ label: read.label, active: i !== 2, failure: fetched.kind === "failed" ? fetched.failure : { cause: "unexpected-response", reason: `Could not read your ${read.label}.`, details: [] } });
      continue;
    }
    // A partial list still proves what it holds, but not what it lacks: it cannot establish "not active".
    if (isPartialList(fetched.body)) notes.push(`Only the first page of your ${read.label} was read.`);
    else if (i !== 2) activeKnown = true;
    (i === 2 ? held.eligible : held.active).push(...read.pick(items));
  }
  const failureNotes = failures.map((f) => `Could not read your ${f.label}: ${f.failure.reason}`);
  const details = [...held.active, ...held.eligible].map((h) => `You hold ${describe(h)}.`).concat(notes, failureNotes);

  const tenantWide = held.active.find((h) => h.scope === "/");
  if (tenantWide) return { verdict: "ready", reason: `You hold ${tenantWide.role} (active).`, details };
  const scoped = held.active[0];
  if (scoped) {
    return scoped.scope === null
      ? { verdict: "advisory", reason: `You hold ${scoped.role} (active), but Graph did not report its scope, so it may not be tenant-wide.`, details }
      : { verdict: "advisory", reason: `You hold ${scoped.role} only at scope ${scoped.scope}, not tenant-wide: some tenant settings may be out of reach.`, details };
  }
  const [first] = failures;
  if (first && failures.length === present.length) {
    return errorOutcome({ ...first.failure, reason: `Could not read any of your role assignments. ${first.failure.reason}` }, failureNotes.slice(1));
  }
  if (!activeKnown) {
    // Neither directory roles nor active PIM assignments were read: "eligible only" or "neither" would be a guess.
    const activeFailure = failures.find((f) => f.active);
    return activeFailure
      ? errorOutcome({ ...activeFailure.failure, reason: `Could not read your active roles, so whether you hold Intune Administrator or Global Administrator is unknown. ${activeFailure.failure.reason}` }, details)
      : notChecked("your active directory roles and PIM assignments");
  }
  const eligible = held.eligible.find((h) => h.scope === "/") ?? held.eligible[0];
  if (eligible) {
    return { verdict: "advisory", reason: `You are eligible for ${eligible.role} but it is not active: activate it in Privileged Identity Management before making changes.`, details };
  }
  return {
    verdict: "not-ready",
    reason: "You hold neither Intune Administrator nor Global Administrator, active or eligible.",
    details: details.length ? details : ["Ask a Privileged Role Administrator to assign you Intune Administrator."],
  };
};
