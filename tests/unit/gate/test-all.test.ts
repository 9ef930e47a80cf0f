// scripts/test-all.mjs run for real against stand-in tools in a scratch folder: the totals line ends every path, and a
// failed build stops the browser suite (no stale bundle is left to test).
import { afterEach, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const SCRIPTS = resolve("scripts");
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

type Setup = { build: "ok" | "fail"; vitest?: "ok" | "crash"; withDeps?: boolean };

/** A project folder whose tools are small stand-ins that log their calls to calls.log. */
function project({ build, vitest = "ok", withDeps = true }: Setup) {
  const dir = mkdtempSync(join(tmpdir(), "gate-"));
  folders.push(dir);
  mkdirSync(join(dir, "scripts"));
  for (const file of ["test-all.mjs", "gate.mjs", "chromium.mjs"]) copyFileSync(join(SCRIPTS, file), join(dir, "scripts", file));
  const log = (name: string) => `require("node:fs").appendFileSync("calls.log", ${JSON.stringify(name)} + "\\n");`;
  writeFileSync(join(dir, "scripts", "build.mjs"), `${log("build").replace("require(\"node:fs\")", "(await import(\"node:fs\"))")}\nprocess.exit(${build === "ok" ? 0 : 1});\n`);
  if (!withDeps) return dir;
  const bin = join(dir, "node_modules", ".bin");
  mkdirSync(bin, { recursive: true });
  const tool = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!/usr/bin/env node\n${log(name)}\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  tool("tsc", "");
  tool("eslint", "");
  tool(
    "vitest",
    vitest === "crash"
      ? "process.exit(3);"
      : `const out = process.argv.find((a) => a.startsWith("--outputFile.json=")).split("=")[1];
require("node:fs").writeFileSync(out, JSON.stringify({ numPassedTests: 7, numFailedTests: 0, numPendingTests: 0 }));`,
  );
  tool(
    "playwright",
    `require("node:fs").writeFileSync(process.env.PLAYWRIGHT_JSON_OUTPUT_NAME, JSON.stringify({ stats: { expected: 4, unexpected: 0, flaky: 0, skipped: 0 } }));`,
  );
  return dir;
}

function runGate(dir: string, env: Record<string, string> = {}) {
  const result = spawnSync("node", ["scripts/test-all.mjs"], { cwd: dir, encoding: "utf8", env: { ...process.env, ...env } });
  const lines = result.stdout.trim().split("\n");
  const calls = existsSync(join(dir, "calls.log")) ? readFileSync(join(dir, "calls.log"), "utf8").trim().split("\n") : [];
  return { status: result.status, last: lines.at(-1), calls };
}

// A browser binary that exists: the stand-in playwright never starts it.
const CHROMIUM = { CHROMIUM_PATH: process.execPath };

describe("npm test (scripts/test-all.mjs)", () => {
  it("ends with the totals of every suite when all pass", () => {
    const dir = project({ build: "ok" });
    const { status, last, calls } = runGate(dir, CHROMIUM);
    expect(last).toBe("11 passed, 0 failed");
    expect(status).toBe(0);
    expect(calls).toEqual(["tsc", "eslint", "vitest", "build", "playwright"]);
  }, 30_000);

  it("a failed build stops the browser suite, removes the older bundles, and still prints the totals", () => {
    const dir = project({ build: "fail" });
    mkdirSync(join(dir, "dist-e2e"));
    writeFileSync(join(dir, "dist-e2e", "index.html"), "stale");
    const { status, last, calls } = runGate(dir, CHROMIUM);
    expect(calls).not.toContain("playwright");
    expect(existsSync(join(dir, "dist-e2e"))).toBe(false);
    expect(last).toBe("7 passed, 2 failed (build failed; browser suite not run: the build failed, and an older build must not be tested)");
    expect(status).toBe(1);
  }, 30_000);

  it("prints the totals when the unit suite crashes without a report", () => {
    const { status, last } = runGate(project({ build: "ok", vitest: "crash" }), CHROMIUM);
    expect(last).toBe("4 passed, 1 failed (unit + integration left no report)");
    expect(status).toBe(1);
  }, 30_000);

  it("prints the totals when dependencies are missing", () => {
    const { status, last } = runGate(project({ build: "ok", withDeps: false }), CHROMIUM);
    expect(last).toBe("0 passed, 1 failed (dependencies not installed)");
    expect(status).toBe(1);
  }, 30_000);
});
