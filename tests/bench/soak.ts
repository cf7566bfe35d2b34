/**
 * `npm run bench:soak`: does the served app hold memory or lose page speed
 * under a steady load?
 *
 * On a fresh embedded PostgreSQL with the bench office of 10,000 people,
 * starts two servers on the same build, each under a 256 MB heap
 * (SOAK_HEAP_MB): the app as `npm start` serves it (lib/cli/serve.ts) on
 * BENCH_PORT and plain `next start` on BENCH_PORT + 1, both on 127.0.0.1.
 * First it compares their page throughput, in alternating rounds so that the
 * shared machine's load falls on both alike; then it sends SOAK_REQUESTS
 * (default 50,000) mixed requests to the `npm start` server at 20
 * connections — My office days, Capacity, `GET /api/v1/me/days` and the
 * sign-in page without a cookie — while a probe in the server
 * (heap-probe.cjs) collects garbage and records the live heap every two
 * seconds. It fails (exit code 1) when a request fails, the server
 * restarts, the live heap grows by more than SOAK_GROWTH_MB (default 24)
 * from the first tenth of the load to the last, or pages are more than
 * 10% slower than under `next start`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { isBuildCurrent, sourceFingerprint } from "../../lib/cli/build-fingerprint";
import { appEnv, benchDatabase, root, startApp, stopGroup, waitFor, type BenchDatabase } from "./bench-app";

const PORT = Number(process.env.BENCH_PORT ?? 3230);
const PLAIN_PORT = PORT + 1;
const REQUESTS = Number(process.env.SOAK_REQUESTS ?? 50_000);
const HEAP_MB = Number(process.env.SOAK_HEAP_MB ?? 256);
const GROWTH_MB = Number(process.env.SOAK_GROWTH_MB ?? 24);
const CONNECTIONS = 20;
const ROUND_SECONDS = Number(process.env.SOAK_ROUND_SECONDS ?? 10);
const ROUNDS = 3;
const MB = 1024 * 1024;

interface HeapSample {
  pid: number;
  at: number;
  heapUsed: number;
  rss: number;
}

function samples(file: string): HeapSample[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8").trim().split("\n").filter(Boolean).map((line) => JSON.parse(line) as HeapSample);
}

/** Both servers' environment: the heap limit, and the probe that records the live heap. */
function soakEnv(heapLog: string): Record<string, string> {
  return {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=${HEAP_MB} --expose-gc --require=${path.join(root, "tests/bench/heap-probe.cjs")}`.trim(),
    SOAK_HEAP_LOG: heapLog,
    HOST: "127.0.0.1",
  };
}

/** `next build` when the sources changed, without the soak's heap limit (a build needs more). */
async function ensureBuild(bench: BenchDatabase): Promise<void> {
  if (isBuildCurrent(root)) return;
  console.log("Building the app (changed sources)...");
  const build = spawn(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, env: appEnv(bench, PORT), stdio: "inherit" });
  const code = await new Promise<number | null>((resolve) => build.once("exit", resolve));
  if (code !== 0) throw new Error(`next build failed (exit code ${code})`);
  writeFileSync(path.join(root, ".next/source-fingerprint"), sourceFingerprint(root));
}

function startPlainNext(bench: BenchDatabase, heapLog: string): ChildProcess {
  return spawn(path.join(root, "node_modules/.bin/next"), ["start", "--port", String(PLAIN_PORT), "--hostname", "127.0.0.1"], {
    cwd: root,
    env: appEnv(bench, PLAIN_PORT, soakEnv(heapLog)),
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
}

/** The pages people read (with the reader's cookie) and the sign-in page (without), in turn. */
function pageRequests(cookie: string): autocannon.Request[] {
  return [
    { method: "GET", path: "/", headers: { cookie } },
    { method: "GET", path: "/capacity", headers: { cookie } },
    { method: "GET", path: "/sign-in" },
  ];
}

/** `amount` requests (or `seconds` of them) cycling through `requests`; counts every answer that is not 200. */
async function run(port: number, requests: autocannon.Request[], limit: { amount?: number; seconds?: number }) {
  let failures = 0;
  let firstFailure = "";
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: `http://127.0.0.1:${port}`, connections: CONNECTIONS, requests, timeout: 30, ...(limit.amount ? { amount: limit.amount } : { duration: limit.seconds ?? ROUND_SECONDS }) },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, statusCode) => {
      if (statusCode === 200) return;
      failures++;
      firstFailure ||= `status ${statusCode}`;
    });
  });
  const answered = result.requests.total;
  return { answered, seconds: result.duration, rps: answered / result.duration, failures: failures + result.errors + result.timeouts, firstFailure: firstFailure || (result.errors ? "connection errors" : "") };
}

