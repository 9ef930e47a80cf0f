import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { test, expect } from "@playwright/test";
import type { TenantItemId } from "../../src/domain/catalog/ids.ts";
import { DEMO_DECISIONS, DEMO_SCENARIOS, scenarioEvidenceFile, type DemoScenarioId } from "../../src/domain/verification/demo.ts";
import { evaluate } from "../../src/domain/verification/engine.ts";
import { indexEvidence } from "../../src/domain/verification/keys.ts";
import type { Verdict } from "../../src/domain/verification/types.ts";
import { countRoundTrips } from "../../scripts/graph-stand-in.mjs";
import { TENANT_ITEMS, expectNoAxeViolations, savedProgress, savedProgressText, trackForeignRequests } from "./support.ts";
import {
  cardVerdicts,
  chooseEvidenceFile,
  dropEvidenceFile,
  expectCardVerdicts,
  expectSummaryVerdicts,
  liveProgressSeen,
} from "./support-graph.ts";
import { signInToStandIn, startSignInRig } from "./support-sign-in.ts";

const all = (verdict: Verdict) => Object.fromEntries(TENANT_ITEMS.map((id) => [id, verdict])) as Record<TenantItemId, Verdict>;

/** What each fictitious tenant is built to show (with the sample strategy the demo uses). */
const DEMO_VERDICTS: Record<DemoScenarioId, Record<TenantItemId, Verdict>> = {
  healthy: all("ready"),
  "brand-new": {
    ...all("not-ready"),
    "mdm-user-scope": "advisory",
    "intune-admin-role": "ready",
    "intune-license": "advisory",
    "enrollment-device-limit": "ready",
  },
  "expiring-broken": {
    ...all("advisory"),
    "apns-certificate": "not-ready",
    "ade-token": "not-ready",
    "vpp-token": "not-ready",
  },
  // Its prerequisites are fine; the pitfalls show on the set-up and policies steps.
  "rollout-pitfalls": all("ready"),
};

/** Items a demo run records: every verifiable item its evidence answers (the rollout steps' too, for some tenants). */
const recorded = (id: DemoScenarioId) =>
  evaluate(indexEvidence(scenarioEvidenceFile(id, new Date()).responses), DEMO_DECISIONS, new Date()).filter((r) => r.verdict !== "not-checked").map((r) => r.item);

type SavedVerification = { data: { verification: Record<string, { source: string; scenario?: string; checkedAt: string }> } };

test("demo tenants: each scenario shows its verdicts on the cards and the summary, labelled as demo, and clears", async ({ page }) => {
  await page.goto("/tenant");
  await expect(page.getByText("No results yet.")).toBeVisible();
  for (const scenario of DEMO_SCENARIOS) {
    await page.getByRole("tab", { name: "Try a sample tenant" }).click();
    await page.getByRole("button", { name: `Show this demo: ${scenario.title}` }).click();
    await expect(page.getByTestId("demo-banner")).toContainText("Demo results — not your tenant");
    await expect(page.getByTestId("demo-banner")).toContainText(scenario.title);
    await expectCardVerdicts(page, DEMO_VERDICTS[scenario.id]);
    await expect(page.locator("section[data-item-id]").getByText("Demo — not your tenant")).toHaveCount(TENANT_ITEMS.length);
    const saved = (await savedProgress(page)) as SavedVerification;
    expect(Object.keys(saved.data.verification).sort()).toEqual([...recorded(scenario.id)].sort());
    expect(new Set(Object.values(saved.data.verification).map((r) => `${r.source}:${r.scenario}`))).toEqual(new Set([`demo:${scenario.id}`]));

    await page.goto("/summary");
    await expectSummaryVerdicts(page, DEMO_VERDICTS[scenario.id]);
    await expect(page.locator("tr[data-verdict]").getByText("Demo — not your tenant")).toHaveCount(recorded(scenario.id).length);
    await page.goto("/tenant");
  }
  await expectNoAxeViolations(page, "/tenant with demo results");

  await page.getByRole("button", { name: "Clear demo results" }).click();
  await expect(page.getByTestId("demo-banner")).toHaveCount(0);
  await expectCardVerdicts(page, all("not-checked"));
  expect(((await savedProgress(page)) as SavedVerification).data.verification).toEqual({});
});

