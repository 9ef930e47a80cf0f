// A loopback stand-in for the Microsoft identity platform's device authorization grant (OAuth 2.0 RFC 8628 as
// documented at https://learn.microsoft.com/entra/identity-platform/v2-oauth2-device-code): POST
// /{tenant}/oauth2/v2.0/devicecode and /{tenant}/oauth2/v2.0/token, answering "authorization_pending" a set number of
// times before issuing the token. Used by the shell collector's test; binds 127.0.0.1 only, no dependencies.
import { createServer } from "node:http";

const GRANT = "urn:ietf:params:oauth:grant-type:device_code";

export function startDeviceCodeStandIn({ token = "stand-in-token", pendingPolls = 1, interval = 0, outcome = "approved" } = {}) {
  const log = [];
  const deviceCode = `DAQABAAEAAAD${Math.random().toString(36).slice(2)}`;
  let polls = 0;
  let grantedScope = "";

  const server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString("utf8")));
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      log.push({ method: req.method, path: url.pathname, form });
      const send = (status, body) => {
        res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
        res.end(JSON.stringify(body));
      };
      const error = (status, code, description) => send(status, { error: code, error_description: `AADSTS00000: ${description}`, error_codes: [0], timestamp: new Date().toISOString() });
      const match = /^\/([^/]+)\/oauth2\/v2\.0\/(devicecode|token)$/.exec(url.pathname);
      if (req.method !== "POST" || !match) return error(404, "invalid_request", "Not found.");
      if (!form.client_id) return error(400, "invalid_request", "The request body must contain the following parameter: 'client_id'.");
      if (match[2] === "devicecode") {
        if (!form.scope) return error(400, "invalid_scope", "The scope is missing.");
        grantedScope = form.scope;
        return send(200, {
          user_code: "ABCD-EFGH",
          device_code: deviceCode,
          verification_uri: "https://microsoft.com/devicelogin",
          expires_in: 900,
          interval,
          message: "To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code ABCD-EFGH to authenticate.",
        });
      }
      if (form.grant_type !== GRANT) return error(400, "unsupported_grant_type", "The grant type is not supported.");
      if (form.device_code !== deviceCode) return error(400, "invalid_grant", "The provided value for the input parameter 'device_code' is not valid.");
      if (polls < pendingPolls) {
        polls += 1;
        return error(400, "authorization_pending", "The authorization is pending.");
      }
      if (outcome === "declined") return error(400, "authorization_declined", "The user declined the request.");
      return send(200, { token_type: "Bearer", scope: grantedScope, expires_in: 3599, ext_expires_in: 3599, access_token: token });
    });
  });

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        log,
        close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(() => done()); }),
      });
    });
  });
}
