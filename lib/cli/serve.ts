/**
 * The production HTTP server (`npm start` runs it after the build): Next.js
 * behind the request gate (lib/server/request-gate.ts), so that people's
 * writes are answered quickly however many pages are being read.
 */
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { parseEnv } from "../env";
import { markServedWithPeerAddress, setPeerAddress } from "../server/peer-address";
import { gateLane, RequestGate } from "../server/request-gate";

const root = path.resolve(import.meta.dirname, "../..");
const env = parseEnv();
const app = next({ dev: false, dir: root, port: env.PORT });
const handle = app.getRequestHandler();
const gate = new RequestGate({ reads: env.READ_CONCURRENCY });

// The sign-in limits count the socket's address (lib/auth/client-address.ts): only this server sees it.
markServedWithPeerAddress();
await app.prepare();
const server = createServer((request, response) => {
  setPeerAddress(request);
  const lane = gateLane(request.method, request.url);
  if (lane === "pass") return void handle(request, response);
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
server.listen(env.PORT, () => console.log(`[office-rotation] Serving on port ${env.PORT} (${env.READ_CONCURRENCY} reads at a time)`));

// The start script stops the server with a signal: finish what is in flight, then exit.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
