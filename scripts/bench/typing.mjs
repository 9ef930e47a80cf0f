// Keystroke → next frame in a notes field of the built app, in Chromium: what an admin feels while typing. Each
// keystroke is timed from the keydown event's timestamp to the first task after the next frame was painted (a
// requestAnimationFrame callback that posts a message), so the reducer, React's render and the paint are inside the
// figure. The write to localStorage waits until the typist pauses (at least every 2 s during a burst): a keystroke
// whose frame that write lands before pays for it, the others do not. Keys alternate Backspace and a letter, so a
// note at its limit stays there.

const PROGRESS_KEY = "intune-mac-readiness:progress";

const INSTALL = () => {
  // What the app saved: the main key and every item's own key (src/domain/progress/stored.ts).
  window.__benchSavedText = (key) =>
    Object.keys(localStorage)
      .filter((k) => k === key || k.startsWith(`${key}:item:`))
      .map((k) => localStorage.getItem(k) ?? "")
      .join("");
  const frames = [];
  window.__benchTyping = frames;
  const channel = new MessageChannel();
  let started = null;
  channel.port1.onmessage = () => {
    if (started === null) return;
    frames.push(performance.now() - started);
    started = null;
  };
  document.addEventListener(
    "keydown",
    (event) => {
      started = event.timeStamp;
      requestAnimationFrame(() => channel.port2.postMessage(null));
    },
    { capture: true },
  );
};

/**
 * Opens `path` with `seed` (a serialized progress) in storage, opens the first item's details and types `keys`
 * keystrokes (after `warmUp` untimed ones) into its notes field. Returns the per-keystroke times in ms.
 */
export async function measureTyping(browser, appUrl, seed, { path = "tenant", keys = 60, warmUp = 10 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [PROGRESS_KEY, seed]);
    await page.addInitScript(INSTALL);
    await page.goto(new URL(path, appUrl).href, { waitUntil: "load" });
    const toggle = page.locator("section[data-item-id] button[aria-expanded='false']").first();
    await toggle.click();
    const notes = page.getByRole("textbox", { name: /^Notes for / }).first();
    await notes.waitFor();
    const before = await notes.inputValue();
    if (before.length < 1_000) throw new Error(`The seeded note did not load (${before.length} chars).`);
    await notes.click();
    await page.keyboard.press("ControlOrMeta+End");
    const letters = "abcdefg";
    for (let i = 0; i < warmUp + keys; i += 1) {
      const count = await page.evaluate(() => window.__benchTyping.length);
      await page.keyboard.press(i % 2 === 0 ? "Backspace" : letters[i % letters.length]);
      await page.waitForFunction((n) => window.__benchTyping.length > n, count, { polling: "raf" });
    }
    const after = await notes.inputValue();
    if (after.length !== before.length) throw new Error(`Typing changed the note's length (${before.length} → ${after.length}).`);
    // Written once the typist pauses: wait for it (and fail if it never comes).
    const tail = after.slice(-40);
    await page.waitForFunction(([key, text]) => window.__benchSavedText(key).includes(text), [PROGRESS_KEY, tail], { timeout: 10_000 });
    const saved = await page.evaluate((key) => window.__benchSavedText(key), PROGRESS_KEY);
    const all = await page.evaluate(() => window.__benchTyping);
    return { frames: all.slice(warmUp), notesChars: before.length, savedChars: saved.length };
  } finally {
    await context.close();
  }
}
