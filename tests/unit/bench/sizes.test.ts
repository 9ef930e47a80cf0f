// @vitest-environment node
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { initialAssets, lazyOnlyCheck, measureBuild } from "../../../scripts/bench/sizes.mjs";

describe("initialAssets", () => {
  it.each([
    [
      "Vite's output: module entry, modulepreload and stylesheet",
      `<script type="module" crossorigin src="/assets/main-1.js"></script><link rel="modulepreload" crossorigin href="/assets/vendor-2.js"><link rel="stylesheet" crossorigin href="/assets/main-3.css">`,
      { js: ["assets/main-1.js", "assets/vendor-2.js"], css: ["assets/main-3.css"] },
    ],
    ["a classic script still loads up front", `<script src="/assets/legacy.js"></script>`, { js: ["assets/legacy.js"], css: [] }],
    ["single quotes, query strings, duplicates", `<script type='module' src='/a.js?v=1'></script><link rel='modulepreload' href='/a.js'>`, { js: ["a.js"], css: [] }],
    [
      "icons, inline scripts and other origins are not part of the bundle",
      `<link rel="icon" href="/favicon.svg"><script>1</script><script src="https://cdn.example/x.js"></script><link rel="stylesheet" href="//cdn.example/x.css">`,
      { js: [], css: [] },
    ],
  ])("%s", (_, html, expected) => {
    expect(initialAssets(html)).toEqual(expected);
  });
});

describe("measureBuild", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function build(files: Record<string, string>) {
    dir = mkdtempSync(join(tmpdir(), "bench-sizes-"));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, ".."), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }

  it("splits initial, lazy and other entry pages, and sums compressed sizes", () => {
    const big = "export const x = 1;\n".repeat(500);
    const out = build({
      "index.html": `<script type="module" src="/assets/main.js"></script><link rel="modulepreload" href="/assets/shared.js"><link rel="stylesheet" href="/assets/main.css">`,
      "redirect.html": `<script type="module" src="/assets/redirect.js"></script><link rel="modulepreload" href="/assets/shared.js">`,
      "assets/main.js": big,
      "assets/shared.js": "export const s = 2;",
      "assets/main.css": "body{margin:0}",
      "assets/redirect.js": "console.log(1)",
      "assets/msal-auth.js": `${big}msal.js.browser`,
      "assets/late.css": ".x{}",
      "config.json": "{}",
    });
    const sizes = measureBuild(out);
    expect(sizes.initial.js.files.map((f) => f.file)).toEqual(["assets/main.js", "assets/shared.js"]);
    expect(sizes.initial.js.raw).toBe(big.length + "export const s = 2;".length);
    expect(sizes.initial.js.gzip).toBe(sizes.initial.js.files.reduce((sum, f) => sum + f.gzip, 0));
    expect(sizes.initial.js.gzip).toBeLessThan(sizes.initial.js.raw);
    expect(sizes.initial.css.files.map((f) => f.file)).toEqual(["assets/main.css"]);
    expect(sizes.lazy.map((f) => f.file)).toEqual(["assets/msal-auth.js", "assets/late.css"]);
    // The bridge page's own JS, not the chunk it shares with index.html.
    expect(sizes.otherEntries).toEqual([{ page: "redirect.html", js: expect.objectContaining({ raw: "console.log(1)".length }) }]);
    expect(lazyOnlyCheck(sizes.initialJsText)).toEqual({ msal: [], graph: [], catalog: [] });
  });

  it("names what leaked into the initial chunk", () => {
    expect(lazyOnlyCheck('a="msal.js.browser";fetch(`${b}/v1.0/$batch`)')).toEqual({ msal: ["msal.js.browser"], graph: ["/$batch"], catalog: [] });
    expect(lazyOnlyCheck('learnUrl:"https://learn.microsoft.com/intune/x"')).toEqual({ msal: [], graph: [], catalog: ["learn.microsoft.com"] });
  });

  it("refuses a folder that was never built", () => {
    expect(() => measureBuild(join(tmpdir(), "no-such-build-folder"))).toThrow(/build the app first/);
  });
});
