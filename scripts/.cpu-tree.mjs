import { readFileSync } from "node:fs";
const p = JSON.parse(readFileSync("/tmp/cpu.json", "utf8"));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const t = new Map(); p.samples.forEach((id, i) => t.set(id, (t.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
const tot = (n) => (t.get(n.id) ?? 0) + (n.children ?? []).reduce((s, c) => s + tot(byId.get(c)), 0);
const name = (n) => `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber}`;
const target = process.argv[2];
function walk(n, depth, on) {
  const here = on || name(n).startsWith(target);
  const ms = tot(n) / 1000 / 30;
  if (here && ms >= 0.03) console.log("  ".repeat(depth) + ms.toFixed(3), name(n));
  for (const c of n.children ?? []) walk(byId.get(c), here ? depth + 1 : depth, here);
}
walk(p.nodes[0], 0, false);
