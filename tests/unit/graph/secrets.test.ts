import { ENROLLMENT_PROFILES_REQUEST } from "../../../src/domain/verification/requests.ts";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { COLLECT_SCRIPT } from "../../../src/features/verification/collect-script.ts";
import { SECRET_KEYS, stripSecrets } from "../../../src/domain/verification/secrets.ts";

// Shaped like Learn "Get depMacOSEnrollmentProfile" (beta) and "Get vppToken": the properties that carry secrets.
const macProfile = {
  "@odata.type": "#microsoft.graph.depMacOSEnrollmentProfile",
  id: "a1b2c3d4-0000-4000-8000-00000000f001",
  displayName: "macOS – Corporate",
  isDefault: true,
  adminAccountUserName: "localadmin",
  adminAccountPassword: "Pa55w0rd-from-Graph",
};
const vppToken = { id: "vpp-1", organizationName: "Contoso", token: "VPP-TOKEN-STRING", tokenActionResults: [] };

describe("stripSecrets", () => {
  it("blanks the admin account password and the VPP token string, and keeps everything else", () => {
    expect(stripSecrets({ value: [macProfile] })).toEqual({ value: [{ ...macProfile, adminAccountPassword: null }] });
    expect(stripSecrets(vppToken)).toEqual({ ...vppToken, token: null });
  });

  it("keeps token metadata that is not a secret", () => {
    const dep = { tokenType: "dep", tokenName: "Contoso ABM", tokenExpirationDateTime: "2027-01-15T00:00:00Z", token: null };
    expect(stripSecrets(dep)).toEqual(dep);
  });

  it("matches names case-insensitively, at any depth, and leaves non-objects alone", () => {
    expect(stripSecrets({ a: { b: [{ Token: "x", ADMINACCOUNTPASSWORD: "y" }] } })).toEqual({ a: { b: [{ Token: null, ADMINACCOUNTPASSWORD: null }] } });
    expect(stripSecrets("token")).toBe("token");
    expect(stripSecrets(null)).toBeNull();
  });

  it("never lets a secret string through, whatever the shape (property)", () => {
    const secret = "S3CRET-VALUE-\u00e9";
    const json = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, fc.string(), fc.integer(), fc.constant(null), tie("object"), fc.array(tie("node"), { maxLength: 3 })),
      object: fc.dictionary(fc.oneof(fc.string(), fc.constantFrom(...SECRET_KEYS)), tie("node"), { maxKeys: 4 }),
    }));
    fc.assert(
      fc.property(json.object, fc.constantFrom(...SECRET_KEYS), fc.boolean(), (object, key, upper) => {
        const planted = { ...object, nested: [{ [upper ? key.toUpperCase() : key]: secret }] };
        expect(JSON.stringify(stripSecrets(planted))).not.toContain("S3CRET-VALUE");
      }),
    );
  });
});

describe("collect-evidence.ps1 strips the same secrets", () => {
  const keys = [...(/\$SecretKeys = @\(([^)]*)\)/.exec(COLLECT_SCRIPT)?.[1] ?? "").matchAll(/'([^']+)'/g)].map((m) => m[1]);

  it("lists the same keys as the app", () => {
    expect(keys).toEqual(SECRET_KEYS);
  });

  it("its pattern, applied the way the script applies it, leaves no secret in a body", () => {
    // The script builds '"(' + (escaped keys joined by |) + ')"\s*:\s*"(?:[^"\\]|\\.)*"' and replaces with '"$1":null'.
    // .NET and JavaScript read this pattern the same way; PowerShell is not available where the tests run.
    expect(COLLECT_SCRIPT).toContain(`$SecretPattern = '"(' + (($SecretKeys | ForEach-Object { [regex]::Escape($_) }) -join '|') + ')"\\s*:\\s*"(?:[^"\\\\]|\\\\.)*"'`);
    expect(COLLECT_SCRIPT).toContain(`[regex]::Replace($bodyJson, $SecretPattern, '"$1":null',`);
    const pattern = new RegExp(`"(${keys.join("|")})"\\s*:\\s*"(?:[^"\\\\]|\\\\.)*"`, "gi");
    const body = JSON.stringify({ value: [macProfile, { ...vppToken, token: 'with \\"escaped\\" quotes' }], tokenType: "dep" }, null, 2);
    const cleaned = body.replace(pattern, '"$1":null');
    expect(cleaned).not.toMatch(/Pa55w0rd|VPP-TOKEN|escaped/);
    expect(JSON.parse(cleaned)).toEqual(stripSecrets(JSON.parse(body)));
  });

  it("asks Graph for the default macOS profile with a $select that leaves the password out", () => {
    expect(COLLECT_SCRIPT).toContain(`defaultMacOsEnrollmentProfile?\`${ENROLLMENT_PROFILES_REQUEST.query}"`);
    expect(ENROLLMENT_PROFILES_REQUEST.query.replace("$select=", "").split(",").filter((name) => /password$/i.test(name))).toEqual([]);
    expect(COLLECT_SCRIPT).not.toMatch(/\/enrollmentProfiles"/);
  });
});
