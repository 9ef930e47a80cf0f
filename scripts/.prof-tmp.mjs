// Trace typing in the built bench app; print per-keystroke breakdown of main-thread work.
import { chromium } from "playwright-core";
import { startLibraryPage, startPreview } from "./bench/servers.mjs";
import { LIB_FILE, APP_DIR } from "./bench/builds.mjs";
import { writeFileSync } from "node:fs";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const libPage = await startLibraryPage(LIB_FILE);
const app = await startPreview(process.env.APPDIR ?? APP_DIR);
const libCtx = await browser.newContext(); const libTab = await libCtx.newPage(); await libTab.goto(libPage.url);
const seed = await libTab.evaluate(async (c) => (await import("/bench-lib.js")).typingSeed(c, new Date()), 5000);
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await ctx.newPage();
await page.addInitScript(([k, v]) => localStorage.setItem(k, v), ["intune-mac-readiness:progress", seed]);
await page.addInitScript(() => {
  const frames = []; window.__benchTyping = frames; const channel = new MessageChannel(); let started = null;
  channel.port1.onmessage = () => { if (started === null) return; frames.push(performance.now() - started); started = null; };
  document.addEventListener("keydown", (event) => { started = event.timeStamp; requestAnimationFrame(() => channel.port2.postMessage(null)); }, { capture: true });
});
await page.goto(new URL(process.argv[2] ?? "tenant", app.url).href, { waitUntil: "load" });
await page.locator("section[data-item-id] button[aria-expanded='false']").first().click();
const notes = page.getByRole("textbox", { name: /^Notes for / }).first();
await notes.click(); await page.keyboard.press("ControlOrMeta+End");
for (let i = 0; i < 10; i++) await page.keyboard.press(i % 2 ? "a" : "Backspace");
const cdp = await ctx.newCDPSession(page);
const events = [];
cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
const done = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
await cdp.send("Profiler.enable"); await cdp.send("Profiler.setSamplingInterval", { interval: 50 }); await cdp.send("Profiler.start");
await cdp.send("Tracing.start", { categories: "devtools.timeline,disabled-by-default-devtools.timeline,blink,v8.execute", transferMode: "ReportEvents" });
for (let i = 0; i < 30; i++) { const c = await page.evaluate(() => window.__benchTyping.length); await page.keyboard.press(i % 2 ? "b" : "Backspace"); await page.waitForFunction((n) => window.__benchTyping.length > n, c, { polling: "raf" }); }
console.log("frames", JSON.stringify((await page.evaluate(() => window.__benchTyping)).slice(-30).map((x) => Math.round(x))));
const { profile } = await cdp.send("Profiler.stop"); writeFileSync("/tmp/cpu.json", JSON.stringify(profile));
await cdp.send("Tracing.end"); await done;
writeFileSync("/tmp/trace.json", JSON.stringify({ traceEvents: events }));
// aggregate complete events on the renderer main thread
const main = (() => { const c = new Map(); for (const e of events) if (e.name === "EventDispatch") { const k = e.pid + ":" + e.tid; c.set(k, (c.get(k) ?? 0) + 1); } const [pid, tid] = [...c].sort((a, b) => b[1] - a[1])[0][0].split(":").map(Number); return { pid, tid }; })();
const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X");
const sum = new Map();
for (const e of onMain) sum.set(e.name, (sum.get(e.name) ?? 0) + e.dur / 1000);
console.log([...sum].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([n, d]) => `${(d / 30).toFixed(2).padStart(7)} ms/key  ${n}`).join("\n"));
await browser.close(); await libPage.close(); await app.close();
