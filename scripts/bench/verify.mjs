// Verification time: the app's batched collection against the one-request-at-a-time baseline, both against the Graph
// stand-in with the same latency. Timed in Chromium from another origin, so every request pays the CORS preflight a
// browser sends to Graph (the Authorization header makes it non-simple), and once in Node, where there is none.
import { countRoundTrips, startStandIn } from "../graph-stand-in.mjs";
import { median } from "./paint.mjs";

const TOKEN = "bench-token";

async function inBrowser(browser, libPageUrl, kind, graphUrl) {
  // A fresh context each time: its preflight cache starts empty, as on a user's first check of the day.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(libPageUrl);
    return await page.evaluate(async ([k, url]) => (await import("/bench-lib.js")).timeCollection(k, url), [kind, graphUrl]);
  } finally {
    await context.close();
  }
}

async function logged(standIn, run) {
  const before = standIn.log.length;
  const figures = await run();
  const log = standIn.log.slice(before);
  if (figures.failed > 0) throw new Error(`${figures.failed} of ${figures.responses} stand-in responses failed: the measurement is not valid`);
  return { ...figures, roundTrips: countRoundTrips(log), preflights: log.filter((e) => e.kind === "preflight").length };
}

export async function measureVerification({ browser, libPageUrl, lib, adeTokens, runs, latencyMs }) {
  const standIn = await startStandIn({ latencyMs, evidence: lib.benchEvidence(adeTokens, new Date()), token: TOKEN });
  try {
    const out = { adeTokens, latencyMs, runs };
    for (const kind of ["batched", "sequential"]) {
      const browserRuns = [];
      for (let i = 0; i < runs; i += 1) browserRuns.push(await logged(standIn, () => inBrowser(browser, libPageUrl, kind, standIn.url)));
      const node = await logged(standIn, () => lib.timeCollection(kind, standIn.url));
      out[kind] = { browserMs: median(browserRuns.map((r) => r.ms)), browserRuns, node };
    }
    out.browserRatio = out.sequential.browserMs / out.batched.browserMs;
    out.nodeRatio = out.sequential.node.ms / out.batched.node.ms;
    return out;
  } finally {
    await standIn.close();
  }
}
