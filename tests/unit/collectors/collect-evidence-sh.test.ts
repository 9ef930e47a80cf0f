// The Mac admins' collector (scripts/collect-evidence.sh) really runs here: bash + curl against the Graph stand-in and
// a device-code sign-in stand-in on loopback, once with jq and once with jq hidden from PATH. Its file must parse
// with the app's evidence parser and give the same verdicts as the live client and the demo on the same data.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startStandIn, type StandIn } from "../../../scripts/graph-stand-in.mjs";
import { startDeviceCodeStandIn, type DeviceCodeStandIn } from "../../../scripts/device-code-stand-in.mjs";
import { DEMO_DECISIONS, scenarioEvidenceFile } from "../../../src/domain/verification/demo.ts";
import { evaluate } from "../../../src/domain/verification/engine.ts";
import { parseEvidenceFile } from "../../../src/domain/verification/evidence.ts";
import { defaultMacProfileLine, indexEvidence, requestKey, requestLine } from "../../../src/domain/verification/keys.ts";
import { ALL_REQUESTS, ENROLLMENT_PROFILES_REQUEST } from "../../../src/domain/verification/requests.ts";
import { SECRET_KEYS } from "../../../src/domain/verification/secrets.ts";
import { STEP_REQUESTS, requestsForSteps, scopesForSteps, type VerifiedStep } from "../../../src/domain/verification/step-requests.ts";
import type { EvidenceFile, EvidenceResponse } from "../../../src/domain/verification/types.ts";
import { collectEvidence } from "../../../src/services/graph/client.ts";

const SCRIPT = "scripts/collect-evidence.sh";
const TEXT = readFileSync(SCRIPT, "utf8");
const NOW = new Date("2026-11-26T09:00:00Z");
const TOKEN = "eyJ0eXAiOiJKV1QiLCJzdGFuZC1pbiI6dHJ1ZX0.stand-in";
const STEPS: readonly VerifiedStep[] = ["tenant", "setup", "policies"];
const DEP_ID = "5e6f7a8b-0000-4000-8000-00000000e001";

/** A PATH with every command of /usr/bin and /bin except jq: "jq only when present" is then really absent. */
function pathWithoutJq(): string {
  const dir = mkdtempSync(join(tmpdir(), "imr-nojq-"));
  for (const from of ["/usr/local/bin", "/usr/bin", "/bin"]) {
    if (!existsSync(from)) continue;
    for (const name of readdirSync(from)) {
      if (name === "jq" || existsSync(join(dir, name))) continue;
      try {
        symlinkSync(join(from, name), join(dir, name));
      } catch {
        // A name that cannot be linked is not needed by the script.
      }
    }
  }
  return dir;
}

const HAS_JQ = ["/usr/bin/jq", "/usr/local/bin/jq", "/bin/jq"].some((p) => existsSync(p));

function runScript(args: readonly string[], env: Record<string, string>): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn("bash", [SCRIPT, ...args], { env: { HOME: tmpdir(), TMPDIR: tmpdir(), ...env } });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.on("close", (status) => resolve({ status, stderr }));
  });
}

/** The healthy demo tenant (every step), with secrets Graph might return despite $select, to see them blanked. */
function tenantData(): EvidenceFile {
  const file = scenarioEvidenceFile("healthy", NOW);
  const withSecrets = file.responses.map((r): EvidenceResponse => {
    if (r.request !== defaultMacProfileLine(DEP_ID) || typeof r.body !== "object" || r.body === null) return r;
    return { ...r, body: { ...r.body, adminAccountPassword: "Pa55-w0rd!", AdminAccountPassword: "Pa55-w0rd!" } };
  });
  return { ...file, responses: withSecrets };
}

const verdicts = (responses: readonly EvidenceResponse[]) =>
  Object.fromEntries(evaluate(indexEvidence(responses), DEMO_DECISIONS, NOW).map((r) => [r.item, `${r.verdict}: ${r.reason}`]));

let graph: StandIn | null = null;
let idp: DeviceCodeStandIn | null = null;
afterEach(async () => {
  await graph?.close();
  await idp?.close();
  graph = idp = null;
});

describe("collect-evidence.sh keeps in step with the app", () => {
  const block = /<<'REQUESTS'\n([\s\S]*?)\nREQUESTS\n/.exec(TEXT)?.[1] ?? "";
  const rows = block.split("\n").map((l) => ({ steps: l.slice(0, l.indexOf(" ")).split(","), line: l.slice(l.indexOf(" ") + 1) }));

  it("reads exactly the app's requests, query included, for the same steps", () => {
    expect(rows.map((r) => r.line).sort()).toEqual(ALL_REQUESTS.map(requestLine).sort());
    for (const spec of ALL_REQUESTS) {
      const steps = STEPS.filter((s) => (STEP_REQUESTS[s] as readonly string[]).includes(spec.id));
      expect(rows.find((r) => r.line === requestLine(spec))?.steps, spec.id).toEqual(steps);
    }
    expect(TEXT).toContain(`PROFILE_QUERY='${ENROLLMENT_PROFILES_REQUEST.query}'`);
  });

  it("asks for each step's scopes and blanks the same secrets as the app", () => {
    for (const step of STEPS) {
      const listed = new RegExp(`^SCOPES_${step}="([^"]*)"`, "m").exec(TEXT)?.[1]?.split(" ") ?? [];
      expect(new Set(listed), step).toEqual(new Set(scopesForSteps([step])));
    }
    expect(/^SECRET_KEYS="([^"]*)"/m.exec(TEXT)?.[1]?.split(" ")).toEqual([...SECRET_KEYS]);
  });

  it("needs nothing macOS does not ship, and never puts the token on a command line", () => {
    expect(TEXT.startsWith("#!/bin/bash\n")).toBe(true);
    // bash 3.2 (macOS): no associative arrays, mapfile or case-changing expansions.
    expect(TEXT).not.toMatch(/declare -A|mapfile|readarray|\$\{[A-Za-z_]+(,,|\^\^)\}/);
    expect(TEXT).not.toMatch(/-H "Authorization|Bearer \$TOKEN"/);
  });
});

