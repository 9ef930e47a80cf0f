import { describe, expect, it } from "vitest";
import type { Verdict } from "../../../src/domain/verification/types.ts";
import { check, graphError, res } from "./helpers.ts";

const policy = (appliesTo: string, groups: readonly string[] = [], extra: Record<string, unknown> = {}) => ({
  id: "0000000a-0000-0000-c000-000000000000",
  appliesTo,
  displayName: "Microsoft Intune",
  isValid: true,
  includedGroups: groups.map((displayName, i) => ({ id: `g${i}`, displayName })),
  ...extra,
});
const scope = (body: unknown, status = 200) => check("mdm-user-scope", [res("mdmPolicy", body, status)]);

describe("mdm-user-scope", () => {
  it.each<[string, unknown, Verdict, RegExp]>([
    ["all", policy("all"), "ready", /scope is All/],
    ["selected names the groups", policy("selected", ["Intune Pilot Users", "Mac Users"]), "advisory", /Intune Pilot Users, Mac Users/],
    ["selected without groups listed", policy("selected"), "advisory", /no groups listed/],
    // The setting governs Windows automatic enrollment (Graph mobilityManagementPolicy: Windows 10 and later only), so
    // None never blocks Macs and must not push a tenant-wide Windows change.
    ["none", policy("none"), "advisory", /None\. It governs Windows automatic enrollment, not Macs/],
    ["all but invalid", policy("all", [], { isValid: false }), "advisory", /invalid/],
  ])("%s", (_, body, verdict, reason) => {
    const result = scope(body);
    expect(result.verdict).toBe(verdict);
    expect(result.reason).toMatch(reason);
  });

  it("explains that Microsoft documents the policy for Windows automatic enrollment", () => {
    expect(scope(policy("none")).details.join(" ")).toMatch(/Windows devices/);
  });

  it("404 (no Intune MDM policy) is advisory: it does not gate Macs", () => {
    expect(scope(graphError("Request_ResourceNotFound", "does not exist"), 404).verdict).toBe("advisory");
  });

  it("an unknown appliesTo value is an unexpected response, not a guess", () => {
    const result = scope(policy("unknownFutureValue"));
    expect(result).toMatchObject({ verdict: "error", cause: "unexpected-response" });
  });

  it("only accepts the beta resource (the policy is not in v1.0)", () => {
    const result = check("mdm-user-scope", [{ request: "GET /v1.0/policies/mobileDeviceManagementPolicies/0000000a-0000-0000-c000-000000000000", status: 200, body: policy("all") }]);
    expect(result.verdict).toBe("not-checked");
  });
});
