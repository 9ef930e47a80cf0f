import { describe, expect, it } from "vitest";
import { COLLECT_SCRIPT } from "../../../src/features/verification/collect-script.ts";
import { REQUIRED_SCOPES } from "../../../src/domain/verification/consent.ts";
import { EVIDENCE_KIND } from "../../../src/domain/verification/evidence.ts";
import { requestLine } from "../../../src/domain/verification/keys.ts";
import { ENROLLMENT_PROFILES_REQUEST, GRAPH_REQUESTS, ROLLOUT_REQUESTS } from "../../../src/domain/verification/requests.ts";
import { STEP_REQUESTS, scopesForSteps } from "../../../src/domain/verification/step-requests.ts";

// PowerShell is not available in CI, so these keep the script in step with the app's tables instead.
describe("collect-evidence.ps1", () => {
  it("is bundled as text", () => {
    expect(COLLECT_SCRIPT.startsWith("#Requires -Version 7.0")).toBe(true);
    expect(COLLECT_SCRIPT).toMatch(/^#Requires -Modules Microsoft\.Graph\.Authentication$/m);
  });

  it("sends every request of the Graph table, query included", () => {
    const missing = GRAPH_REQUESTS.map(requestLine).filter((l) => !COLLECT_SCRIPT.includes(`'${l}'`) && !COLLECT_SCRIPT.includes(`"${l}"`));
    expect(missing).toEqual([]);
    const { method, version, pathFor, query } = ENROLLMENT_PROFILES_REQUEST;
    expect(COLLECT_SCRIPT).toContain(`"${method} /${version}${pathFor("$id")}?${query.replace("$", "`$")}"`);
  });

  it("asks for exactly the read-only scopes the app documents", () => {
    const block = /\$Scopes = @\(([^)]*)\)/.exec(COLLECT_SCRIPT)?.[1] ?? "";
    const scopes = [...block.matchAll(/'([^']+)'/g)].map((m) => m[1]);
    expect(scopes).toEqual(REQUIRED_SCOPES.map((s) => s.scope));
  });

  it("writes the evidence format and records error responses instead of stopping", () => {
    expect(COLLECT_SCRIPT).toContain(EVIDENCE_KIND);
    expect(COLLECT_SCRIPT).toContain("`\"version`\": 1");
    expect(COLLECT_SCRIPT).toContain("-SkipHttpErrorCheck");
    expect(COLLECT_SCRIPT).toContain("-StatusCodeVariable");
    expect(COLLECT_SCRIPT).toContain("[string] $Path = './intune-mac-evidence.json'");
  });

  it("never touches access tokens", () => {
    expect(COLLECT_SCRIPT).not.toMatch(/AccessToken|Get-MgAccessToken|-Token\b|Authorization/i);
  });
});

// The set-up and policies steps (issue 11): same reads, same scopes per step, every page; still not executed here.
describe("collect-evidence.ps1: rollout steps", () => {
  it("sends each rollout request for the steps that need it", () => {
    const rows = [...COLLECT_SCRIPT.matchAll(/^\s*,@\('([a-z,]+)', (?:'(GET [^']+)'|"(GET [^"]+)")\)$/gm)].map((m) => ({ steps: m[1], line: (m[2] ?? m[3] ?? "").replace(/`\$/g, "$") }));
    expect(rows.map((r) => r.line).sort()).toEqual(ROLLOUT_REQUESTS.map(requestLine).sort());
    for (const spec of ROLLOUT_REQUESTS) {
      const steps = (["tenant", "setup", "policies"] as const).filter((s) => (STEP_REQUESTS[s] as readonly string[]).includes(spec.id));
      expect(rows.find((r) => r.line === requestLine(spec))?.steps, spec.id).toBe(steps.join(","));
    }
  });

  it("asks only the chosen steps' scopes", () => {
    for (const step of ["setup", "policies"] as const) {
      const listed = new RegExp(`^\\s*${step}\\s*= @\\(([^)]*)\\)`, "m").exec(COLLECT_SCRIPT)?.[1] ?? "";
      expect(new Set([...listed.matchAll(/'([^']+)'/g)].map((m) => m[1])), step).toEqual(new Set(scopesForSteps([step])));
    }
    expect(COLLECT_SCRIPT).toContain("[string[]] $Steps = @('tenant', 'setup', 'policies')");
  });

  it("follows every @odata.nextLink on Graph hosts, and says it is not executed here", () => {
    expect(COLLECT_SCRIPT).toMatch(/function Read-RemainingPages/);
    expect(COLLECT_SCRIPT).toContain("$MaxPages = 20");
    expect(COLLECT_SCRIPT).toMatch(/GraphHosts -notcontains \(\[uri\] \$link\)\.Host/);
    expect(COLLECT_SCRIPT).toMatch(/not executed in this project's\s+test suite/);
  });
});
