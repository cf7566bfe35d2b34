/**
 * The production HTTP server (`npm start` runs it after the build): Next.js
 * behind the request gate (lib/server/request-gate.ts), so that people's
 * writes are answered quickly however many pages are being read. Unless
 * WORKER=false it also runs the delivery worker (lib/jobs/worker.ts) in
 * this process.
 */
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { parseEnv } from "../env";
import { watchDatabase } from "../server/database-watch";
import { markServedWithPeerAddress, setPeerAddress } from "../server/peer-address";
import { gateLane, RequestGate } from "../server/request-gate";
import { unavailableResponse } from "../server/unavailable";
import type { RunningWorker } from "../jobs/worker";

// tsx turns on Node's source maps for the TypeScript it runs. Left on, Node would also read and keep the map of every
// Next.js chunk the server loads: tens of MB of live heap that plain `next start` never holds, and under a tight heap
// limit the collector's extra work cost pages about two thirds of their throughput. Our own modules, loaded above,
// keep their maps for stack traces.
process.setSourceMapsEnabled(false);
const root = path.resolve(import.meta.dirname, "../..");
const env = parseEnv();
const app = next({ dev: false, dir: root, port: env.PORT });
const handle = app.getRequestHandler();
const gate = new RequestGate({ reads: env.READ_CONCURRENCY });

// The sign-in limits count the socket's address (lib/auth/client-address.ts): only this server sees it.
markServedWithPeerAddress();
await app.prepare();
// Watched once the server is ready: preparing keeps the process too busy to tell a slow answer from none.
const database = env.DATABASE_URL ? watchDatabase(env.DATABASE_URL) : undefined;
const server = createServer((request, response) => {
  setPeerAddress(request);
  const lane = gateLane(request.method, request.url);
  if (lane === "pass") return void handle(request, response);
  // While the database is down, say so at once instead of failing after a wait (the health check still asks it).
  if (database && !database.isUp()) {
    const answer = unavailableResponse((request.url ?? "/").split("?")[0] as string, request.headers.cookie, request.headers["accept-language"]);
    return void response.writeHead(answer.status, answer.headers).end(answer.body);
  }
  if (lane === "write") {
    response.once("close", gate.write());
    return void handle(request, response);
  }
  gate.read((done) => {
    response.once("close", done);
    // The client may have left while it waited.
    if (response.destroyed) return done();
    void handle(request, response);
  });
});
server.on("upgrade", app.getUpgradeHandler());
server.listen(env.PORT, env.HOST, () => console.log(`[office-rotation] Serving on port ${env.PORT} (${env.READ_CONCURRENCY} reads at a time)`));

let worker: RunningWorker | undefined;
if (env.WORKER && env.DATABASE_URL) {
  // Loaded only here: an instance that only serves pages (WORKER=false) never holds the queue, the templates or their client.
  const { startWorker } = await import("../jobs/worker");
  worker = await startWorker({
    databaseUrl: env.DATABASE_URL,
    appUrl: env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    secret: env.NEXTAUTH_SECRET,
    // Pages first: while reads wait at the gate, deliveries go one at a time.
    busy: () => gate.queued > 0,
  });
  console.log(`[office-rotation] Delivery worker running (${env.SMTP_URL ? "email over SMTP" : "no SMTP_URL: emails go to the Mailbox page"})`);
}

// The start script stops the server with a signal: finish what is in flight, then exit.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void database?.stop();
    // The worker finishes the emails in hand; anything left waits in the queue for the next start.
    const workerStopped = worker?.stop().catch(() => undefined) ?? Promise.resolve();
    server.close(() => void workerStopped.then(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
