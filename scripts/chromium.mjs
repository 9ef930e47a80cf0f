// Finds a Chromium/Chrome for the browser suite; on Debian/Ubuntu as root it installs Debian's chromium itself.
import { existsSync } from "node:fs";
import { execSync } from "node:child_process";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("Chromium not found: installing Debian's chromium package (apt-get install -y chromium) …");
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit" });
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(
    [
      "The browser tests need Chromium or Google Chrome, and none was found.",
      "  Debian/Ubuntu:  sudo apt-get install -y chromium",
      "  Fedora:         sudo dnf install -y chromium",
      "  macOS:          brew install --cask chromium",
      "  or point CHROMIUM_PATH at an existing Chrome/Chromium binary, e.g.",
      "                  CHROMIUM_PATH=/path/to/chrome npm test",
      "(Do not run `npx playwright install`: the suite uses your system browser.)",
    ].join("\n"),
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureChromium());
}
