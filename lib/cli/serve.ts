/**
 * The production HTTP server (`npm start` runs it after the build): Next.js
 * behind the request gate (lib/server/request-gate.ts), so that people's
 * writes are answered quickly however many pages are being read. The
 * delivery worker runs beside it as a process of its own (lib/cli/start.ts).
 */
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { parseEnv } from "../env";
import { watchDatabase } from "../server/database-watch";
import { markServedWithPeerAddress, setPeerAddress } from "../server/peer-address";
import { gateLane, RequestGate } from "../server/request-gate";
import { unavailableResponse } from "../server/unavailable";

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

// The start script stops the server with a signal: finish what is in flight, then exit.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void database?.stop();
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
