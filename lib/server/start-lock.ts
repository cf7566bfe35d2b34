import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isAlive } from "./process-alive";

/**
 * One `npm start` per data folder. When the terminal's `npm` is killed hard,
 * the start process under it can live on, still serving and holding the
 * database; the next start finds its pid here, asks it to stop (SIGTERM: the
 * same clean shutdown as Ctrl+C) and takes over.
 */
const START_MARKER = "lib/cli/start.ts";

/** Is `pid` an Office Rotation start (not some other program that got the pid later)? */
export function isStartProcess(pid: number): boolean {
  try {
    const command =
      process.platform === "linux"
        ? readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ")
        : execFileSync("ps", ["-p", String(pid), "-o", "command="], { encoding: "utf8" });
    return command.includes(START_MARKER);
  } catch {
    return false;
  }
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Stops an earlier start still running from this folder, waits until it is
 * gone, and records this process as the running start. Returns the pid it
 * stopped, if any.
 */
export async function takeOverStart(
  file: string,
  options: { self?: number; isStart?: (pid: number) => boolean; waitMs?: number } = {},
): Promise<number | undefined> {
  const self = options.self ?? process.pid;
  const earlier = readPid(file);
  let stopped: number | undefined;
  if (earlier !== undefined && earlier !== self && isAlive(earlier) && (options.isStart ?? isStartProcess)(earlier)) {
    process.kill(earlier, "SIGTERM");
    const deadline = options.waitMs ?? 60_000;
    for (let waited = 0; isAlive(earlier); waited += 250) {
      if (waited >= deadline) throw new Error(`An earlier start (pid ${earlier}) is still running from this folder and did not stop: stop it (kill ${earlier}) and start again.`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    stopped = earlier;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, String(self));
  return stopped;
}
