import { describe, expect, it } from "vitest";
import { REQUIRED_SCOPES } from "../../../../src/domain/verification/consent.ts";
import { GRAPH_REQUESTS, ROLLOUT_REQUESTS } from "../../../../src/domain/verification/requests.ts";
import { requestsForSteps, scopeTableForSteps, scopesAddedBy, scopesForSteps } from "../../../../src/domain/verification/step-requests.ts";
import { CHECK_SCOPES } from "../../../../src/services/auth/scopes.ts";
import { collectEvidence } from "../../../../src/services/graph/client.ts";

describe("per-step reads and scopes (least privilege, asked for incrementally)", () => {
  it("the prerequisite check keeps exactly its own reads and scopes", () => {
    expect(requestsForSteps(["tenant"]).map((r) => r.id)).toEqual(GRAPH_REQUESTS.map((r) => r.id));
    expect(new Set(scopesForSteps(["tenant"]))).toEqual(new Set(CHECK_SCOPES));
    expect(scopesAddedBy(["tenant"])).toEqual([]);
  });

  it("the rollout steps add only the three read scopes their reads need", () => {
    expect(new Set(scopesAddedBy(["setup", "policies"]))).toEqual(new Set(["DeviceManagementConfiguration.Read.All", "DeviceManagementApps.Read.All", "DeviceManagementManagedDevices.Read.All"]));
    expect(scopesAddedBy(["policies"])).not.toContain("DeviceManagementManagedDevices.Read.All");
    expect([...scopesForSteps(["tenant", "setup", "policies"])].filter((s) => !/\.Read(\.|$)/.test(s))).toEqual([]);
    // Every rollout read is in some step, and nothing a step reads lacks a scope in its list.
    for (const spec of ROLLOUT_REQUESTS) expect(requestsForSteps(["setup", "policies"])).toContainEqual(spec);
  });

  it("every scope a step asks for is explained; the prerequisite words are kept", () => {
    const table = scopeTableForSteps(["setup", "policies"]);
    expect(table.map((s) => s.scope)).toEqual([...scopesForSteps(["setup", "policies"])]);
    expect(table.filter((s) => s.why.length < 30)).toEqual([]);
    const byScope = (a: { scope: string }, b: { scope: string }) => a.scope.localeCompare(b.scope);
    expect([...scopeTableForSteps(["tenant"])].sort(byScope)).toEqual(REQUIRED_SCOPES.filter((s) => scopesForSteps(["tenant"]).includes(s.scope)).sort(byScope));
  });

  it("the live client sends a step's reads through the same batch client, ADE follow-up included", async () => {
    const urls: string[] = [];
    const fetchImpl = async (url: string, init?: RequestInit): Promise<Response> => {
      const { requests } = JSON.parse(String(init?.body)) as { requests: { id: string; url: string }[] };
      expect(url).toMatch(/\/(v1\.0|beta)\/\$batch$/);
      urls.push(...requests.map((r) => r.url));
      const body = (u: string) => (u === "/deviceManagement/depOnboardingSettings" ? { value: [{ id: "dep-1" }] } : { value: [] });
      return new Response(JSON.stringify({ responses: requests.map((r) => ({ id: r.id, status: 200, body: body(r.url) })) }), { status: 200 });
    };
    const file = await collectEvidence({ getToken: async () => "t", fetchImpl, steps: ["policies"], sleep: async () => undefined });
    const expected = requestsForSteps(["policies"]).map((r) => (r.query ? `${r.path}?${r.query}` : r.path));
    expect(urls.slice(0, expected.length).sort()).toEqual([...expected].sort());
    expect(urls.at(-1)).toMatch(/^\/deviceManagement\/depOnboardingSettings\/dep-1\/defaultMacOsEnrollmentProfile\?\$select=/);
    expect(file.responses).toHaveLength(expected.length + 1);
  });
});
