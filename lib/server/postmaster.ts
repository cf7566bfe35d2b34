import { execFileSync, spawn } from "node:child_process";
import { readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { isAlive } from "./process-alive";

/**
 * A PostgreSQL found running on the app's own data folder (the app was killed
 * hard and its database kept running), or a lock file left by a crash.
 */

function isPostgresProcess(pid: number): boolean {
  try {
    const command =
      process.platform === "linux"
        ? readFileSync(`/proc/${pid}/cmdline`, "utf8")
        : execFileSync("ps", ["-p", String(pid), "-o", "command="], { encoding: "utf8" });
    return /postgres/.test(command);
  } catch {
    return false;
  }
}

/** The pid in `dataDir/postmaster.pid` when that process is alive, else undefined. */
export function postmasterPid(dataDir: string): number | undefined {
  let pid: number;
  try {
    pid = Number.parseInt(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0] ?? "", 10);
  } catch {
    return undefined;
  }
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}

export type LeftoverPostmaster = { kind: "none" } | { kind: "running"; pid: number } | { kind: "stale-pid-reused"; pid: number };

/**
 * What a start finds in the data folder. A lock file whose pid is dead is left
 * to PostgreSQL, which recovers from it by itself; one whose pid now belongs
 * to another program would make PostgreSQL refuse to start.
 */
export function leftoverPostmaster(dataDir: string): LeftoverPostmaster {
  const pid = postmasterPid(dataDir);
  if (pid === undefined) return { kind: "none" };
  return isPostgresProcess(pid) ? { kind: "running", pid } : { kind: "stale-pid-reused", pid };
}

export function removeLockFile(dataDir: string): void {
  rmSync(path.join(dataDir, "postmaster.pid"), { force: true });
}

/** Stops the PostgreSQL on `dataDir` cleanly (fast mode: ends sessions, checkpoints), as the folder's owner. */
export function stopPostgres(pgCtl: string, dataDir: string): Promise<void> {
  const owner = statSync(dataDir);
  const asOwner = process.getuid?.() === 0 && owner.uid !== 0 ? { uid: owner.uid, gid: owner.gid } : {};
  return new Promise((resolve, reject) => {
    let output = "";
    const child = spawn(pgCtl, ["stop", "-D", dataDir, "-m", "fast", "-w"], { ...asOwner, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`pg_ctl could not stop the PostgreSQL running on ${dataDir}: ${output.trim()}`)),
    );
  });
}
