import { readFileSync } from "node:fs";
const p = JSON.parse(readFileSync("/tmp/cpu.json", "utf8"));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const self = new Map(); const parent = new Map();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const dt = p.timeDeltas; const counts = new Map();
p.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
const name = (n) => `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber}`;
const selfT = new Map(), totalT = new Map();
for (const [id, t] of counts) {
  const n = byId.get(id); selfT.set(name(n), (selfT.get(name(n)) ?? 0) + t);
  const seen = new Set(); let cur = id;
  while (cur !== undefined) { const k = name(byId.get(cur)); if (!seen.has(k)) { seen.add(k); totalT.set(k, (totalT.get(k) ?? 0) + t); } cur = parent.get(cur); }
}
const show = (m, title) => { console.log("== " + title); for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, +(process.argv[2] ?? 30))) console.log((t / 1000 / 30).toFixed(3).padStart(8), k); };
show(selfT, "self ms/key"); show(totalT, "total ms/key");
