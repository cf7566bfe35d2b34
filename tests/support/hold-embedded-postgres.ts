/**
 * A stand-in for `npm start` that the hard-stop tests can kill -9: it starts
 * the embedded PostgreSQL (with or without its guard) and a long-running
 * child under a guard, prints "ready <postgres url> <child pid>", and waits.
 * Usage: tsx tests/support/hold-embedded-postgres.ts <dataDir> <port> guard|no-guard
 */
import { spawn } from "node:child_process";
import { startEmbeddedPostgres } from "@/lib/server/embedded-postgres";
import { guardChild } from "@/lib/server/orphan-guard";

const [dataDir, port, mode] = process.argv.slice(2);
const guard = mode === "guard";
const database = await startEmbeddedPostgres({ dataDir: dataDir!, port: Number(port), database: "hard_stop", guard });
const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1 << 30)"], { stdio: "ignore" });
if (guard && child.pid) guardChild({ kind: "process", pid: child.pid });
process.stdout.write(`ready ${database.url} ${child.pid}\n`);
setInterval(() => undefined, 1 << 30);
