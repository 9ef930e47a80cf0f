// `npm run test:e2e [-- <playwright args>]`: builds the browser-test bundle and runs only the browser suite.
import { spawnSync } from "node:child_process";
import { ensureChromium } from "./chromium.mjs";

const build = spawnSync("node", ["scripts/build.mjs"], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);
const result = spawnSync(
  "node_modules/.bin/playwright",
  ["test", "-c", "tests/e2e/playwright.config.ts", ...process.argv.slice(2)],
  { stdio: "inherit", env: { ...process.env, CHROMIUM_PATH: ensureChromium() } },
);
process.exit(result.status ?? 1);
