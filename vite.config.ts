/// <reference types="vitest/config" />
import { defineConfig, type Connect, type Plugin } from "vite";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { headerTargetFor, pageOf, securityHeaders, type HeaderTarget } from "./security-headers.ts";
import { initialChunk } from "./scripts/initial-chunk.ts";
import { landingPrerender } from "./scripts/prerender-plugin.ts";

const initial = initialChunk("src/app/main.tsx");

/**
 * Sends security-headers.ts's headers from `vite preview` and `vite` (dev), ahead of Vite's own middlewares so SPA
 * fallbacks and 404s carry them too. A plugin rather than `preview.headers`: the policy depends on the output folder
 * (`--outDir dist-e2e` allows the loopback Graph stand-in), which is only known once the config is resolved.
 */
function securityHeadersPlugin(): Plugin {
  const send =
    (target: HeaderTarget): Connect.NextHandleFunction =>
    (req, res, next) => {
      const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
      for (const [name, value] of Object.entries(securityHeaders(target, pageOf(pathname)))) res.setHeader(name, value);
      next();
    };
  return {
    name: "intune-mac-readiness:security-headers",
    configureServer(server) {
      server.middlewares.use(send(headerTargetFor({ isPreview: false, mode: server.config.mode, outDir: server.config.build.outDir })));
    },
    configurePreviewServer(server) {
      server.middlewares.use(send(headerTargetFor({ isPreview: true, mode: server.config.mode, outDir: server.config.build.outDir })));
    },
  };
}

export default defineConfig({
  plugins: [react(), securityHeadersPlugin(), initial.plugin, landingPrerender()],
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
  build: {
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL("./index.html", import.meta.url)),
        // MSAL v5's popup/redirect bridge page: same origin, external script only (no inline script under the CSP).
        redirect: fileURLToPath(new URL("./redirect.html", import.meta.url)),
      },
      output: { codeSplitting: { groups: [{ name: "app", test: initial.test }] } },
    },
  },
  test: {
    environment: "jsdom",
    globals: false,
    setupFiles: ["./tests/setup.ts", "./tests/setup-timeouts.ts"],
    // A loaded 2-core CI machine runs user-event journeys many times slower than a laptop; a timeout is not a verdict.
    testTimeout: 60_000,
    include: ["tests/unit/**/*.test.{ts,tsx}", "tests/integration/**/*.test.{ts,tsx}"],
    css: false,
  },
});
