// Finds a Chromium/Chrome for the browser suite; on Debian/Ubuntu as root it installs Debian's chromium itself.
import { existsSync } from "node:fs";
import { execSync } from "node:child_process";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

const HELP = [
  "The browser tests need Chromium or Google Chrome, and none was found.",
  "  Debian/Ubuntu:  sudo apt-get install -y chromium",
  "  Fedora:         sudo dnf install -y chromium",
  "  macOS:          brew install --cask chromium",
  "  or point CHROMIUM_PATH at an existing Chrome/Chromium binary, e.g.",
  "                  CHROMIUM_PATH=/path/to/chrome npm test",
  "(Do not run `npx playwright install`: the suite uses your system browser.)",
].join("\n");

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/**
 * The browser to use, installing Debian's chromium when running as root with apt; never exits or throws, so the
 * caller can still report its totals. `problem` says why there is none.
 * @returns {{ path: string, problem?: undefined } | { path: null, problem: string }}
 */
export function locateChromium() {
  const found = findChromium();
  if (found) return { path: found };
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  let problem = "no Chromium or Chrome found";
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("Chromium not found: installing Debian's chromium package (apt-get install -y chromium) …");
    try {
      execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit" });
      const installed = findChromium();
      if (installed) return { path: installed };
      problem = "apt-get installed chromium, but no browser binary was found afterwards";
    } catch (error) {
      problem = `Chromium could not be installed (${String(error instanceof Error ? error.message : error).split("\n")[0]})`;
    }
  }
  console.error(HELP);
  return { path: null, problem };
}

/** For commands that need a browser or nothing (`npm run test:e2e`): exits when there is none. */
export function ensureChromium() {
  const { path } = locateChromium();
  if (path) return path;
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureChromium());
}
