/**
 * The benchmark's writers: people staying home, undoing, asking for and
 * withdrawing extra days, each write timed. They run on a worker thread of
 * their own (`startWriters`): on the load generator's thread a write's answer
 * would wait behind autocannon's work, and the benchmark would time its own
 * event loop instead of the app.
 */
import { parentPort, Worker, workerData } from "node:worker_threads";

export interface WritersOptions {
  baseUrl: string;
  tokens: string[];
  /** ms between one person's writes (0: back to back). */
  interval: number;
  /** Stop by itself after this many timed writes. */
  until?: number;
  /**
   * "choices" (the default) makes real changes. "refused" asks to stay home
   * on a past day: signed in and checked, then refused (422) before any
   * transaction, so it times what every write costs before its own work.
   */
  kind?: "choices" | "refused";
}

export interface WritesResult {
  latencies: number[];
  failures: string[];
}

/**
 * One person's writes until `stopped()` (stay home, undo, extra day, withdraw;
 * or refused ones), one every `interval` ms, each timed into `result`.
 */
async function writeLoop(options: WritersOptions, token: string, result: WritesResult, stopped: () => boolean): Promise<void> {
  const { baseUrl, interval } = options;
  let next = performance.now();
  const send = (method: string, pathname: string, body?: unknown) =>
    fetch(`${baseUrl}/api/v1${pathname}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
  const timed = async (method: string, pathname: string, body?: unknown, expected?: number) => {
    next += interval;
    const wait = next - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    else next = performance.now();
    const started = performance.now();
    const response = await send(method, pathname, body);
    const text = await response.text();
    result.latencies.push(performance.now() - started);
    if (expected === undefined ? response.status >= 300 : response.status !== expected) result.failures.push(`${method} ${pathname}: ${response.status} ${text.slice(0, 120)}`);
  };
  if (options.kind === "refused") {
    while (!stopped()) await timed("POST", "/me/opt-outs", { from: "2000-01-03" }, 422);
    return;
  }
  const days = (await (await send("GET", "/me/days")).json()) as { days: { date: string; choices: string[] }[] };
  const own = days.days.filter((day) => day.choices.includes("stay-home")).map((day) => day.date);
  const extra = days.days.filter((day) => day.choices.includes("request-extra")).map((day) => day.date);
  for (let round = 0; !stopped(); round++) {
    const ownDay = own[round % own.length];
    const extraDay = extra[round % extra.length];
    if (ownDay) {
      await timed("POST", "/me/opt-outs", { from: ownDay });
      await timed("DELETE", `/me/opt-outs/${ownDay}`);
      // An undo that waits keeps the stay-home: withdraw the return to start clean.
      await send("DELETE", `/me/extra-days/${ownDay}`);
      await send("DELETE", `/me/opt-outs/${ownDay}`);
    }
    if (extraDay) {
      await timed("POST", "/me/extra-days", { date: extraDay });
      await timed("DELETE", `/me/extra-days/${extraDay}`);
    }
  }
}

/** Starts the writers on their own thread: `finished` gives their timings once `until` is reached, `stop` ends them first. */
export function startWriters(options: WritersOptions): { finished: Promise<WritesResult>; stop: () => Promise<WritesResult> } {
  const entry = new URL(import.meta.url).href;
  // tsx's loader does not reach worker threads on Node 20: the worker imports this module through tsx's API.
  const worker = new Worker(`require("tsx/cjs/api").register(); import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`, {
    eval: true,
    workerData: options,
  });
  const finished = new Promise<WritesResult>((resolve, reject) => {
    worker.once("message", (result: WritesResult) => resolve(result));
    worker.once("error", reject);
  }).finally(() => worker.terminate());
  return {
    finished,
    stop: () => {
      worker.postMessage("stop");
      return finished;
    },
  };
}

if (parentPort && (workerData as WritersOptions | undefined)?.tokens) {
  const port = parentPort;
  const options = workerData as WritersOptions;
  const result: WritesResult = { latencies: [], failures: [] };
  let told = false;
  port.on("message", (message) => message === "stop" && (told = true));
  const stopped = () => told || (options.until !== undefined && result.latencies.length >= options.until);
  await Promise.all(options.tokens.map((token) => writeLoop(options, token, result, stopped)));
  port.postMessage(result);
}
