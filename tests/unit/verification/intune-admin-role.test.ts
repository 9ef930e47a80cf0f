import { describe, expect, it } from "vitest";
import type { EvidenceResponse, Verdict } from "../../../src/domain/verification/types.ts";
import { check, graphError, res } from "./helpers.ts";

const INTUNE = "3a2c62db-5318-420d-8d74-23affee5d9d5";
const GA = "62e90394-69f5-4237-9190-012177145e10";
const READER = "f2ef992c-3afb-46b9-b7cf-a126ee74c451";
const directoryRole = (roleTemplateId: string) => ({ "@odata.type": "#microsoft.graph.directoryRole", id: "r", displayName: "x", roleTemplateId });
const group = { "@odata.type": "#microsoft.graph.group", id: "g", displayName: "Mac admins" };
const instance = (roleDefinitionId: string, directoryScopeId = "/") => ({ id: "i", principalId: "p", roleDefinitionId, directoryScopeId, endDateTime: null });
const empty = { value: [] };

function roles(memberOf: unknown, active: unknown, eligible: unknown): EvidenceResponse[] {
  const entry = (id: "memberOf" | "roleAssignments" | "roleEligibility", body: unknown) =>
    body === undefined ? [] : Array.isArray(body) ? [res(id, body[0], body[1] as number)] : [res(id, body)];
  return [...entry("memberOf", memberOf), ...entry("roleAssignments", active), ...entry("roleEligibility", eligible)];
}
const denied = [graphError("Authorization_RequestDenied", "Insufficient privileges to complete the operation."), 403];

describe("intune-admin-role", () => {
  it.each<[string, EvidenceResponse[], Verdict, RegExp]>([
    ["Intune Administrator as a directory role", roles({ value: [group, directoryRole(INTUNE)] }, empty, empty), "ready", /Intune Administrator \(active\)/],
    ["Global Administrator as a directory role", roles({ value: [directoryRole(GA)] }, empty, empty), "ready", /Global Administrator/],
    ["PIM active instance at scope /", roles(empty, { value: [instance(INTUNE)] }, empty), "ready", /Intune Administrator/],
    ["PIM eligible only", roles(empty, empty, { value: [instance(INTUNE)] }), "advisory", /eligible .* activate it in Privileged Identity Management/],
    ["active only at an administrative-unit scope", roles(empty, { value: [instance(INTUNE, "/administrativeUnits/au1")] }, empty), "advisory", /only at scope/],
    ["other roles only", roles({ value: [directoryRole(READER), group] }, empty, empty), "not-ready", /neither/],
    ["nothing anywhere", roles(empty, empty, empty), "not-ready", /neither/],
    ["PIM unreadable but memberOf shows the role", roles({ value: [directoryRole(INTUNE)] }, denied, denied), "ready", /Intune Administrator/],
    ["PIM unreadable and memberOf empty: could not determine (error), with the failures explained", roles(empty, denied, denied), "error", /Could not determine/],
    ["every role read failed", roles(denied, denied, denied), "error", /Could not read any of your role assignments/],
    ["only memberOf in the evidence, and it shows GA", roles({ value: [directoryRole(GA)] }, undefined, undefined), "ready", /Global Administrator/],
  ])("%s", (_, responses, verdict, reason) => {
    const result = check("intune-admin-role", responses);
    expect(result.verdict).toBe(verdict);
    expect(result.reason).toMatch(reason);
  });

  it("says which reads failed when it cannot see PIM", () => {
    const result = check("intune-admin-role", roles(empty, denied, denied));
    expect(result.details.filter((d) => d.startsWith("Could not read your"))).toHaveLength(2);
  });

  it("every role read failed → error carries the cause", () => {
    expect(check("intune-admin-role", roles(denied, denied, denied)).cause).toBe("missing-role");
  });

  it("no role responses at all → not-checked", () => {
    expect(check("intune-admin-role", []).verdict).toBe("not-checked");
  });
});
