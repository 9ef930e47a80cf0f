import { readFileSync } from "node:fs";
const { traceEvents: ev } = JSON.parse(readFileSync("/tmp/trace.json", "utf8"));
const main = (() => { const c = new Map(); for (const e of ev) if (e.name === "EventDispatch") { const k = e.pid + ":" + e.tid; c.set(k, (c.get(k) ?? 0) + 1); } const [pid, tid] = [...c].sort((a, b) => b[1] - a[1])[0][0].split(":").map(Number); return { pid, tid }; })();
const on = ev.filter((e) => e.pid === main.pid && e.tid === main.tid && (e.ph === "X" || e.ph === "I" || e.ph === "i")).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
const keys = on.filter((e) => e.name === "EventDispatch" && e.args?.data?.type === "keydown");
const k = keys[+(process.argv[2] ?? 10)]; const start = k.ts; const end = keys[+(process.argv[2] ?? 10) + 1].ts;
const stack = [];
for (const e of on) {
  if (e.ts < start || e.ts >= end) continue;
  while (stack.length && stack.at(-1) <= e.ts) stack.pop();
  const d = (e.dur ?? 0) / 1000;
  if (d >= 0.15 || ["InvalidateLayout", "ScheduleStyleRecalculation"].includes(e.name)) console.log(((e.ts - start) / 1000).toFixed(2).padStart(7), "  ".repeat(stack.length) + e.name, d.toFixed(2), e.args?.data?.type ?? e.args?.data?.functionName ?? "", e.name === "InvalidateLayout" || e.name==="ScheduleStyleRecalculation" ? JSON.stringify(e.args?.data?.stackTrace?.[0] ?? e.args?.beginData?.stackTrace?.[0] ?? "").slice(0,120) : "");
  if (e.dur) stack.push(e.ts + e.dur);
}