test("evidence file: imports through the file chooser; a truncated or foreign file changes nothing", async ({ page }) => {
  const collected = new Date(Date.now() - 2 * 86_400_000);
  await page.goto("/tenant");
  await page.getByRole("tab", { name: "Import evidence file" }).click();
  await expect(page.getByRole("region", { name: /collect-evidence\.ps1/ })).toContainText("#Requires -Version 7.0");
  await expect(page.getByRole("button", { name: "Download collect-evidence.ps1" })).toBeVisible();

  const valid = JSON.stringify(scenarioEvidenceFile("brand-new", collected));
  await chooseEvidenceFile(page, "contoso-evidence.json", valid);
  // No strategy is chosen: the Apple tokens are optional until decided (advisory, as their applicability says, not a
  // silent "not applicable"), and with no expected number of Macs the owned Intune seats are enough to be ready.
  await expectCardVerdicts(page, {
    ...DEMO_VERDICTS["brand-new"],
    "intune-license": "ready",
    "ade-token": "advisory",
    "vpp-token": "advisory",
  });
  // The file holds the prerequisite reads: the set-up and policies items it cannot answer stay "not checked", except
  // the ADE profile and LAPS, which the ADE token list answers. Advisory: the MDM user scope, the two Apple tokens, the
  // ADE profile and LAPS (all optional until the strategy is decided). 3 + 5 + 2 + 14 = all 24 verifiable items.
  await expect(page.locator(".fui-ToastTitle").filter({ hasText: /^Imported evidence from .+: 3 ready, 5 advisory, 2 not ready, 14 not checked\.$/ })).toBeVisible();
  await expect(page.getByTestId("results-overview")).toContainText("Checked 2 days ago via evidence file");
  const saved = (await savedProgress(page)) as SavedVerification;
  expect(new Set(Object.values(saved.data.verification).map((r) => `${r.source}@${r.checkedAt}`))).toEqual(new Set([`file@${collected.toISOString()}`]));
  await expectNoAxeViolations(page, "/tenant with evidence-file results and the import tab open");

  const before = await savedProgressText(page);
  const verdicts = await cardVerdicts(page);
  await chooseEvidenceFile(page, "cut-off.json", valid.slice(0, Math.floor(valid.length / 2)));
  await expect(page.getByTestId("evidence-error")).toContainText("Could not import cut-off.json");
  await expect(page.getByTestId("evidence-error")).toContainText("truncated or not JSON");
  await dropEvidenceFile(page, "notes.json", JSON.stringify({ title: "meeting notes" }));
  await expect(page.getByTestId("evidence-error")).toContainText("Could not import notes.json");
  await expect(page.getByTestId("evidence-error")).toContainText("not an evidence file");
  expect(await cardVerdicts(page)).toEqual(verdicts);
  expect(await savedProgressText(page)).toBe(before);
});

