// Tenant set-up and Policies verified three ways on the same tenant data: the demo, an evidence file written by the
// Mac admins' shell collector (really run here, against the Graph and device-code stand-ins) and a live check with the
// real MSAL sign-in. All three must give the same verdicts, and the summary, the Markdown and a share link carry them.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect, type Browser, type Page } from "@playwright/test";
import { STEP_ITEMS, type PoliciesItemId, type SetupItemId } from "../../src/domain/catalog/ids.ts";
import { catalogItem } from "../../src/domain/catalog/catalog.ts";
import { escapeMarkdown } from "../../src/domain/export/markdown-escape.ts";
import { emptyProgress } from "../../src/domain/progress/model.ts";
import { DEMO_DECISIONS, scenarioEvidenceFile } from "../../src/domain/verification/demo.ts";
import { VERDICT_LABELS } from "../../src/domain/verification/labels.ts";
import type { Verdict } from "../../src/domain/verification/types.ts";
import { startStandIn } from "../../scripts/graph-stand-in.mjs";
import { startDeviceCodeStandIn } from "../../scripts/device-code-stand-in.mjs";
import { seedProgress, trackForeignRequests } from "./support.ts";
import { chooseEvidenceFile } from "./support-graph.ts";
import { routeConfig, signInWithPopup, startSignInRig } from "./support-sign-in.ts";

type RolloutItemId = SetupItemId | PoliciesItemId;

// What the pitfalls tenant is built to show under the demo's strategy (ADE with modern authentication, Platform SSO
// with the Secure Enclave, every policy area). Pinned by hand from the scenario's design, not computed by the engine.
const EXPECTED: Record<RolloutItemId, Verdict> = {
  "mdm-authority": "not-ready",
  "entra-device-registration": "not-ready",
  "corporate-identifiers": "not-applicable",
  "mac-targeting": "advisory",
  "ade-enrollment-profile": "not-ready",
  "company-portal": "not-ready",
  "pilot-mac": "advisory",
  "compliance-policy": "not-ready",
  "conditional-access": "advisory",
  "sso-policy": "not-ready",
  filevault: "not-ready",
  firewall: "ready",
  gatekeeper: "not-ready",
  "software-updates": "not-ready",
  defender: "not-ready",
  laps: "not-ready",
};
const STEPS = ["setup", "policies"] as const;
const TOKEN = "eyJ0eXAiOiJKV1QiLCJzdGFuZC1pbiI6dHJ1ZX0.e2e";

async function expectStepVerdicts(page: Page, step: (typeof STEPS)[number], how: string): Promise<void> {
  if (!page.url().endsWith(`/${step}`)) await page.goto(`/${step}`);
  for (const id of STEP_ITEMS[step]) {
    // What the strategy rules out collapses to one line with no verdict; the summary still carries it.
    if (EXPECTED[id] === "not-applicable") await expect(page.locator(`section[data-item-id="${id}"]`), `${how}: ${id}`).toBeVisible();
    else await expect(page.locator(`section[data-item-id="${id}"] [data-verdict]`), `${how}: ${id}`).toHaveAttribute("data-verdict", EXPECTED[id]);
  }
}

async function expectSummaryVerdicts(page: Page, how: string): Promise<void> {
  await page.goto("/summary");
  for (const step of STEPS) {
    for (const id of STEP_ITEMS[step]) {
      await expect(page.locator(`tr[data-item-id="${id}"]`), `${how}: ${id}`).toHaveAttribute("data-verdict", EXPECTED[id]);
    }
  }
}

/** Runs scripts/collect-evidence.sh for the two new steps against stand-ins serving `evidence`; returns the file. */
async function collectWithShellScript(evidence: ReturnType<typeof scenarioEvidenceFile>): Promise<string> {
  const graph = await startStandIn({ evidence, token: TOKEN, pageSize: 2 });
  const idp = await startDeviceCodeStandIn({ token: TOKEN, pendingPolls: 1 });
  try {
    const out = join(mkdtempSync(join(tmpdir(), "imr-e2e-")), "evidence.json");
    const env = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: tmpdir(), IMR_LOGIN_URL: idp.url, IMR_GRAPH_URL: graph.url, IMR_ALLOW_LOOPBACK_HTTP: "1" };
    const { status, stderr } = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const child = spawn("bash", ["scripts/collect-evidence.sh", "-o", out, "-s", "setup,policies"], { env });
      let err = "";
      child.stderr.on("data", (d: Buffer) => (err += d.toString("utf8")));
      child.on("close", (code) => resolve({ status: code, stderr: err }));
    });
    expect(status, stderr).toBe(0);
    return readFileSync(out, "utf8");
  } finally {
    await Promise.all([graph.close(), idp.close()]);
  }
}

