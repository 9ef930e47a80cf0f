// A loopback stand-in for the Microsoft identity platform, so the REAL @azure/msal-browser runs in the browser suite:
// OpenID discovery, authorize (auto sign-in and consent, remembering what was consented), token (authorization code
// with PKCE, refresh token, claims requests), logout. HTTPS on 127.0.0.1 with a throwaway self-signed certificate,
// because MSAL refuses authorities that are not https. Tokens are RS256 JWTs the Graph stand-in can verify.
//
//   const idp = await startIdentityStandIn({ clientId, redirectUris: ["http://127.0.0.1:4174/redirect.html"] });
//   idp.authority → "https://127.0.0.1:<port>/<tenant id>"; idp.verifyAccessToken(jwt) → claims | null
import { createServer } from "node:https";
import { createHash, createPublicKey, generateKeyPairSync, randomBytes, randomUUID, sign, verify } from "node:crypto";
import { throwawayCertificate } from "./throwaway-certificate.mjs";
import { GRAPH_RESOURCE, b64url, fromB64url, graphScopes, requestedAcrs } from "./identity-stand-in-requests.mjs";

export const STAND_IN_TENANT_ID = "7e0c8a52-3d1b-4f6e-9a2c-5b8d4e1f0a93";
export const STAND_IN_USER = {
  oid: "2a6f4c1e-8b3d-4e5f-a7c9-1d2e3f4a5b6c",
  name: "Avery Admin",
  preferred_username: "avery.admin@contoso.example",
};
export async function startIdentityStandIn({
  port = 0,
  latencyMs = 0,
  clientId,
  redirectUris,
  tenantId = STAND_IN_TENANT_ID,
  user = STAND_IN_USER,
  accessTokenSeconds = 3600,
  wids,
} = {}) {
  if (!clientId || !Array.isArray(redirectUris) || redirectUris.length === 0) throw new Error("clientId and redirectUris are required");
  const { cert, key } = throwawayCertificate();
  const signing = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const kid = randomBytes(8).toString("hex");
  const log = [];
  const codes = new Map();
  const refreshTokens = new Map();
  const consented = new Set();
  let signedIn = false;
  let origin = "";
  const issuer = () => `${origin}/${tenantId}/v2.0`;

  const jwt = (claims) => {
    const head = b64url(JSON.stringify({ typ: "JWT", alg: "RS256", kid }));
    const body = b64url(JSON.stringify(claims));
    return `${head}.${body}.${sign("sha256", Buffer.from(`${head}.${body}`), signing.privateKey).toString("base64url")}`;
  };

  function tokens({ scopes, nonce, acrs }) {
    const now = Math.floor(Date.now() / 1000);
    const common = { tid: tenantId, oid: user.oid, preferred_username: user.preferred_username, name: user.name, iat: now, nbf: now };
    const accessToken = jwt({
      ...common,
      aud: GRAPH_RESOURCE,
      iss: `https://sts.windows.net/${tenantId}/`,
      exp: now + accessTokenSeconds,
      scp: scopes.join(" "),
      appid: clientId,
      xms_cc: ["CP1"],
      ...(acrs.length > 0 ? { acrs } : {}),
    });
    // `wids` (directory role template ids) only when asked for, as Entra emits it only with groupMembershipClaims set.
    const roles = Array.isArray(wids) ? { wids: [...wids] } : {};
    const idToken = jwt({ ...common, aud: clientId, iss: issuer(), sub: user.oid, exp: now + 3600, ver: "2.0", ...roles, ...(nonce ? { nonce } : {}) });
    const refreshToken = `rt.${randomBytes(24).toString("base64url")}`;
    refreshTokens.set(refreshToken, { scopes });
    return {
      token_type: "Bearer",
      scope: [...scopes, "openid", "profile", "offline_access"].join(" "),
      expires_in: accessTokenSeconds,
      ext_expires_in: accessTokenSeconds,
      access_token: accessToken,
      refresh_token: refreshToken,
      id_token: idToken,
      client_info: b64url(JSON.stringify({ uid: user.oid, utid: tenantId })),
    };
  }

  function redirectWith(res, redirectUri, responseMode, params, entry) {
    entry.status = 302;
    const encoded = new URLSearchParams(params).toString();
    const target = responseMode === "fragment" ? `${redirectUri}#${encoded}` : `${redirectUri}?${encoded}`;
    res.writeHead(302, { Location: target, "Cache-Control": "no-store" });
    res.end();
  }

  function authorize(url, res, entry) {
    const q = url.searchParams;
    const redirectUri = q.get("redirect_uri") ?? "";
    if (q.get("client_id") !== clientId || !redirectUris.includes(redirectUri)) {
      entry.outcome = "rejected";
      entry.status = 400;
      res.writeHead(400, { "Content-Type": "text/plain" });
      return res.end("AADSTS50011: The redirect URI does not match the redirect URIs configured for the application.");
    }
    const scopes = graphScopes(q.get("scope"));
    const missing = scopes.filter((s) => !consented.has(s.toLowerCase()));
    const prompt = q.get("prompt") ?? "";
    Object.assign(entry, { prompt, scopes, claims: q.get("claims"), newlyConsented: [] });
    const base = { state: q.get("state") ?? "" };
    const mode = q.get("response_mode") ?? "query";
    if (q.get("code_challenge_method") !== "S256" || !q.get("code_challenge")) {
      entry.outcome = "error";
      return redirectWith(res, redirectUri, mode, { ...base, error: "invalid_request", error_description: "AADSTS9002325: Proof Key for Code Exchange is required for cross-origin authorization code redemption." }, entry);
    }
    if (prompt === "none" && (!signedIn || missing.length > 0)) {
      entry.outcome = signedIn ? "consent_required" : "login_required";
      const description = signedIn
        ? "AADSTS65001: The user or administrator has not consented to use the application."
        : "AADSTS50058: A silent sign-in request was sent but no user is signed in.";
      return redirectWith(res, redirectUri, mode, { ...base, error: signedIn ? "consent_required" : "login_required", error_description: description }, entry);
    }
    // Interactive: the admin signs in and accepts the consent screen, which lists only what is new.
    signedIn = true;
    for (const scope of missing) consented.add(scope.toLowerCase());
    entry.newlyConsented = missing;
    entry.outcome = "code";
    const code = `code.${randomBytes(24).toString("base64url")}`;
    codes.set(code, {
      redirectUri,
      challenge: q.get("code_challenge"),
      nonce: q.get("nonce") ?? "",
      scopes,
      acrs: requestedAcrs(q.get("claims")),
      expires: Date.now() + 120_000,
    });
    return redirectWith(res, redirectUri, mode, { ...base, code, client_info: b64url(JSON.stringify({ uid: user.oid, utid: tenantId })), session_state: randomUUID() }, entry);
  }

  const tokenError = (error, code, description, extra = {}) => ({
    status: 400,
    body: {
      error,
      error_description: `AADSTS${code}: ${description}`,
      error_codes: [code],
      timestamp: new Date().toISOString(),
      trace_id: randomUUID(),
      correlation_id: randomUUID(),
      ...extra,
    },
  });

  function token(form, entry) {
    const grant = form.get("grant_type");
    entry.grant = grant;
    if (form.get("client_id") !== clientId) return tokenError("invalid_client", 700016, `Application with identifier '${form.get("client_id")}' was not found.`);
    if (grant === "authorization_code") {
      const issued = codes.get(form.get("code") ?? "");
      codes.delete(form.get("code") ?? "");
      if (!issued || issued.expires < Date.now()) return tokenError("invalid_grant", 54005, "OAuth2 Authorization code was already redeemed or has expired.");
      if (issued.redirectUri !== form.get("redirect_uri")) return tokenError("invalid_grant", 50011, "The redirect URI does not match the one the code was issued for.");
      const verifier = form.get("code_verifier") ?? "";
      if (createHash("sha256").update(verifier).digest("base64url") !== issued.challenge) {
        return tokenError("invalid_grant", 501481, "The Code_Verifier does not match the code_challenge supplied in the authorization request.");
      }
      entry.scopes = issued.scopes;
      return { status: 200, body: tokens({ scopes: issued.scopes, nonce: issued.nonce, acrs: issued.acrs }) };
    }
    if (grant === "refresh_token") {
      const held = refreshTokens.get(form.get("refresh_token") ?? "");
      if (!held || !signedIn) return tokenError("invalid_grant", 700082, "The refresh token has expired due to inactivity.", { suberror: "bad_token" });
      const scopes = graphScopes(form.get("scope"));
      entry.scopes = scopes;
      entry.claims = form.get("claims");
      const missing = scopes.filter((s) => !consented.has(s.toLowerCase()));
      if (missing.length > 0) {
        return tokenError("invalid_grant", 65001, `The user or administrator has not consented to use the application. Send an interactive authorization request for this user and resource.`, { suberror: "consent_required" });
      }
      return { status: 200, body: tokens({ scopes, nonce: "", acrs: requestedAcrs(form.get("claims")) }) };
    }
    return tokenError("unsupported_grant_type", 70003, `The app requested an unsupported grant type '${grant}'.`);
  }

  function discovery(tenantSegment) {
    const base = `${origin}/${tenantSegment}`;
    return {
      issuer: issuer(),
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      token_endpoint: `${base}/oauth2/v2.0/token`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      jwks_uri: `${origin}/${tenantSegment}/discovery/v2.0/keys`,
      response_modes_supported: ["query", "fragment", "form_post"],
      response_types_supported: ["code", "id_token", "code id_token", "id_token token"],
      scopes_supported: ["openid", "profile", "email", "offline_access"],
      subject_types_supported: ["pairwise"],
      id_token_signing_alg_values_supported: ["RS256"],
      code_challenge_methods_supported: ["S256"],
      token_endpoint_auth_methods_supported: ["none"],
      claims_supported: ["sub", "iss", "aud", "exp", "iat", "nonce", "name", "preferred_username", "oid", "tid", "ver"],
      tenant_region_scope: "NA",
      cloud_instance_name: "microsoftonline.com",
      cloud_graph_host_name: "graph.windows.net",
      msgraph_host: "graph.microsoft.com",
    };
  }

  function route(req, res, body, entry) {
    const url = new URL(req.url ?? "/", origin);
    const cors = req.headers.origin ? { "Access-Control-Allow-Origin": req.headers.origin, Vary: "Origin" } : {};
    const json = (status, value) => {
      entry.status = status;
      res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...cors });
      res.end(JSON.stringify(value));
    };
    if (req.method === "OPTIONS") {
      entry.kind = "preflight";
      res.writeHead(204, { ...cors, "Access-Control-Allow-Methods": "GET, POST", "Access-Control-Allow-Headers": "Content-Type", "Access-Control-Max-Age": "600" });
      return res.end();
    }
    const [tenantSegment = "", ...rest] = url.pathname.split("/").filter(Boolean);
    const path = `/${rest.join("/")}`;
    if (req.method === "GET" && path === "/v2.0/.well-known/openid-configuration") {
      entry.kind = "discovery";
      return json(200, discovery(tenantSegment));
    }
    if (req.method === "GET" && path === "/discovery/v2.0/keys") {
      entry.kind = "keys";
      return json(200, { keys: [{ ...createPublicKey(signing.publicKey).export({ format: "jwk" }), kid, use: "sig", alg: "RS256" }] });
    }
    if (req.method === "GET" && path === "/oauth2/v2.0/authorize") {
      entry.kind = "authorize";
      return authorize(url, res, entry);
    }
    if (req.method === "POST" && path === "/oauth2/v2.0/token") {
      entry.kind = "token";
      const result = token(new URLSearchParams(body), entry);
      return json(result.status, result.body);
    }
    if (req.method === "GET" && path === "/oauth2/v2.0/logout") {
      entry.kind = "logout";
      entry.status = 302;
      signedIn = false;
      const target = url.searchParams.get("post_logout_redirect_uri");
      res.writeHead(target ? 302 : 200, target ? { Location: target } : { "Content-Type": "text/plain" });
      return res.end(target ? undefined : "Signed out.");
    }
    entry.kind = "unknown";
    return json(404, { error: "not_found", error_description: `The stand-in does not serve ${req.method} ${url.pathname}.` });
  }

  const server = createServer({ cert, key }, (req, res) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => {
      const entry = { method: req.method, path: (req.url ?? "/").split("?")[0], kind: "", status: 0, at: Date.now() };
      log.push(entry);
      setTimeout(() => route(req, res, Buffer.concat(chunks).toString("utf8"), entry), latencyMs);
    });
  });

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  origin = `https://127.0.0.1:${server.address().port}`;

  return {
    origin,
    /** The authority MSAL is configured with (the stand-in's host goes in knownAuthorities). */
    authority: `${origin}/${tenantId}`,
    tenantId,
    user,
    log,
    /** Scopes the admin has consented to so far (lower case). */
    consented: () => [...consented],
    /** The claims of an access token this stand-in issued and that has not expired, else null. */
    verifyAccessToken(token) {
      const parts = String(token ?? "").split(".");
      if (parts.length !== 3) return null;
      const [head, body, signature] = parts;
      if (!verify("sha256", Buffer.from(`${head}.${body}`), signing.publicKey, Buffer.from(signature, "base64url"))) return null;
      const claims = JSON.parse(fromB64url(body));
      return claims.exp * 1000 > Date.now() && claims.aud === GRAPH_RESOURCE ? claims : null;
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}