test("live check against the Graph stand-in: throttling retried, a refused read named, few round trips, no other origins", async ({ page, baseURL }) => {
  const rig = await startSignInRig(baseURL, {
    graph: {
      // Some latency, as Graph has: without it one parallel batch may be answered before the other arrives.
      latencyMs: 150,
      evidence: scenarioEvidenceFile("healthy", new Date()),
      faults: {
        applepushnotificationcertificate: { status: 429, times: 1, retryAfter: 1 },
        vpptokens: { status: 403 },
      },
    },
  });
  const standIn = rig.graph;
  try {
    const foreign = trackForeignRequests(page, [new URL(baseURL ?? "").origin, standIn.url, rig.idp.origin]);
    await signInToStandIn(page, rig);
    await page.getByRole("button", { name: "Run checks" }).click();

    await expectCardVerdicts(page, { ...all("ready"), "vpp-token": "error" });
    const vpp = page.locator('section[data-item-id="vpp-token"] [data-verdict]');
    await expect(vpp).toContainText("Could not check");
    await expect(vpp).toContainText("DeviceManagementServiceConfig.Read.All");
    await expect(page.getByTestId("results-overview")).toContainText("via live check");

    const progress = await liveProgressSeen(page);
    expect(progress.some((text) => text.startsWith("Round trip 1 of 2"))).toBe(true);
    expect(progress.some((text) => /^Round trip 2 of 3: Microsoft Graph asked to slow down/.test(text))).toBe(true);
    // Two parallel batches, one retry of the throttled item, one follow-up for the ADE token's profiles.
    const batches = standIn.log.filter((entry) => entry.kind === "batch");
    expect(batches.map((b) => b.status)).toEqual([200, 200, 200, 200]);
    expect(countRoundTrips(standIn.log)).toBeLessThanOrEqual(3);
    expect(standIn.log.filter((entry) => entry.kind === "get")).toEqual([]);
    expect(foreign).toEqual([]);
    await expectNoAxeViolations(page, "/tenant with live results");
  } finally {
    await rig.close();
  }
});

test("live check when Graph pages its lists: every page is read before judging, and only Graph is asked", async ({ page, baseURL }) => {
  const evidence = scenarioEvidenceFile("healthy", new Date());
  const rig = await startSignInRig(baseURL, { graph: { latencyMs: 50, evidence, pageSize: 1 } });
  const standIn = rig.graph;
  try {
    const foreign = trackForeignRequests(page, [new URL(baseURL ?? "").origin, standIn.url, rig.idp.origin]);
    await signInToStandIn(page, rig);
    await page.getByRole("button", { name: "Run checks" }).click();

    // The same verdicts as the unpaged healthy tenant: nothing was judged on a first page alone.
    await expectCardVerdicts(page, all("ready"));
    const pageReads = standIn.log.filter((entry) => entry.kind === "get");
    expect(pageReads.length).toBeGreaterThan(0);
    expect(pageReads.every((entry) => entry.path.includes("$skiptoken=") && entry.status === 200)).toBe(true);
    const progress = await liveProgressSeen(page);
    expect(progress.some((text) => /reading the rest of the lists Microsoft Graph returned in pages/.test(text))).toBe(true);
    expect(foreign).toEqual([]);
  } finally {
    await rig.close();
  }
});

test("the production build has no loopback sign-in, and MSAL is not in the initial chunk", () => {
  const dist = fileURLToPath(new URL("../../dist", import.meta.url));
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
  const texts = files(dist).filter((f) => /\.(js|html|css|json)$/.test(f));
  expect(texts.length).toBeGreaterThan(1);
  for (const file of texts) {
    const text = readFileSync(file, "utf8");
    // Only browser-test builds may sign in to a loopback authority or call a loopback Graph.
    expect(text.includes("allowLoopbackAuthority:!0"), file).toBe(false);
    expect(text.includes("test-auth"), file).toBe(false);
  }
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const initial = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1] ?? "");
  expect(initial.length).toBeGreaterThan(0);
  for (const src of initial) {
    const text = readFileSync(join(dist, src.replace(/^\//, "")), "utf8");
    // Lower-case "msal" is how the library names its packages, cache keys and events; prose such as "MSAL keeps…" is fine.
    expect(text.includes("msal"), `${src} contains MSAL code`).toBe(false);
  }
  const lazy = texts.filter((f) => f.endsWith(".js") && !initial.some((src) => f.endsWith(src.replace(/^\//, ""))));
  expect(lazy.some((f) => readFileSync(f, "utf8").includes("msal")), "MSAL lives in a lazily loaded chunk").toBe(true);
});
