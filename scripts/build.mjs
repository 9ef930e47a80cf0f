// Builds the production bundle (dist/) and the browser-test bundle (dist-e2e/, which adds the test-only auth mode).
import { spawnSync } from "node:child_process";

const vite = "node_modules/.bin/vite";
for (const args of [["build"], ["build", "--mode", "e2e", "--outDir", "dist-e2e"]]) {
  const result = spawnSync(vite, [...args, "--logLevel", "warn"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
