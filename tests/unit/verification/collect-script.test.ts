import { describe, expect, it } from "vitest";
import { COLLECT_SCRIPT } from "../../../src/domain/verification/collect-script.ts";
import { REQUIRED_SCOPES } from "../../../src/domain/verification/consent.ts";
import { EVIDENCE_KIND } from "../../../src/domain/verification/evidence.ts";
import { requestLine } from "../../../src/domain/verification/keys.ts";
import { ENROLLMENT_PROFILES_REQUEST, GRAPH_REQUESTS } from "../../../src/domain/verification/requests.ts";

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
