import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/server/embedded-postgres";
import { postmasterPid } from "@/lib/server/postmaster";
import { freePort } from "@/tests/support/free-port";
import { query } from "@/tests/support/sql";

const root = path.resolve(import.meta.dirname, "../..");
const holders: ChildProcess[] = [];

/** Starts the stand-in for `npm start` and waits for its "ready" line. */
async function startHolder(dataDir: string, port: number, mode: "guard" | "no-guard") {
  const holder = spawn(process.execPath, ["--import", "tsx", path.join(root, "tests/support/hold-embedded-postgres.ts"), dataDir, String(port), mode], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
  });
  holders.push(holder);
  const line = await new Promise<string>((resolve, reject) => {
    let output = "";
    holder.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /ready (\S+) (\d+)/.exec(output);
      if (ready) resolve(ready[0]);
    });
    holder.on("exit", (code) => reject(new Error(`holder exited with ${code}: ${output}`)));
  });
  const [, url, childPid] = line.split(" ");
  return { holder, url: url!, childPid: Number(childPid) };
}

/** kill -9, and wait until the process is really gone (reaped). */
async function killHard(holder: ChildProcess) {
  const exited = new Promise((resolve) => holder.once("exit", resolve));
  holder.kill("SIGKILL");
  await exited;
}

/** Running, not exited: an exited process whose new parent has not reaped it yet is a zombie, not alive. */
function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0] !== "Z";
  } catch {
    return process.platform !== "linux";
  }
}

async function until(condition: () => boolean) {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 200));
}

async function freshFolder() {
  const dir = await mkdtemp(path.join(tmpdir(), "office-rotation-hard-stop-"));
  // As root, PostgreSQL runs as a separate user that must be able to enter the folder.
  await chmod(dir, 0o755);
  return dir;
}

describe("restart after a hard stop", { timeout: 120_000 }, () => {
  const folders: string[] = [];
  afterAll(async () => {
    for (const holder of holders) holder.kill("SIGKILL");
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  });

  it("a start finds the PostgreSQL a killed start left running on its folder, stops it cleanly, and goes on with the data", async () => {
    const dir = await freshFolder();
    folders.push(dir);
    const dataDir = path.join(dir, "pg");
    const port = await freePort();
    // No guard: the orphan a hard stop used to leave behind.
    const { holder, url } = await startHolder(dataDir, port, "no-guard");
    await query(url, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
    await killHard(holder);
    const orphan = postmasterPid(dataDir);
    expect(orphan).toBeDefined();

    const messages: string[] = [];
    const restarted = await startEmbeddedPostgres({ dataDir, port, database: "hard_stop", guard: false, log: (message) => messages.push(message) });
    try {
      // pg_ctl returns once the server has shut down; the process itself may take a moment to exit.
      await until(() => !isAlive(orphan!));
      expect(messages.join("\n")).toContain(`Stopping the PostgreSQL an earlier start left running on ${dataDir} (pid ${orphan})`);
      expect(await query(restarted.url, "SELECT value FROM kept")).toEqual([{ value: "still here" }]);
    } finally {
      await restarted.stop();
    }
  });

  it("the guards stop the database and the other children when the start process is killed -9", async () => {
    const dir = await freshFolder();
    folders.push(dir);
    const dataDir = path.join(dir, "pg");
    const port = await freePort();
    const { holder, childPid } = await startHolder(dataDir, port, "guard");
    const postgres = postmasterPid(dataDir);
    expect(postgres).toBeDefined();
    expect(isAlive(childPid)).toBe(true);

    await killHard(holder);
    // The lock file goes before the postmaster process has quite exited: wait for both (the test's time limit bounds it).
    await until(() => postmasterPid(dataDir) === undefined && !isAlive(childPid) && !isAlive(postgres!));

    const next = await startEmbeddedPostgres({ dataDir, port, database: "hard_stop", guard: false });
    await next.stop();
  });
});

describe("a start that cannot go on says what failed and what to do", { timeout: 120_000 }, () => {
  let blocker: Server | undefined;
  afterAll(() => blocker?.close());

  it("names a port another program holds", async () => {
    const dir = await freshFolder();
    const port = await freePort();
    blocker = createServer().listen(port, "localhost");
    await new Promise((resolve) => blocker!.once("listening", resolve));
    try {
      const start = startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port, database: "port_taken", guard: false });
      await expect(start).rejects.toThrow(`Port ${port} is taken by another program, so the embedded PostgreSQL cannot listen on it: stop that program or set EMBEDDED_PG_PORT to a free port.`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("explains, before starting, that the postgres user cannot enter a private folder", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "office-rotation-private-"));
    await chmod(dir, 0o700);
    try {
      await mkdir(path.join(dir, "app"));
      const start = startEmbeddedPostgres({ dataDir: path.join(dir, "app", ".data", "postgres"), port: await freePort(), database: "private", guard: false });
      await expect(start).rejects.toThrow(`that user cannot enter ${dir}: put the app in a folder every user can enter`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
