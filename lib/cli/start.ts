/**
 * `npm start`: one command from a fresh clone to a running app. Without
 * DATABASE_URL it starts an embedded PostgreSQL; it then migrates, seeds demo
 * data once (demo mode), builds if the sources changed, and serves the app.
 * `npm run dev` does the same with the Next.js dev server.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { setPriority } from "node:os";
import path from "node:path";
import { EnvError, isDemoMode, parseEnv } from "../env";
import { EmbeddedPostgresError, startEmbeddedPostgres, type EmbeddedDatabase } from "../server/embedded-postgres";
import { applyMigrations } from "../server/migrations";
import { installJobQueue } from "../jobs/boss";
import { guardChild } from "../server/orphan-guard";
import { isPortFree } from "../server/port-check";
import { takeOverStart } from "../server/start-lock";
import { createPrismaClient } from "../server/prisma-client";
import { DEMO_LOGINS } from "../../prisma/demo/logins";
import { seedDemoData } from "../../prisma/demo/seed-demo";
import { supervise } from "../server/supervisor";
import { FINGERPRINT_FILE, isBuildCurrent, sourceFingerprint } from "./build-fingerprint";
import { now } from "../clock";

/** The delivery worker's nice value: below the web server (0) for the kernel's scheduler. */
const WORKER_NICENESS = 10;

const root = path.resolve(import.meta.dirname, "../..");
const dev = process.argv.includes("--dev");
const log = (message: string) => console.log(`[office-rotation] ${message}`);

/** A child that is stopped by its guard if this process is killed before it can stop it. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
  if (child.pid) guardChild({ kind: "process", pid: child.pid });
  return child;
}

/** A failure the person starting the app can fix; its message says what failed and what to do. */
class StartError extends Error {
  override name = "StartError";
}

function waitForExit(child: ChildProcess): Promise<number> {
  // It may be gone already: "exit" is not emitted twice.
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode ?? 1);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code ?? 1)));
}

function describeExit(child: ChildProcess): string {
  return child.signalCode ? `killed by ${child.signalCode}` : `exit code ${child.exitCode}`;
}

