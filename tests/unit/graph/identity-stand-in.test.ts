// @vitest-environment node
// The identity-provider stand-in must hold MSAL to what Microsoft's identity platform checks, or the browser suite's
// sign-in tests could pass against a lenient fake: PKCE, one-time codes, registered redirect URIs, consent per scope.
import { createHash, randomBytes } from "node:crypto";
import { request } from "node:https";
import { afterEach, describe, expect, it } from "vitest";
import { startIdentityStandIn, type IdentityStandIn } from "../../../scripts/identity-stand-in.mjs";
import { challengeClaims, startStandIn } from "../../../scripts/graph-stand-in.mjs";

const CLIENT_ID = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";
const REDIRECT = "http://127.0.0.1:4999/redirect.html";

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** HTTPS to the stand-in's throwaway certificate (trusted for this request only). */
function call(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const body = init.form ? new URLSearchParams(init.form).toString() : undefined;
    const req = request(url, { method: init.method ?? "GET", rejectUnauthorized: false, headers: body ? { "Content-Type": "application/x-www-form-urlencoded" } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

let idp: IdentityStandIn | null = null;
afterEach(async () => {
  await idp?.close();
  idp = null;
});

async function authorize(stand: IdentityStandIn, scope: string, extra: Record<string, string> = {}) {
  const verifier = randomBytes(32).toString("base64url");
  const challenge = createHash("sha256").update(verifier).digest("base64url");
  const query = new URLSearchParams({ client_id: CLIENT_ID, redirect_uri: REDIRECT, scope: `${scope} openid profile offline_access`, state: "s", nonce: "n", code_challenge: challenge, code_challenge_method: "S256", ...extra });
  const reply = await call(`${stand.authority}/oauth2/v2.0/authorize?${query}`);
  const location = new URL(String(reply.headers.location));
  return { reply, location, code: location.searchParams.get("code") ?? "", verifier };
}

const redeem = (stand: IdentityStandIn, code: string, verifier: string) =>
  call(`${stand.authority}/oauth2/v2.0/token`, { method: "POST", form: { client_id: CLIENT_ID, grant_type: "authorization_code", code, code_verifier: verifier, redirect_uri: REDIRECT } });

describe("identity-provider stand-in", () => {
  it("publishes OpenID discovery for the tenant, on HTTPS", async () => {
    idp = await startIdentityStandIn({ clientId: CLIENT_ID, redirectUris: [REDIRECT] });
    expect(idp.authority).toMatch(/^https:\/\/127\.0\.0\.1:\d+\//);
    const doc = JSON.parse((await call(`${idp.authority}/v2.0/.well-known/openid-configuration`)).body) as Record<string, string>;
    expect(doc.issuer).toBe(`${idp.authority}/v2.0`);
    expect(doc.token_endpoint).toBe(`${idp.authority}/oauth2/v2.0/token`);
  });

  it("issues a code only to a registered redirect URI, redeems it once, and only with the PKCE verifier", async () => {
    idp = await startIdentityStandIn({ clientId: CLIENT_ID, redirectUris: [REDIRECT] });
    const foreign = await call(`${idp.authority}/oauth2/v2.0/authorize?client_id=${CLIENT_ID}&redirect_uri=${encodeURIComponent("https://evil.example/")}&code_challenge=x&code_challenge_method=S256`);
    expect(foreign.status).toBe(400);

    const first = await authorize(idp, "User.Read");
    expect((await redeem(idp, first.code, "wrong-verifier")).status).toBe(400);
    const second = await authorize(idp, "User.Read");
    const ok = await redeem(idp, second.code, second.verifier);
    expect(ok.status).toBe(200);
    const tokens = JSON.parse(ok.body) as { access_token: string; id_token: string; refresh_token: string };
    const claims = idp.verifyAccessToken(tokens.access_token);
    expect(claims).toMatchObject({ scp: "User.Read", tid: idp.tenantId, oid: idp.user.oid, preferred_username: idp.user.preferred_username });
    expect(JSON.parse(Buffer.from(tokens.id_token.split(".")[1] ?? "", "base64url").toString())).toMatchObject({ nonce: "n", aud: CLIENT_ID });
    expect((await redeem(idp, second.code, second.verifier)).status, "a code is good once").toBe(400);
    expect(idp.verifyAccessToken(`${tokens.access_token.slice(0, -4)}AAAA`), "a tampered token").toBeNull();
  });

  it("asks for consent again only for new scopes, and refuses a refresh for scopes never consented", async () => {
    idp = await startIdentityStandIn({ clientId: CLIENT_ID, redirectUris: [REDIRECT] });
    const signIn = await authorize(idp, "User.Read");
    const tokens = JSON.parse((await redeem(idp, signIn.code, signIn.verifier)).body) as { refresh_token: string };
    const refresh = (scope: string, claims?: string) =>
      call(`${idp!.authority}/oauth2/v2.0/token`, {
        method: "POST",
        form: { client_id: CLIENT_ID, grant_type: "refresh_token", refresh_token: tokens.refresh_token, scope, ...(claims ? { claims } : {}) },
      });
    const refused = await refresh("https://graph.microsoft.com/Policy.Read.All");
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.body)).toMatchObject({ error: "invalid_grant", suberror: "consent_required", error_codes: [65001] });

    const silent = await authorize(idp, "User.Read Policy.Read.All", { prompt: "none" });
    expect(silent.location.searchParams.get("error")).toBe("consent_required");
    const consent = await authorize(idp, "User.Read Policy.Read.All");
    expect(idp.log.filter((e) => e.kind === "authorize" && e.outcome === "code").map((e) => e.newlyConsented)).toEqual([["User.Read"], ["Policy.Read.All"]]);
    expect(consent.code).not.toBe("");

    const withClaims = await refresh("Policy.Read.All", challengeClaims("c1"));
    const renewed = JSON.parse(withClaims.body) as { access_token: string };
    expect(idp.verifyAccessToken(renewed.access_token)).toMatchObject({ scp: "Policy.Read.All", acrs: ["c1"] });
  });
});

describe("Graph stand-in with the identity stand-in's tokens", () => {
  it("refuses other tokens, checks each read's scope and sends a claims challenge once", async () => {
    idp = await startIdentityStandIn({ clientId: CLIENT_ID, redirectUris: [REDIRECT] });
    const signIn = await authorize(idp, "User.Read");
    const { access_token: token } = JSON.parse((await redeem(idp, signIn.code, signIn.verifier)).body) as { access_token: string };
    const evidence = { kind: "intune-mac-readiness-evidence" as const, version: 1 as const, collectedAt: "2026-05-01T00:00:00Z", responses: [{ request: "GET /v1.0/me/memberOf", status: 200, body: { value: [] } }, { request: "GET /v1.0/subscribedSkus", status: 200, body: { value: [] } }] };
    const graph = await startStandIn({
      evidence,
      verifyToken: (t) => idp!.verifyAccessToken(t),
      scopeOf: (_v, path) => (path === "/subscribedSkus" ? "Organization.Read.All" : "User.Read"),
      claimsChallenge: { times: 1, acrs: "c1" },
    });
    try {
      const get = (path: string, bearer: string) => fetch(`${graph.url}/v1.0${path}`, { headers: { Authorization: `Bearer ${bearer}` } });
      expect((await get("/me/memberOf", "forged")).status).toBe(401);
      const challenged = await get("/me/memberOf", token);
      expect(challenged.status).toBe(401);
      expect(challenged.headers.get("www-authenticate")).toContain('error="insufficient_claims"');
      expect((await get("/me/memberOf", token)).status).toBe(200);
      expect((await get("/subscribedSkus", token)).status).toBe(403);
    } finally {
      await graph.close();
    }
  });
});
