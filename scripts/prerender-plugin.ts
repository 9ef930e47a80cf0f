import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Plugin, type ResolvedConfig } from "vite";
import react from "@vitejs/plugin-react";
import type { Landing } from "../src/prerender/render-landing.tsx";

export const LANDING_MARKER = "<!-- landing prerender -->";

/**
 * Paints the welcome page from static HTML: after the client build, renders src/prerender/render-landing.tsx in Node
 * (a separate SSR build) and writes its markup into index.html at LANDING_MARKER, with its CSS as a hashed stylesheet.
 * Pages without the marker (the bench's floor app) are left alone. Skipped by `vite` (dev), which shows the boot shell.
 */
export function landingPrerender(): Plugin {
  let config: ResolvedConfig;
  return {
    name: "intune-mac-readiness:landing-prerender",
    apply: (_, env) => env.command === "build" && !env.isSsrBuild,
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle(options) {
      const outDir = options.dir ?? resolve(config.root, config.build.outDir);
      const indexFile = join(outDir, "index.html");
      let page: string;
      try {
        page = readFileSync(indexFile, "utf8");
      } catch {
        return;
      }
      if (!page.includes(LANDING_MARKER)) return;
      const landing = await renderInNode(config);
      const css = Buffer.from(landing.css);
      const cssName = `assets/landing-${createHash("sha256").update(css).digest("base64url").slice(0, 8)}.css`;
      writeFileSync(join(outDir, cssName), css);
      const link = `<link rel="stylesheet" crossorigin href="${config.base}${cssName}">`;
      const painted = `<div class="prerender" data-prerender="" inert aria-hidden="true">${landing.html}</div>`;
      writeFileSync(indexFile, page.replace("</head>", `  ${link}\n  </head>`).replace(LANDING_MARKER, painted));
    },
  };
}

async function renderInNode(config: ResolvedConfig): Promise<Landing> {
  const dir = mkdtempSync(join(tmpdir(), "landing-"));
  try {
    await build({
      configFile: false,
      root: config.root,
      mode: config.mode,
      base: config.base,
      logLevel: "warn",
      publicDir: false,
      plugins: [react()],
      // Everything bundled: Node then needs no package resolution, and the render uses the same module copies.
      ssr: { noExternal: true },
      build: { ssr: resolve(config.root, "src/prerender/render-landing.tsx"), outDir: dir, emptyOutDir: true, target: "node20", minify: false },
    });
    const mod = (await import(pathToFileURL(join(dir, "render-landing.js")).href)) as { renderLanding: () => Promise<Landing> };
    return await mod.renderLanding();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