/** Without NEXTAUTH_SECRET, the embedded setup keeps a generated one beside its data. */
function localSecret(dataDir: string): string {
  const file = path.join(path.dirname(path.resolve(root, dataDir)), "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function waitUntilServing(url: string, child: ChildProcess): Promise<boolean> {
  for (let attempt = 0; attempt < 600 && child.exitCode === null; attempt++) {
    try {
      const response = await fetch(`${url}/sign-in`);
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

async function main(): Promise<number> {
  const env = parseEnv();
  const stopped = await takeOverStart(path.join(path.dirname(path.resolve(root, env.EMBEDDED_PG_DIR)), "start.pid"));
  if (stopped) log(`Stopped an earlier start (pid ${stopped}) that was still running from this folder`);
  // Checked first: `next start` on a taken port would fail only after the database and the build.
  if (!(await isPortFree(env.PORT))) {
    throw new StartError(`Port ${env.PORT} is taken by another program (perhaps Office Rotation is already running): stop it, or set PORT to a free port.`);
  }
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    log(`No DATABASE_URL: starting the embedded PostgreSQL (${env.EMBEDDED_PG_DIR}, port ${env.EMBEDDED_PG_PORT})`);
    embedded = await startEmbeddedPostgres({
      dataDir: path.resolve(root, env.EMBEDDED_PG_DIR),
      port: env.EMBEDDED_PG_PORT,
      database: "office_rotation",
      log,
      guard: true,
    });
    databaseUrl = embedded.url;
  } else if (!env.NEXTAUTH_SECRET && env.NODE_ENV === "production") {
    throw new EnvError(["NEXTAUTH_SECRET is required with DATABASE_URL in production (32+ random characters)"]);
  }

  // Ctrl+C or a stop signal ends the server; the finally below then stops the database once.
  let server: ChildProcess | undefined;
  let worker: ChildProcess | undefined;
  let stopping = false;
  let stopRequested: () => void = () => undefined;
  const stopSignal = new Promise<void>((resolve) => (stopRequested = resolve));
  const onSignal = () => {
    stopping = true;
    stopRequested();
  };
  // embedded-postgres (through async-exit-hook) also listens for these: it stops every database and
  // then exits with 128 + the signal, racing the orderly stop below (which stops the database itself,
  // after the web server). One owner of the shutdown: this process.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, onSignal);
  }

  try {
    const applied = await applyMigrations(databaseUrl);
    log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date");
    // pg-boss creates or migrates its own schema (pgboss) and our queues.
    await installJobQueue(databaseUrl);

    const demo = isDemoMode(env);
    if (demo) {
      const prisma = createPrismaClient(databaseUrl);
      try {
        if (await seedDemoData(prisma, { today: now() })) log("Seeded demo data");
      } finally {
        await prisma.$disconnect();
      }
    }

    const url = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? localSecret(env.EMBEDDED_PG_DIR),
      DEMO_MODE: String(demo),
      NEXT_TELEMETRY_DISABLED: "1",
    };
    const next = path.join(root, "node_modules/.bin/next");

    if (!dev && !stopping && !isBuildCurrent(root)) {
      log("Building the app (first start or changed sources)...");
      // The sources as the build reads them: an edit made during the build makes the next start build again.
      const built = sourceFingerprint(root);
      const code = await waitForExit(run(next, ["build"], { ...childEnv, NODE_ENV: "production" }));
      if (code !== 0) return code;
      writeFileSync(path.join(root, FINGERPRINT_FILE), built);
    }
    if (stopping) return 0;

    // Production runs Next.js behind the request gate (lib/cli/serve.ts); development runs `next dev`.
    // Only tsx's ESM hooks: its CommonJS hooks would also see every require() of Next.js's
    // server at run time, which cost pages half their throughput (npm run bench:soak).
    const startServer = () =>
      dev
        ? run(next, ["dev", "--port", String(env.PORT)], { ...childEnv, NODE_ENV: "development" })
        : run(process.execPath, ["--import", "tsx/esm", path.join(root, "lib/cli/serve.ts")], { ...childEnv, NODE_ENV: "production" });
    server = startServer();
    // The delivery worker runs beside the web server as a process of its own, so the pages' heap and event loop are
    // theirs alone (in the server's process it made pages a third as fast under a 256 MB heap, npm run bench:soak).
    // Pages first: a higher nice value (no privileges needed) lets the kernel give the web server the CPU before it.
    const startWorkerProcess = () => {
      const child = run(process.execPath, ["--import", "tsx/esm", path.join(root, "lib/cli/worker.ts")], { ...childEnv, NODE_ENV: dev ? "development" : "production" });
      try {
        if (child.pid) setPriority(child.pid, WORKER_NICENESS);
      } catch {
        // A system that refuses still delivers, at the same priority as pages.
      }
      return child;
    };
    worker = env.WORKER ? startWorkerProcess() : undefined;
    if (await waitUntilServing(url, server)) {
      log(`Office Rotation is running at ${url}`);
      if (demo) {
        log("Demo logins (password for all: " + DEMO_LOGINS.password + "):");
        for (const login of DEMO_LOGINS.accounts) log(`  ${login.role.padEnd(8)} ${login.email}`);
      }
    }

    // Both keep running until Ctrl+C: each is started again when it stops by itself.
    const supervision = { log, isStopping: () => stopping };
    const services = [
      supervise(
        {
          name: "The web server",
          stopped: async () => (await waitForExit(server!), describeExit(server!)),
          restart: async () => {
            server = startServer();
            if (!(await waitUntilServing(url, server))) throw new Error(describeExit(server));
          },
        },
        supervision,
      ),
    ];
    if (worker) {
      services.push(
        supervise(
          {
            name: "The delivery worker",
            stopped: async () => (await waitForExit(worker!), describeExit(worker!)),
            restart: async () => {
              worker = startWorkerProcess();
            },
          },
          supervision,
        ),
      );
    }
    if (embedded) {
      const database = embedded;
      services.push(supervise({ name: "The embedded PostgreSQL", stopped: () => untilStopped(database), restart: () => database.restart() }, supervision));
    }
    const gaveUp = await Promise.race([stopSignal.then(() => undefined), ...services]);
    if (gaveUp) {
      console.error(`[office-rotation] ${gaveUp}`);
      return 1;
    }
    return 0;
  } finally {
    stopping = true;
    await stopServer(server);
    await stopServer(worker);
    await embedded?.stop();
    log("Office Rotation has stopped.");
  }
}

/** Resolves when the embedded PostgreSQL is no longer running. */
async function untilStopped(database: EmbeddedDatabase): Promise<string> {
  while (database.running()) await new Promise((resolve) => setTimeout(resolve, 500));
  return "its process ended";
}

/** SIGTERM lets the server finish what is in flight; one that takes too long is killed. */
async function stopServer(server: ChildProcess | undefined): Promise<void> {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  const exited = waitForExit(server);
  server.kill("SIGTERM");
  const timer = setTimeout(() => server.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Never just "undefined": a known failure prints its own message, anything else what it is and where it came from. */
function describeFailure(error: unknown): string {
  if (error instanceof EnvError || error instanceof StartError || error instanceof EmbeddedPostgresError) return error.message;
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOSPC") return `The disk is full (${error.message}): free some space and start again.`;
    return `Office Rotation could not start: ${error.message}\n${error.stack ?? ""}`;
  }
  return `Office Rotation could not start: ${String(error ?? "an unknown error")}`;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[office-rotation] ${describeFailure(error)}`);
    process.exit(1);
  },
);