async function main() {
  const bench = await benchDatabase(PORT + 11, 0);
  const heapLog = path.join(tmpdir(), `office-rotation-soak-${Date.now()}.jsonl`);
  let gated: ChildProcess | undefined;
  let plain: ChildProcess | undefined;
  let failed = false;
  const fail = (message: string) => {
    failed = true;
    console.log(`FAIL: ${message}`);
  };
  try {
    await ensureBuild(bench);
    console.log(`Starting npm start on 127.0.0.1:${PORT} and next start on 127.0.0.1:${PLAIN_PORT}, each under a ${HEAP_MB} MB heap...`);
    gated = startApp(bench, PORT, soakEnv(heapLog));
    plain = startPlainNext(bench, heapLog);
    await Promise.all([waitFor(`http://127.0.0.1:${PORT}/sign-in`), waitFor(`http://127.0.0.1:${PLAIN_PORT}/sign-in`)]);
    const pages = pageRequests(bench.cookie);
    const today = new Date().toISOString().slice(0, 10);
    const to = new Date(Date.now() + 27 * 86_400_000).toISOString().slice(0, 10);
    const mixed: autocannon.Request[] = [...pages, { method: "GET", path: `/api/v1/me/days?from=${today}&to=${to}`, headers: { authorization: `Bearer ${bench.readerToken}` } }];
    // Warm both up: the first render of each page compiles and caches.
    for (const port of [PORT, PLAIN_PORT]) await run(port, mixed, { amount: 200 });

    console.log(`\nPage throughput, ${ROUNDS} alternating rounds of ${ROUND_SECONDS} s at ${CONNECTIONS} connections (My office days, Capacity, sign-in):`);
    const totals = { gated: { answered: 0, seconds: 0 }, plain: { answered: 0, seconds: 0 } };
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [name, port] of [["plain", PLAIN_PORT], ["gated", PORT]] as const) {
        const result = await run(port, pages, { seconds: ROUND_SECONDS });
        if (result.failures) fail(`${name} round ${round}: ${result.failures} failed requests (first: ${result.firstFailure})`);
        totals[name].answered += result.answered;
        totals[name].seconds += result.seconds;
        console.log(`  round ${round}, ${name === "plain" ? "next start" : "npm start "}: ${result.rps.toFixed(0)} pages/s`);
      }
    }
    const gatedRps = totals.gated.answered / totals.gated.seconds;
    const plainRps = totals.plain.answered / totals.plain.seconds;
    console.log(`  npm start ${gatedRps.toFixed(0)} pages/s, next start ${plainRps.toFixed(0)} pages/s: ${((gatedRps / plainRps) * 100).toFixed(0)}% (target: at least 90%)`);
    if (gatedRps < 0.9 * plainRps) fail("pages under npm start are more than 10% slower than under next start");

    const plainPid = plain.pid;
    await stopGroup(plain);
    plain = undefined;
    const before = samples(heapLog).filter((sample) => sample.pid !== plainPid).at(-1);
    console.log(`\nSoak: ${REQUESTS} mixed requests to npm start at ${CONNECTIONS} connections (the pages above and GET /api/v1/me/days)...`);
    const started = Date.now();
    const soak = await run(PORT, mixed, { amount: REQUESTS });
    const ended = Date.now();
    // Two more samples after the load: what stays.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const gatedSamples = samples(heapLog).filter((sample) => sample.pid === before?.pid);
    const during = gatedSamples.filter((sample) => sample.at >= started && sample.at <= ended);
    const after = gatedSamples.filter((sample) => sample.at > ended);
    // A server that died of its heap is restarted by npm start: a new process id then shows in the samples.
    const pids = new Set(samples(heapLog).filter((sample) => sample.at >= started && sample.pid !== plainPid).map((sample) => sample.pid));
    console.log(`  ${soak.answered} answers in ${soak.seconds.toFixed(0)} s (${soak.rps.toFixed(0)}/s), ${soak.failures} failed${soak.failures ? ` (first: ${soak.firstFailure})` : ""}`);
    if (soak.failures) fail(`${soak.failures} of the soak's requests failed`);
    if (!before || pids.size !== 1 || !pids.has(before.pid)) fail(`the server did not survive the soak (server processes seen: ${[...pids].join(", ") || "none"})`);
    if (during.length >= 10) {
      const tenth = Math.max(1, Math.floor(during.length / 10));
      const first = Math.max(...during.slice(0, tenth).map((sample) => sample.heapUsed));
      const last = Math.max(...during.slice(-tenth).map((sample) => sample.heapUsed));
      const peakRss = Math.max(...during.map((sample) => sample.rss));
      console.log(`  live heap (after a full collection, ${during.length} samples): ${(before!.heapUsed / MB).toFixed(0)} MB before, ${(first / MB).toFixed(0)} MB in the first tenth, ${(last / MB).toFixed(0)} MB in the last tenth, ${after.length ? (after.at(-1)!.heapUsed / MB).toFixed(0) : "?"} MB after; resident memory at most ${(peakRss / MB).toFixed(0)} MB`);
      console.log(`  every tenth: ${Array.from({ length: 10 }, (_, index) => (Math.max(...during.slice(index * tenth, (index + 1) * tenth).map((sample) => sample.heapUsed)) / MB).toFixed(0)).join(", ")} MB`);
      if (last - first > GROWTH_MB * MB) fail(`the live heap grew by ${((last - first) / MB).toFixed(0)} MB under a steady load`);
    } else if (!failed) {
      fail(`too few heap samples (${during.length}) to judge`);
    }
    console.log(failed ? "\nSoak FAILED" : "\nSoak passed: a flat heap, no failures, pages as fast as next start's");
  } finally {
    await stopGroup(plain);
    await stopGroup(gated);
    await bench.remove();
    rmSync(heapLog, { force: true });
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
