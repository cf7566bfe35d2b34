import { spawn } from "node:child_process";
import path from "node:path";
import { z } from "zod";

/**
 * Children of `npm start` must not outlive it, even when it is killed hard
 * (kill -9, out of memory, a closed terminal) and cannot clean up. For each
 * child a small detached guard process watches the start process and, once
 * it is gone, stops the child: PostgreSQL cleanly through pg_ctl, the web
 * server with SIGTERM.
 */
export const guardSpecSchema = z.object({
  parentPid: z.number().int().positive(),
  target: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("process"), pid: z.number().int().positive() }),
    z.object({ kind: z.literal("postgres"), dataDir: z.string().min(1), pgCtl: z.string().min(1) }),
  ]),
});
export type GuardSpec = z.infer<typeof guardSpecSchema>;

const root = path.resolve(import.meta.dirname, "../..");

/** Starts a guard for `target`, watching this process. */
export function guardChild(target: GuardSpec["target"]): void {
  const spec: GuardSpec = { parentPid: process.pid, target };
  const guard = spawn(process.execPath, ["--import", "tsx", path.join(root, "lib/cli/orphan-guard.ts"), JSON.stringify(spec)], {
    cwd: root,
    detached: true,
    stdio: "ignore",
  });
  guard.unref();
}
