// Keystroke → next frame in a notes field of the built app, in Chromium: what an admin feels while typing. Each
// keystroke is timed from the keydown event's timestamp to the first task after the next frame was painted (a
// requestAnimationFrame callback that posts a message), so the reducer, React's render and the paint are inside the
// figure. The write to localStorage waits until the typist pauses (at least every 2 s during a burst): a keystroke
// whose frame that write lands before pays for it, the others do not. Keys alternate Backspace and a letter, so a
// note at its limit stays there.
//
// When in the frame a key arrives decides most of the figure: the frame that shows it starts at the next vsync.
// A person's keys arrive at any point of the frame, so the judged figure sends each key after a different delay
// spread evenly over one frame ("random phase"). Sending each key as soon as the previous frame was seen lands it
// 2–3 ms after a frame starts, close to a whole frame's wait: that worst case is measured too, next to a bare
// textarea holding the same note (the harness's own floor), so the app's share of it is visible. The bare textarea's
// figure is measured both ways.

import { median } from "./paint.mjs";

const PROGRESS_KEY = "intune-mac-readiness:progress";

const INSTALL = () => {
  // What the app saved: the main key and every item's own key (src/domain/progress/stored.ts).
  window.__benchSavedText = (key) =>
    Object.keys(localStorage)
      .filter((k) => k === key || k.startsWith(`${key}:item:`))
      .map((k) => localStorage.getItem(k) ?? "")
      .join("");
  const keys = [];
  window.__benchTyping = keys;
  const channel = new MessageChannel();
  let pending = null;
  channel.port1.onmessage = () => {
    if (pending === null) return;
    keys.push({ frameMs: performance.now() - pending.at, frameStartMs: pending.frameStart - pending.at });
    pending = null;
  };
  document.addEventListener(
    "keydown",
    (event) => {
      const key = { at: event.timeStamp, frameStart: Number.NaN };
      pending = key;
      requestAnimationFrame((frameStart) => {
        key.frameStart = frameStart;
        channel.port2.postMessage(null);
      });
    },
    { capture: true },
  );
};

const BARE_PAGE = (note) => `<!doctype html><html lang="en"><body style="margin:0;padding:24px;font-family:'Segoe UI',sans-serif">
<label for="n">Notes for the bare textarea</label><br>
<textarea id="n" style="font:14px/20px 'Segoe UI',sans-serif;width:930px;height:52px;padding:6px 12px;border:1px solid #d1d1d1;border-radius:4px"></textarea>
<script>document.getElementById("n").value = ${JSON.stringify(note)};</script></body></html>`;

const p95 = (values) => [...values].sort((a, b) => a - b)[Math.floor(0.95 * values.length)];

/** The page's frame interval, from the timestamps of consecutive animation frames. */
const frameInterval = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        const stamps = [];
        const tick = (t) => {
          stamps.push(t);
          if (stamps.length < 21) requestAnimationFrame(tick);
          else resolve(stamps.slice(1).map((s, i) => s - stamps[i]).sort((a, b) => a - b)[10]);
        };
        requestAnimationFrame(tick);
      }),
  );

/**
 * Types `warmUp + keys` keystrokes into the focused field. With `randomPhase`, key i waits a delay of its own before
 * it is sent: the delays cover one frame in even steps, visited in a fixed scrambled order, so the arrival points are
 * spread over the frame the same way in every run.
 */
async function typeKeys(page, { keys, warmUp, randomPhase, intervalMs }) {
  const letters = "abcdefg";
  const first = await page.evaluate(() => window.__benchTyping.length);
  for (let i = 0; i < warmUp + keys; i += 1) {
    const count = await page.evaluate(() => window.__benchTyping.length);
    // A deliberate pause, not a wait for a condition: it sets where in the frame the key lands.
    if (randomPhase) await new Promise((resolve) => setTimeout(resolve, (((i * 37) % keys) / keys) * intervalMs));
    await page.keyboard.press(i % 2 === 0 ? "Backspace" : letters[i % letters.length]);
    await page.waitForFunction((n) => window.__benchTyping.length > n, count, { polling: "raf" });
  }
  const typed = await page.evaluate((from) => window.__benchTyping.slice(from), first);
  const timed = typed.slice(warmUp);
  const frames = timed.map((k) => k.frameMs);
  return {
    keys: timed.length,
    medianMs: median(frames),
    p95Ms: p95(frames),
    // The frame that showed the key started within one interval (+1 ms of timer slack) of the key: none was skipped.
    inFirstFrame: timed.filter((k) => k.frameStartMs <= intervalMs + 1).length,
  };
}

/** Runs `run` on a fresh page in its own context (the same viewport for the app and the bare textarea). */
async function withPage(browser, run) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

/** Clicks `field`, puts the caret at the end and types both ways: keys spread over the frame, then the worst case. */
async function typeBothWays(page, field, { keys, warmUp }) {
  await field.click();
  await page.keyboard.press("ControlOrMeta+End");
  const intervalMs = await frameInterval(page);
  const randomPhase = await typeKeys(page, { keys, warmUp, randomPhase: true, intervalMs });
  const frameStart = await typeKeys(page, { keys, warmUp, randomPhase: false, intervalMs });
  return { randomPhase, frameStart, intervalMs };
}

/**
 * Opens `path` with `seed` (a serialized progress) in storage, opens the first item's details and types into its
 * notes field: `keys` keystrokes spread over the frame, then `keys` sent right after a frame was seen (each after
 * `warmUp` untimed ones). Returns both figures and how much of the note was saved.
 */
export function measureTyping(browser, appUrl, seed, { path = "tenant", keys = 60, warmUp = 10 } = {}) {
  return withPage(browser, async (page) => {
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [PROGRESS_KEY, seed]);
    await page.addInitScript(INSTALL);
    await page.goto(new URL(path, appUrl).href, { waitUntil: "load" });
    const toggle = page.locator("section[data-item-id] button[aria-expanded='false']").first();
    await toggle.click();
    const notes = page.getByRole("textbox", { name: /^Notes for / }).first();
    await notes.waitFor();
    const before = await notes.inputValue();
    if (before.length < 1_000) throw new Error(`The seeded note did not load (${before.length} chars).`);
    const typed = await typeBothWays(page, notes, { keys, warmUp });
    const after = await notes.inputValue();
    if (after.length !== before.length) throw new Error(`Typing changed the note's length (${before.length} → ${after.length}).`);
    // Written once the typist pauses: wait for it (and fail if it never comes).
    const tail = after.slice(-40);
    await page.waitForFunction(([key, text]) => window.__benchSavedText(key).includes(text), [PROGRESS_KEY, tail], { timeout: 10_000 });
    const saved = await page.evaluate((key) => window.__benchSavedText(key), PROGRESS_KEY);
    return { ...typed, notesChars: before.length, savedChars: saved.length, note: after };
  });
}

/** Both figures for a bare textarea holding `note`: the harness's own floor. */
export function measureBareTyping(browser, note, { keys = 60, warmUp = 10 } = {}) {
  return withPage(browser, async (page) => {
    await page.setContent(BARE_PAGE(note));
    await page.evaluate(INSTALL);
    return typeBothWays(page, page.locator("#n"), { keys, warmUp });
  });
}
