// First and largest contentful paint of one cold page load, in a fresh browser context (empty cache).
// Paint entries can lag behind `load` (toolchain.md G13), so buffered observers are installed before the page runs
// and the figures are read once LCP has been quiet for a while.

const OBSERVE = () => {
  const paint = { fcp: null, lcp: null, lcpSeenAt: 0 };
  window.__benchPaint = paint;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === "first-contentful-paint") paint.fcp = entry.startTime;
  }).observe({ type: "paint", buffered: true });
  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    paint.lcp = entries[entries.length - 1].startTime;
    paint.lcpSeenAt = performance.now();
  }).observe({ type: "largest-contentful-paint", buffered: true });
};

export async function measurePaint(browser, url, { quietMs = 500, timeoutMs = 10_000 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(OBSERVE);
    await page.goto(url, { waitUntil: "load" });
    await page.waitForFunction(
      (quiet) => {
        const p = window.__benchPaint;
        return p && p.fcp !== null && p.lcp !== null && performance.now() - p.lcpSeenAt >= quiet;
      },
      quietMs,
      { timeout: timeoutMs, polling: 100 },
    );
    return await page.evaluate(() => ({ fcp: window.__benchPaint.fcp, lcp: window.__benchPaint.lcp }));
  } finally {
    await context.close();
  }
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
