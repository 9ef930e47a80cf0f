import { chromium } from "playwright-core";
import { startLibraryPage, startPreview } from "./bench/servers.mjs";
import { LIB_FILE, APP_DIR } from "./bench/builds.mjs";
const INSTALL = () => {
  const frames = []; window.__benchTyping = frames; const channel = new MessageChannel(); let started = null;
  channel.port1.onmessage = () => { if (started === null) return; frames.push(performance.now() - started); started = null; };
  window.__delay = []; window.__raf = [];
  document.addEventListener("keydown", (event) => { started = event.timeStamp; window.__delay.push(performance.now() - event.timeStamp); const s0 = event.timeStamp; requestAnimationFrame(() => window.__raf.push(performance.now() - s0)); requestAnimationFrame(() => channel.port2.postMessage(null)); }, { capture: true });
};
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const libPage = await startLibraryPage(LIB_FILE);
const app = await startPreview(process.env.APPDIR ?? APP_DIR);
const libCtx = await browser.newContext(); const libTab = await libCtx.newPage(); await libTab.goto(libPage.url);
const seed = await libTab.evaluate(async (c) => (await import("/bench-lib.js")).typingSeed(c, new Date()), 5000);
async function run(css, label, path = "tenant") {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const page = await ctx.newPage();
  await page.addInitScript(([k, v]) => localStorage.setItem(k, v), ["intune-mac-readiness:progress", seed]);
  await page.addInitScript(INSTALL);
  await page.goto(new URL(path, app.url).href, { waitUntil: "load" });
  if (css) await page.addStyleTag({ content: css });
  await page.locator("section[data-item-id] button[aria-expanded='false']").first().click();
  const notes = page.getByRole("textbox", { name: /^Notes for / }).first();
  await notes.click(); await page.keyboard.press("ControlOrMeta+End");
  for (let i = 0; i < 70; i++) {
    const c = await page.evaluate(() => window.__benchTyping.length);
    await page.keyboard.press(i % 2 === 0 ? "Backspace" : "abcdefg"[i % 7]);
    await page.waitForFunction((n) => window.__benchTyping.length > n, c, { polling: "raf" });
  }
  const f = (await page.evaluate(() => window.__benchTyping)).slice(10);
  const med = (a) => { a = a.slice(10).sort((x, y) => x - y); return a[Math.floor(a.length / 2)].toFixed(1); };
  console.log(label, "dispatch delay median", med(await page.evaluate(() => window.__delay)), "raf median", med(await page.evaluate(() => window.__raf)), "frame median", med(f));
  await ctx.close(); return f;
}
const variants = JSON.parse(process.env.VARIANTS ?? "[]");
const all = new Map();
for (let r = 0; r < +(process.env.REPS ?? 3); r++) for (const [label, css, path] of [["baseline", ""], ...variants]) all.set(label, [...(all.get(label) ?? []), ...(await run(css, label, path))]);
for (const [label, f] of all) { f.sort((a, b) => a - b); console.log(label.padEnd(40), "n", f.length, "median", f[Math.floor(f.length / 2)].toFixed(1), "p25", f[Math.floor(f.length / 4)].toFixed(1), "p75", f[Math.floor(f.length * 0.75)].toFixed(1), "p95", f[Math.floor(f.length * 0.95)].toFixed(1)); }
await browser.close(); await libPage.close(); await app.close();
