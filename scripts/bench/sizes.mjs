// Sizes of a Vite build as the browser downloads it: what index.html loads up front (initial) and every other chunk
// (lazy), raw, gzip (level 6, what `gzip -c` and most servers use) and brotli (quality 11, what CDNs pre-compress to).
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

/** Built-file paths (relative to the output folder) an HTML page loads before it can run. */
export function initialAssets(html) {
  const attr = (tag, name) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, "i").exec(tag)?.[1] ?? null;
  const js = [];
  const css = [];
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag);
    const rel = attr(tag, "rel")?.toLowerCase();
    const url = isScript ? attr(tag, "src") : attr(tag, "href");
    if (!url || /^(https?:|data:|\/\/)/i.test(url)) continue;
    const file = url.replace(/^\//, "").split(/[?#]/)[0];
    if (isScript) js.push(file);
    else if (!isScript && rel === "modulepreload") js.push(file);
    else if (!isScript && rel === "stylesheet") css.push(file);
  }
  return { js: [...new Set(js)], css: [...new Set(css)] };
}

export function compressedSizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 6 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const sum = (sizes) => sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), { raw: 0, gzip: 0, brotli: 0 });

function listFiles(dir, prefix = "") {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(dir, join(prefix, entry.name)) : [join(prefix, entry.name).split("\\").join("/")],
  );
}

/**
 * `page` is the HTML entry whose initial load counts (index.html). Other HTML entries (the sign-in bridge) are
 * reported as `otherEntries`; every JS or CSS file no HTML page loads up front is `lazy`.
 */
export function measureBuild(outDir, page = "index.html") {
  const htmlPath = join(outDir, page);
  if (!existsSync(htmlPath)) throw new Error(`${htmlPath} does not exist: build the app first.`);
  const files = listFiles(outDir);
  const read = (file) => readFileSync(join(outDir, file));
  const main = initialAssets(read(page).toString("utf8"));
  const others = files.filter((f) => f.endsWith(".html") && f !== page).map((f) => ({ page: f, ...initialAssets(read(f).toString("utf8")) }));
  const upFront = new Set([...main.js, ...main.css, ...others.flatMap((o) => [...o.js, ...o.css])]);
  const entry = (file) => ({ file, ...compressedSizes(read(file)) });
  const initialJs = main.js.map(entry);
  const initialCss = main.css.map(entry);
  return {
    initial: { js: { files: initialJs, ...sum(initialJs) }, css: { files: initialCss, ...sum(initialCss) } },
    initialJsText: main.js.map((f) => read(f).toString("utf8")).join("\n"),
    lazy: files.filter((f) => /\.(m?js|css)$/.test(f) && !upFront.has(f)).map(entry).sort((a, b) => b.gzip - a.gzip),
    otherEntries: others.map((o) => ({ page: o.page, js: sum(o.js.filter((f) => !main.js.includes(f)).map(entry)) })),
  };
}

/**
 * Strings only lazy code contains; none may be in the initial chunk. MSAL and the Graph client load on opt-in; the
 * catalog's texts (every item has a Learn link) load with the step that shows them.
 */
export const LAZY_ONLY_MARKERS = {
  msal: ["msal.js.browser", "interaction_in_progress"],
  graph: ["/$batch", "MalformedBatchResponse"],
  catalog: ["learn.microsoft.com"],
};

/** How the size check and the bench report name each kind of lazy-only code. */
export const LAZY_ONLY_LABELS = { msal: "MSAL", graph: "Graph client", catalog: "Catalog texts" };

export function lazyOnlyCheck(initialJsText) {
  return Object.fromEntries(
    Object.entries(LAZY_ONLY_MARKERS).map(([name, markers]) => [name, markers.filter((m) => initialJsText.includes(m))]),
  );
}

export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
