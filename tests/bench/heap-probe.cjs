/**
 * `bench:soak` preloads this into the servers it measures (NODE_OPTIONS
 * --require, with --expose-gc): in the serving process only, every
 * SOAK_PROBE_MS it collects garbage and appends the live heap and the
 * resident memory to SOAK_HEAP_LOG, one JSON line each, so the benchmark
 * sees what is retained rather than what is merely not yet collected.
 */
const { appendFileSync } = require("node:fs");

const log = process.env.SOAK_HEAP_LOG;
const script = process.argv[1] ?? "";
// Not tsx's or npm start's own processes: the one running serve.ts, or next start.
const serving = script.endsWith("lib/cli/serve.ts") || (script.endsWith("/next") && process.argv[2] === "start");

if (log && serving && typeof global.gc === "function") {
  const sample = () => {
    global.gc();
    const memory = process.memoryUsage();
    appendFileSync(log, `${JSON.stringify({ pid: process.pid, at: Date.now(), heapUsed: memory.heapUsed, rss: memory.rss })}\n`);
  };
  setInterval(sample, Number(process.env.SOAK_PROBE_MS ?? 2000)).unref();
}
