import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { graphBaseUrlOf, loadRuntimeConfig, resolveAuthConfig, validateAuthConfig, type RuntimeEnv } from "../../../src/services/auth/config.ts";
import { CHECK_SCOPES } from "../../../src/services/auth/scopes.ts";

const ORIGIN = "https://readiness.contoso.com";
const context = { origin: ORIGIN, baseUrl: "/" };
const CLIENT_ID = "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";
const valid = { clientId: CLIENT_ID, authority: "https://login.microsoftonline.com/contoso.onmicrosoft.com", redirectUri: `${ORIGIN}/redirect.html`, cloud: "global" } as const;
const TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";

describe("validateAuthConfig", () => {
  it.each([
    ["a tenant GUID", "https://login.microsoftonline.com/72F988BF-86F1-41AF-91AB-2D7CD011DB47", "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47"],
    ["a domain", "https://login.microsoftonline.com/Contoso.com/", "https://login.microsoftonline.com/contoso.com"],
    ["organizations", "https://login.microsoftonline.com/organizations", "https://login.microsoftonline.com/organizations"],
  ])("accepts an authority with %s and normalises it", (_, authority, normalised) => {
    expect(validateAuthConfig({ ...valid, authority }, context)).toEqual({ ok: true, config: { ...valid, authority: normalised } });
  });

  // Issue 12: the set-up steps tell admins to copy the Directory (tenant) ID; the authority URL is built for them.
  it.each([
    ["a Directory (tenant) ID", TENANT.toUpperCase(), "global", `https://login.microsoftonline.com/${TENANT}`],
    ["a domain", "Contoso.onmicrosoft.com", "global", "https://login.microsoftonline.com/contoso.onmicrosoft.com"],
    ["organizations", "organizations", "global", "https://login.microsoftonline.com/organizations"],
    ["a tenant ID in GCC High", TENANT, "gcc-high", `https://login.microsoftonline.us/${TENANT}`],
    ["a tenant ID in DoD", TENANT, "dod", `https://login.microsoftonline.us/${TENANT}`],
    ["a domain in China (21Vianet)", "contoso.partner.onmschina.cn", "china", "https://login.chinacloudapi.cn/contoso.partner.onmschina.cn"],
    ["a full US Government authority", `https://login.microsoftonline.us/${TENANT}`, "gcc-high", `https://login.microsoftonline.us/${TENANT}`],
  ] as const)("builds the authority from %s", (_, authority, cloud, expected) => {
    expect(validateAuthConfig({ ...valid, authority, cloud }, context)).toEqual({ ok: true, config: { ...valid, authority: expected, cloud } });
  });

  it("an older save without a cloud means the global cloud", () => {
    const { cloud: _cloud, ...older } = valid;
    expect(validateAuthConfig(older, context)).toEqual({ ok: true, config: valid });
  });

  it("accepts an https loopback authority only where the browser tests allow it", () => {
    const authority = `https://127.0.0.1:4500/${TENANT}`;
    expect(validateAuthConfig({ ...valid, authority }, { ...context, allowLoopbackAuthority: true })).toMatchObject({ ok: true, config: { authority } });
    expect(validateAuthConfig({ ...valid, authority }, context).ok).toBe(false);
    expect(validateAuthConfig({ ...valid, authority: `http://127.0.0.1:4500/${TENANT}` }, { ...context, allowLoopbackAuthority: true }).ok).toBe(false);
  });

  it.each([
    ["clientId", { clientId: "" }, /Application \(client\) ID/],
    ["clientId", { clientId: "my-app" }, /GUID/],
    ["clientId", { clientId: "00000000-0000-0000-0000-000000000000" }, /placeholder/],
    ["authority", { authority: "https://login.microsoftonline.com/common" }, /personal Microsoft accounts/],
    ["authority", { authority: "https://login.microsoftonline.com/consumers" }, /personal Microsoft accounts/],
    ["authority", { authority: "https://login.microsoftonline.us/contoso.com" }, /US Government \(GCC High or DoD\) cloud, but the cloud chosen is Global/],
    ["authority", { authority: "https://login.microsoftonline.com/contoso.com", cloud: "china" }, /Global .* cloud, but the cloud chosen is China/],
    ["authority", { authority: "http://login.microsoftonline.com/contoso.com" }, /not the Microsoft sign-in address/],
    ["authority", { authority: "" }, /Directory \(tenant\) ID/],
    ["cloud", { cloud: "mars" }, /GCC High/],
    ["authority", { authority: "https://login.microsoftonline.com/contoso.com/v2.0" }, /one path segment/],
    ["authority", { authority: "https://login.microsoftonline.com/" }, /one path segment/],
    ["authority", { authority: "https://login.microsoftonline.com/not a tenant" }, /Directory \(tenant\) ID \(a GUID/],
    ["authority", { authority: "not a tenant" }, /Directory \(tenant\) ID \(a GUID/],
    ["authority", { authority: "https://" }, /neither a tenant ID, a domain nor a web address/],
    ["redirectUri", { redirectUri: "http://readiness.contoso.com/redirect.html" }, /https/],
    ["redirectUri", { redirectUri: "https://other.example/redirect.html" }, /must be on this site/],
    ["redirectUri", { redirectUri: `${ORIGIN}/redirect.html#x` }, /fragment/],
    ["redirectUri", { redirectUri: "/redirect.html" }, /absolute URL/],
  ])("reports %s problem for %j", (field, override, message) => {
    const result = validateAuthConfig({ ...valid, ...override }, context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ field });
    expect(result.problems[0]?.message).toMatch(message);
  });

  it("defaults the redirect URI to the bridge page under the base path", () => {
    const result = validateAuthConfig({ ...valid, redirectUri: "" }, { origin: ORIGIN, baseUrl: "/readiness/" });
    expect(result).toMatchObject({ ok: true, config: { redirectUri: `${ORIGIN}/readiness/redirect.html` } });
  });

  it("allows http for a localhost redirect URI", () => {
    const result = validateAuthConfig({ ...valid, redirectUri: "http://localhost:5173/redirect.html" }, { origin: "http://localhost:5173", baseUrl: "/" });
    expect(result.ok).toBe(true);
  });

  it("reports every bad field at once and ignores non-string input", () => {
    const result = validateAuthConfig({ clientId: 42, authority: null, redirectUri: "ftp://x", cloud: "global" }, context);
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual(["clientId", "authority", "redirectUri"]);
  });
});

describe("loadRuntimeConfig", () => {
  const env: RuntimeEnv = { baseUrl: "/app/", mode: "production", origin: ORIGIN };
  const serve = (status: number, body: string, contentType = "application/json") => {
    const urls: string[] = [];
    const fetchImpl = async (input: string) => {
      urls.push(input);
      return new Response(body, { status, headers: { "Content-Type": contentType } });
    };
    return { fetchImpl, urls };
  };

  it("reads config.json under the base path", async () => {
    const { fetchImpl, urls } = serve(200, JSON.stringify({ clientId: CLIENT_ID, authority: "https://login.microsoftonline.com/contoso.com", redirectUri: "" }));
    const result = await loadRuntimeConfig(fetchImpl, env);
    expect(urls).toEqual(["/app/config.json"]);
    expect(result).toEqual({
      status: "ready",
      config: { clientId: CLIENT_ID, authority: "https://login.microsoftonline.com/contoso.com", redirectUri: `${ORIGIN}/app/redirect.html`, cloud: "global" },
      graphBaseUrl: null,
    });
  });

  it("reads the cloud, which switches the sign-in and Graph hosts together", async () => {
    const body = JSON.stringify({ clientId: CLIENT_ID, authority: TENANT, cloud: "dod" });
    const result = await loadRuntimeConfig(serve(200, body).fetchImpl, env);
    expect(result).toMatchObject({ status: "ready", config: { authority: `https://login.microsoftonline.us/${TENANT}`, cloud: "dod" } });
    if (result.status === "ready") expect(graphBaseUrlOf(result.config, result)).toBe("https://dod-graph.microsoft.us");
  });

  it("speaks of the admin's settings, not of file names", async () => {
    for (const [status, body] of [[404, ""], [200, "{ broken"], [200, JSON.stringify({ clientId: "" })]] as const) {
      const result = await loadRuntimeConfig(serve(status, body).fetchImpl, env);
      expect("reason" in result ? result.reason : "").not.toMatch(/config\.json|clientId/);
    }
    const missing = await loadRuntimeConfig(serve(404, "").fetchImpl, env);
    expect("reason" in missing ? missing.reason : "").toMatch(/none is set up/);
  });

  it.each([
    ["a 404", serve(404, "").fetchImpl, "not-configured"],
    ["an SPA fallback page", serve(200, "<!doctype html>", "text/html").fetchImpl, "not-configured"],
    ["an empty clientId", serve(200, JSON.stringify({ clientId: "", authority: "x" })).fetchImpl, "not-configured"],
    ["a server error", serve(500, "").fetchImpl, "invalid"],
    ["broken JSON", serve(200, "{ clientId: ").fetchImpl, "invalid"],
    ["a JSON array", serve(200, "[]").fetchImpl, "invalid"],
    ["an unusable authority", serve(200, JSON.stringify({ clientId: CLIENT_ID, authority: "https://login.microsoftonline.com/common" })).fetchImpl, "invalid"],
    ["a network failure", async () => { throw new TypeError("Failed to fetch"); }, "invalid"],
  ])("never throws: %s gives %s with a reason", async (_, fetchImpl, status) => {
    const result = await loadRuntimeConfig(fetchImpl, env);
    expect(result.status).toBe(status);
    expect(result.config).toBeNull();
    expect("reason" in result && result.reason.length > 0).toBe(true);
  });

  it("names the bad fields of an invalid config", async () => {
    const result = await loadRuntimeConfig(serve(200, JSON.stringify({ clientId: CLIENT_ID, authority: "https://login.microsoftonline.com/common" })).fetchImpl, env);
    expect(result.status === "invalid" ? result.problems.map((p) => p.field) : []).toEqual(["authority"]);
  });

  it.each([
    ["e2e", "http://127.0.0.1:4390", "http://127.0.0.1:4390"],
    ["e2e", "https://attacker.example", "https://graph.microsoft.com"],
    ["production", "http://127.0.0.1:4390", "https://graph.microsoft.com"],
    ["development", "http://127.0.0.1:4390", "https://graph.microsoft.com"],
  ])("in %s mode, graphBaseUrl %s becomes %s", async (mode, graphBaseUrl, expected) => {
    const body = JSON.stringify({ clientId: CLIENT_ID, authority: "https://login.microsoftonline.com/contoso.com", graphBaseUrl });
    const result = await loadRuntimeConfig(serve(200, body).fetchImpl, { ...env, mode });
    expect(result.status === "ready" ? graphBaseUrlOf(result.config, result) : null).toBe(expected);
  });

  it("ships a config.json that is not configured and documents every scope the checks ask for", async () => {
    const shipped = readFileSync("public/config.json", "utf8");
    const result = await loadRuntimeConfig(serve(200, shipped).fetchImpl, env);
    expect(result.status).toBe("not-configured");
    for (const scope of CHECK_SCOPES) expect(shipped).toContain(scope);
  });
});

describe("resolveAuthConfig", () => {
  const ready = { status: "ready", config: valid, graphBaseUrl: null } as const;
  const missing = { status: "not-configured", config: null, reason: "no config.json", graphBaseUrl: null } as const;
  const override = { ...valid, clientId: "2b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d" };

  it.each([
    ["settings win over config.json", ready, override, { source: "settings", config: override }],
    ["config.json without settings", ready, null, { source: "site", config: valid }],
    ["settings without config.json", missing, override, { source: "settings", config: override }],
    ["neither", missing, null, { source: null, reason: "no config.json" }],
  ])("%s", (_, runtime, saved, expected) => {
    expect(resolveAuthConfig(runtime, saved)).toEqual(expected);
  });
});
