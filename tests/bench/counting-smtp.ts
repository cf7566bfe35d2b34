/**
 * A real local mail server (smtp-server) for the benchmarks: receives and
 * counts what arrives, per recipient, and notes when the last message came.
 * `countingSmtp` runs on the caller's thread (bench:digest); `countingSmtpThread`
 * runs it on a worker thread of its own (bench:http), so receiving mail does
 * not delay the load generator's timing of the app's answers.
 */
import { parentPort, Worker, workerData } from "node:worker_threads";
import { SMTPServer } from "smtp-server";

export interface SmtpCounts {
  /** Messages received. */
  total: number;
  /** Different recipients. */
  people: number;
  /** Recipients who received more than one. */
  repeated: number;
  /** performance.timeOrigin + performance.now() of the last message (0 before any). */
  lastAt: number;
}

export async function countingSmtp(port: number) {
  const received = new Map<string, number>();
  let total = 0;
  let lastAt = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    // Up to the worker's pool of connections at once.
    maxClients: 100,
    onData(stream, session, callback) {
      stream.on("data", () => undefined);
      stream.on("end", () => {
        for (const to of session.envelope.rcptTo) received.set(to.address.toLowerCase(), (received.get(to.address.toLowerCase()) ?? 0) + 1);
        total += 1;
        lastAt = performance.now();
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    received,
    total: () => total,
    lastAt: () => lastAt,
    counts: (): SmtpCounts => ({ total, people: received.size, repeated: [...received.values()].filter((count) => count > 1).length, lastAt: lastAt && performance.timeOrigin + lastAt }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The same server on a thread of its own; `counts()` is at most 100 ms old. */
export async function countingSmtpThread(port: number): Promise<{ counts: () => SmtpCounts; close: () => Promise<void> }> {
  const entry = new URL(import.meta.url).href;
  // As in writers.ts: the worker imports this module through tsx's API.
  const worker = new Worker(`require("tsx/cjs/api").register(); import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`, {
    eval: true,
    workerData: { smtpPort: port },
  });
  let latest: SmtpCounts = { total: 0, people: 0, repeated: 0, lastAt: 0 };
  await new Promise<void>((resolve, reject) => {
    worker.on("message", (message: SmtpCounts | "listening") => (message === "listening" ? resolve() : (latest = message)));
    worker.once("error", reject);
  });
  return { counts: () => latest, close: () => worker.terminate().then(() => undefined) };
}

if (parentPort && typeof (workerData as { smtpPort?: number } | undefined)?.smtpPort === "number") {
  const port = parentPort;
  const smtp = await countingSmtp((workerData as { smtpPort: number }).smtpPort);
  port.postMessage("listening");
  setInterval(() => port.postMessage(smtp.counts()), 100);
}
