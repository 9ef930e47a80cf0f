import { readFileSync } from "node:fs";
const { traceEvents: ev } = JSON.parse(readFileSync("/tmp/trace.json", "utf8"));
const main = (() => { const c = new Map(); for (const e of ev) if (e.name === "EventDispatch") { const k = e.pid + ":" + e.tid; c.set(k, (c.get(k) ?? 0) + 1); } const [pid, tid] = [...c].sort((a, b) => b[1] - a[1])[0][0].split(":").map(Number); return { pid, tid }; })();
const on = ev.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X").sort((a, b) => a.ts - b.ts);
const by = new Map();
for (const e of on.filter((e) => e.name === "EventDispatch")) {
  const t = e.args?.data?.type; const o = by.get(t) ?? { n: 0, d: 0, js: 0 };
  o.n++; o.d += e.dur / 1000;
  o.js += on.filter((f) => f.name === "FunctionCall" && f.ts >= e.ts && f.ts + f.dur <= e.ts + e.dur).reduce((s, f) => s + f.dur / 1000, 0);
  by.set(t, o);
}
for (const [t, o] of by) console.log(t.padEnd(16), o.n, (o.d / 30).toFixed(2), "ms/key total,", (o.js / 30).toFixed(2), "ms/key JS");
// function calls by url
const fc = new Map();
for (const f of on.filter((f) => f.name === "FunctionCall")) { const k = `${f.args?.data?.url?.split("/").pop()}:${f.args?.data?.functionName}`; fc.set(k, (fc.get(k) ?? 0) + f.dur / 1000); }
console.log([...fc].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, d]) => `${(d / 30).toFixed(2)} ${k}`).join("\n"));