describe("collect-evidence.sh against the stand-ins", () => {
  const modes = [
    ...(HAS_JQ ? [["with jq", () => process.env.PATH ?? "/usr/bin:/bin"] as const] : []),
    ["without jq", pathWithoutJq] as const,
  ];

  it.each(modes)("%s: signs in with a device code, reads every request and page, and gives the live and demo verdicts", async (_, path) => {
    const data = tenantData();
    graph = await startStandIn({ evidence: data, token: TOKEN, pageSize: 2 });
    idp = await startDeviceCodeStandIn({ token: TOKEN, pendingPolls: 2 });
    const out = join(mkdtempSync(join(tmpdir(), "imr-out-")), "evidence.json");
    const run = await runScript(["-o", out, "-t", "contoso.onmicrosoft.com"], {
      PATH: path(), IMR_LOGIN_URL: idp.url, IMR_GRAPH_URL: graph.url, IMR_ALLOW_LOOPBACK_HTTP: "1",
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain("enter the code ABCD-EFGH");

    // Sign-in: device code for the tenant given, then polling through "authorization_pending".
    expect(idp.log.map((e) => e.path)).toEqual(["/contoso.onmicrosoft.com/oauth2/v2.0/devicecode", ...Array(3).fill("/contoso.onmicrosoft.com/oauth2/v2.0/token")]);
    expect(new Set(idp.log[0]?.form.scope?.split(" "))).toEqual(new Set(scopesForSteps(STEPS).map((s) => `https://graph.microsoft.com/${s}`)));

    const text = readFileSync(out, "utf8");
    const parsed = parseEvidenceFile(text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain("Pa55-w0rd!");
    // Every request of every step, plus the ADE token's profile, each complete: no list is left with a next page.
    expect(parsed.file.responses.map((r) => requestKey(r.request)).sort()).toEqual(
      [...requestsForSteps(STEPS).map(requestLine), defaultMacProfileLine(DEP_ID)].map((l) => requestKey(l)).sort(),
    );
    expect(parsed.file.responses.filter((r) => JSON.stringify(r.body).includes("@odata.nextLink"))).toEqual([]);
    expect(graph.log.filter((e) => e.kind === "get" && e.path.includes("$skiptoken")).length).toBeGreaterThanOrEqual(2);

    const live = await collectEvidence({ getToken: async () => TOKEN, baseUrl: graph.url, steps: STEPS, sleep: async () => undefined, now: () => NOW });
    const fromFile = verdicts(parsed.file.responses);
    expect(fromFile).toEqual(verdicts(live.responses));
    expect(fromFile).toEqual(verdicts(data.responses));
    expect(Object.values(fromFile).filter((v) => !/^(ready|not-applicable):/.test(v))).toEqual([]);
  }, 60_000);

  it("a declined sign-in stops with the identity platform's reason and writes nothing", async () => {
    graph = await startStandIn({ evidence: tenantData(), token: TOKEN });
    idp = await startDeviceCodeStandIn({ pendingPolls: 0, outcome: "declined" });
    const out = join(mkdtempSync(join(tmpdir(), "imr-out-")), "evidence.json");
    const run = await runScript(["-o", out, "-s", "setup"], { PATH: process.env.PATH ?? "/usr/bin:/bin", IMR_LOGIN_URL: idp.url, IMR_GRAPH_URL: graph.url, IMR_ALLOW_LOOPBACK_HTTP: "1" });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/sign-in failed: AADSTS00000: The user declined/);
    expect(existsSync(out)).toBe(false);
    expect(graph.requests).toBe(0);
  }, 30_000);

  it("refuses plain http unless the test override names a loopback host", async () => {
    const env = { PATH: process.env.PATH ?? "/usr/bin:/bin", IMR_LOGIN_URL: "http://127.0.0.1:9", IMR_GRAPH_URL: "http://127.0.0.1:9" };
    expect((await runScript([], env)).stderr).toMatch(/refusing plain http/);
    expect((await runScript([], { ...env, IMR_ALLOW_LOOPBACK_HTTP: "1", IMR_GRAPH_URL: "http://graph.example" })).stderr).toMatch(/not an https URL/);
  }, 30_000);

  it("asks only the prerequisite scopes when only that step is collected", async () => {
    graph = await startStandIn({ evidence: tenantData(), token: TOKEN });
    idp = await startDeviceCodeStandIn({ token: TOKEN, pendingPolls: 0 });
    const out = join(mkdtempSync(join(tmpdir(), "imr-out-")), "evidence.json");
    const run = await runScript(["-o", out, "-s", "tenant"], { PATH: process.env.PATH ?? "/usr/bin:/bin", IMR_LOGIN_URL: idp.url, IMR_GRAPH_URL: graph.url, IMR_ALLOW_LOOPBACK_HTTP: "1" });
    expect(run.status, run.stderr).toBe(0);
    expect(new Set(idp.log[0]?.form.scope?.split(" "))).toEqual(new Set(scopesForSteps(["tenant"]).map((s) => `https://graph.microsoft.com/${s}`)));
    const parsed = parseEvidenceFile(readFileSync(out, "utf8"));
    expect(parsed.ok && parsed.file.responses.length).toBe(requestsForSteps(["tenant"]).length + 1);
  }, 30_000);
});
