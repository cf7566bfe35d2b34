/**
 * The guard process of lib/server/orphan-guard.ts: waits until the process
 * that started it is gone, then stops its child, and exits. It also exits
 * when the child stops on its own (a clean shutdown).
 */
import { guardSpecSchema } from "../server/orphan-guard";
import { postmasterPid, stopPostgres } from "../server/postmaster";
import { isAlive } from "../server/process-alive";

const spec = guardSpecSchema.parse(JSON.parse(process.argv[2] ?? "null"));
const POLL_MS = 500;

// Reparenting tells us the starter died even when a zombie of it lingers.
const parentGone = () => process.ppid !== spec.parentPid || !isAlive(spec.parentPid);

function targetGone(): boolean {
  const { target } = spec;
  return target.kind === "process" ? !isAlive(target.pid) : postmasterPid(target.dataDir) === undefined;
}

async function stopTarget(): Promise<void> {
  const { target } = spec;
  if (target.kind === "postgres") {
    await stopPostgres(target.pgCtl, target.dataDir);
    return;
  }
  process.kill(target.pid, "SIGTERM");
  for (let waited = 0; waited < 10_000 && isAlive(target.pid); waited += POLL_MS) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  if (isAlive(target.pid)) process.kill(target.pid, "SIGKILL");
}

async function watch(): Promise<void> {
  for (;;) {
    if (targetGone()) return;
    if (parentGone()) return stopTarget();
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

watch().then(
  () => process.exit(0),
  () => process.exit(1),
);
