// The three builds one benchmark run compares: the app, the floor app (same Vite config, other entry) and the
// measurement library (scripts/bench/lib.ts in library mode, so Node and Chromium can run the app's TypeScript).
import { build, loadConfigFromFile } from "vite";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const OUT = resolve(ROOT, "dist-bench");
export const APP_DIR = resolve(OUT, "app");
export const FLOOR_DIR = resolve(OUT, "floor");
export const LIB_FILE = resolve(OUT, "lib", "bench-lib.js");

const quiet = { logLevel: "warn" };

export async function buildApp() {
  await build({ root: ROOT, configFile: resolve(ROOT, "vite.config.ts"), ...quiet, build: { outDir: APP_DIR, emptyOutDir: true } });
}

export async function buildFloor() {
  const floorRoot = resolve(ROOT, "scripts/bench/floor");
  const loaded = await loadConfigFromFile({ command: "build", mode: "production", isSsrBuild: false, isPreview: false }, resolve(ROOT, "vite.config.ts"), ROOT);
  if (!loaded) throw new Error("vite.config.ts did not load");
  const { config } = loaded;
  // Same plugins and build options as the app; only the entry page (and so the root) differs.
  await build({
    ...config,
    configFile: false,
    root: floorRoot,
    publicDir: false,
    ...quiet,
    build: {
      ...config.build,
      outDir: FLOOR_DIR,
      emptyOutDir: true,
      rolldownOptions: { ...config.build?.rolldownOptions, input: { main: resolve(floorRoot, "index.html") } },
    },
  });
}

export async function buildLib() {
  await build({
    root: ROOT,
    configFile: false,
    ...quiet,
    publicDir: false,
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    build: {
      outDir: resolve(OUT, "lib"),
      emptyOutDir: true,
      target: "es2022",
      minify: false,
      lib: { entry: resolve(ROOT, "scripts/bench/lib.ts"), formats: ["es"], fileName: () => "bench-lib.js" },
    },
  });
}
