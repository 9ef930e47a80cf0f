// A 401 from Graph is "sign in again": one renewal (with the claims of a challenge, if any) and one retry, never a
// report of missing consent (issue 9 §4). https://learn.microsoft.com/entra/identity-platform/claims-challenge
import { describe, expect, it, vi } from "vitest";
import { collectEvidence, type CollectOptions } from "../../../src/services/graph/client.ts";
import { claimsFromChallenge } from "../../../src/services/graph/claims-challenge.ts";
import { AuthError } from "../../../src/services/auth/errors.ts";
import { indexEvidence } from "../../../src/domain/verification/keys.ts";
import { evaluate } from "../../../src/domain/verification/engine.ts";

const CLAIMS = '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}';
// The documented header shape: Bearer realm, authorization_uri, error="insufficient_claims", claims=<base64 JSON>.
const CHALLENGE = `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="${btoa(CLAIMS)}"`;

type Sent = { url: string; token: string };

/** Graph that refuses `refused` tokens with 401 (optionally a claims challenge) and answers every item 200 otherwise. */
function graph(refused: (token: string) => string | null | false) {
  const sent: Sent[] = [];
  const fetchImpl = async (url: string, init?: RequestInit): Promise<Response> => {
    const token = new Headers(init?.headers).get("authorization")?.replace(/^Bearer /, "") ?? "";
    sent.push({ url, token });
    const challenge = refused(token);
    if (challenge !== false) {
      return new Response(JSON.stringify({ error: { code: "InvalidAuthenticationToken", message: "Access token has expired or is not yet valid." } }), {
        status: 401,
        headers: challenge ? { "WWW-Authenticate": challenge } : {},
      });
    }
    if (init?.method !== "POST") return new Response(JSON.stringify({ value: [] }), { status: 200 });
    const body = JSON.parse(String(init.body)) as { requests: { id: string }[] };
    return new Response(JSON.stringify({ responses: body.requests.map((r) => ({ id: r.id, status: 200, body: { value: [] } })) }), { status: 200 });
  };
  return { fetchImpl, sent };
}

const run = (fetchImpl: CollectOptions["fetchImpl"], getToken: CollectOptions["getToken"]) =>
  collectEvidence({ fetchImpl, getToken, sleep: async () => {}, now: () => new Date("2026-05-01T09:00:00Z") });

describe("a 401 from Graph", () => {
  it("is answered by one renewal that carries the challenge's claims, shared by the parallel batches, and one retry each", async () => {
    const fake = graph((token) => (token === "old" ? CHALLENGE : false));
    const getToken = vi.fn(async (options?: { claims?: string; forceRefresh?: boolean }) => (options?.claims ? "new" : "old"));
    const evidence = await run(fake.fetchImpl, getToken);
    expect(getToken.mock.calls).toEqual([[], [{ forceRefresh: true, claims: CLAIMS }]]);
    // Both first batches were refused, each was sent once more with the new token, and nothing is left at 401.
    expect(fake.sent.filter((s) => s.token === "old")).toHaveLength(2);
    expect(fake.sent.filter((s) => s.token === "new").length).toBeGreaterThanOrEqual(2);
    expect(evidence.responses.every((r) => r.status === 200)).toBe(true);
  });

  it("without a challenge still renews once (skipping the cached token) and retries", async () => {
    const fake = graph((token) => (token === "expired" ? null : false));
    const getToken = vi.fn(async (options?: { forceRefresh?: boolean }) => (options?.forceRefresh ? "fresh" : "expired"));
    const evidence = await run(fake.fetchImpl, getToken);
    expect(getToken.mock.calls).toEqual([[], [{ forceRefresh: true }]]);
    expect(evidence.responses.every((r) => r.status === 200)).toBe(true);
  });

  it("that persists after the one renewal stays a 401, which the verdicts call 'sign in again', never 'needs admin consent'", async () => {
    const fake = graph(() => null);
    let issued = 0;
    const getToken = vi.fn(async () => `refused-${(issued += 1)}`);
    const evidence = await run(fake.fetchImpl, getToken);
    expect(getToken).toHaveBeenCalledTimes(2);
    // Each batch: the first try and one retry, no more.
    expect(fake.sent).toHaveLength(4);
    expect(evidence.responses.every((r) => r.status === 401)).toBe(true);
    const results = evaluate(indexEvidence(evidence.responses), {}, new Date("2026-05-01T09:00:00Z"));
    const errors = results.filter((r) => r.verdict === "error");
    expect(errors.length).toBeGreaterThan(0);
    for (const result of errors) {
      expect(result.cause).toBe("sign-in-needed");
      expect(result.reason).toMatch(/sign in again/);
      expect(result.reason).not.toMatch(/consent/);
    }
  });

  it("stops the collection with the sign-in problem when the renewal itself needs the admin", async () => {
    const fake = graph((token) => (token === "old" ? CHALLENGE : false));
    const blocked = new AuthError("popup-blocked", "The browser blocked the sign-in window.");
    const getToken = vi.fn(async (options?: { claims?: string }) => {
      if (options?.claims) throw blocked;
      return "old";
    });
    await expect(run(fake.fetchImpl, getToken)).rejects.toBe(blocked);
  });
});

describe("claimsFromChallenge", () => {
  it.each([
    ["a documented challenge", CHALLENGE, CLAIMS],
    ["base64url without padding", `Bearer error="insufficient_claims", claims="${btoa(CLAIMS).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_")}"`, CLAIMS],
    ["an expired-token 401", 'Bearer error="invalid_token"', undefined],
    ["no header", null, undefined],
    ["claims that are not JSON", 'Bearer claims="bm90IGpzb24="', undefined],
  ])("%s", (_, header, expected) => {
    expect(claimsFromChallenge(header)).toBe(expected);
  });
});