async function markdownSummary(page: Page, path: string): Promise<string> {
  await page.getByRole("button", { name: "Export" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Download Markdown summary" }).click();
  await (await download).saveAs(path);
  return readFileSync(path, "utf8");
}

async function openShareLinkElsewhere(browser: Browser, link: string): Promise<Page> {
  const receiver = await browser.newContext();
  const page = await receiver.newPage();
  await page.goto(link);
  const dialog = page.getByRole("alertdialog", { name: /Open progress from a shared link/ });
  await dialog.getByRole("button", { name: "Open" }).click();
  await expect(dialog).toBeHidden();
  return page;
}

test("set-up and policies: demo, the shell collector's file and a live check agree, and the summary, Markdown and a share link carry it", async ({ page, browser, baseURL }, info) => {
  test.setTimeout(240_000);
  const evidence = scenarioEvidenceFile("rollout-pitfalls", new Date());
  const progress = emptyProgress();
  progress.decisions = DEMO_DECISIONS;
  await seedProgress(page, progress);
  const rig = await startSignInRig(baseURL, { graph: { latencyMs: 50, evidence, pageSize: 3 } });
  try {
    const foreign = trackForeignRequests(page, [new URL(baseURL ?? "").origin, rig.graph.url, rig.idp.origin]);
    await routeConfig(page, rig);

    // 1. The demo tenant with the pitfalls, judged under the admin's own (identical) decisions.
    await page.goto("/setup");
    await page.getByRole("tab", { name: "Try a sample tenant" }).click();
    await page.getByRole("button", { name: "Show this demo: Demo: rollout pitfalls" }).click();
    await expect(page.getByTestId("demo-banner")).toContainText("Demo results — not your tenant");
    for (const step of STEPS) await expectStepVerdicts(page, step, "demo");

    // 2. The same tenant read by the shell collector; its file imported on the set-up step.
    const file = await collectWithShellScript(evidence);
    expect(file).not.toContain(TOKEN);
    await page.goto("/setup");
    await page.getByRole("tab", { name: "Import evidence file" }).click();
    await chooseEvidenceFile(page, "evidence.json", file);
    await expect(page.getByTestId("demo-banner")).toHaveCount(0);
    for (const step of STEPS) await expectStepVerdicts(page, step, "evidence file");

    // 3. A live check per step, each asking only for its own step's reads.
    await page.goto("/setup");
    await page.getByRole("tab", { name: "Check live" }).click();
    await signInWithPopup(page, rig);
    for (const step of STEPS) {
      await page.goto(`/${step}`);
      const before = rig.graph.log.length;
      await page.getByRole("tab", { name: "Check live" }).click();
      await page.getByRole("button", { name: "Run checks" }).click();
      await expect(page.getByTestId("results-overview")).toContainText("via live check");
      await expectStepVerdicts(page, step, `live ${step}`);
      expect(rig.graph.log.slice(before).filter((e) => e.status !== 200), `${step}: every read answered`).toEqual([]);
    }
    expect(foreign).toEqual([]);

    // 4. The summary, the Markdown summary and a share link opened in another browser carry the same verdicts.
    await expectSummaryVerdicts(page, "summary");
    const markdown = await markdownSummary(page, info.outputPath("summary.md"));
    for (const step of STEPS) {
      for (const id of STEP_ITEMS[step]) {
        // The step's table (the rollout plan lists the same title earlier, without verdicts).
        const row = markdown
          .split("\n")
          .filter((line) => line.startsWith(`| ${escapeMarkdown(catalogItem(id).title)} |`))
          .at(-1);
        expect(row, `Markdown row for ${id}`).toContain(`**${VERDICT_LABELS[EXPECTED[id]]}**`);
      }
    }
    await page.getByRole("button", { name: "Share" }).click();
    const link = await page.getByRole("dialog", { name: "Share progress with a link" }).getByRole("textbox", { name: "Link" }).inputValue();
    const receiver = await openShareLinkElsewhere(browser, link);
    await expectSummaryVerdicts(receiver, "share link");
    await receiver.context().close();
  } finally {
    await rig.close();
  }
});
