/**
 * What the HTTP benchmarks share (`bench:http`, `bench:soak`): a fresh
 * embedded PostgreSQL with an office of 10,000 people (the engine
 * benchmark's Oslo), a reader's bearer token and session cookie, writers'
 * tokens, the built app started as `npm start` starts it, and latency
 * statistics.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import { generateAccessToken } from "../../lib/auth/access-token";
import { inBatches } from "../../lib/data/insert-batches";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../lib/server/embedded-postgres";
import { applyMigrations } from "../../lib/server/migrations";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { buildScenario } from "./scenario";

export const PEOPLE = 10_000;
export const root = path.resolve(import.meta.dirname, "../..");

export interface Stats {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
  count: number;
}

function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * share) - 1)] as number;
}

export function summarise(latencies: number[], seconds: number, errors: number): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99), rps: latencies.length / seconds, errors, count: latencies.length };
}

export interface BenchData {
  /** The reader's bearer token, then `writers` more for writers. */
  readerToken: string;
  writerTokens: string[];
  /** The reader's session cookie (`next-auth.session-token=...`). */
  cookie: string;
}

async function seed(databaseUrl: string, secret: string, writers: number): Promise<BenchData> {
  const db = createPrismaClient(databaseUrl);
  try {
    const scenario = buildScenario(PEOPLE, { effectiveFrom: "2026-03-02" });
    const office = await db.office.create({
      data: { name: "Bench", timezone: "Europe/Oslo", locale: "nb", seats: scenario.office.capacityPerDay, capacityPercent: 100, workingWeekdays: [1, 2, 3, 4, 5] },
    });
    await db.team.createMany({ data: scenario.teams.map((team) => ({ ...team, officeId: office.id })) });
    const employees = scenario.employees.map((employee, index) => ({
      id: employee.id,
      givenName: "Person",
      familyName: employee.familyName,
      email: `person-${index}@bench.example`,
      officeId: office.id,
      teamId: employee.teamId,
      startDate: new Date(`${employee.startDate}T00:00:00Z`),
      active: employee.active,
      // One in five shares their office days with the office and one in five with their team, so who's in has work to do.
      shareDaysWith: (process.env.BENCH_NO_SHARING ? "NOBODY" : (["OFFICE", "TEAM", "NOBODY", "NOBODY", "NOBODY"] as const)[index % 5]) as "NOBODY",
    }));
    await inBatches(employees, (data) => db.employee.createMany({ data }));
    const plan = scenario.planVersions[0]!;
    await db.rotationPlan.create({
      data: { officeId: office.id, name: "Bench", version: 1, status: "PUBLISHED", effectiveFrom: new Date(`${plan.effectiveFrom}T00:00:00Z`), rules: plan.rules as object, publishedAt: new Date() },
    });
    // The reader and the writers: active people who have started.
    const people = await db.employee.findMany({ where: { officeId: office.id, active: true, startDate: { lt: new Date("2026-01-01") } }, take: 1 + writers, orderBy: { email: "asc" } });
    const tokens: string[] = [];
    for (const person of people) {
      const { token, tokenHash, prefix } = generateAccessToken();
      await db.personalAccessToken.create({ data: { id: randomUUID(), employeeId: person.id, name: "bench", tokenHash, prefix } });
      tokens.push(token);
    }
    const reader = people[0]!;
    // A cookie is let in only while the session it names is open (lib/data/auth-sessions.ts).
    const session = await db.authSession.create({ data: { employeeId: reader.id, expiresAt: new Date(Date.now() + 12 * 60 * 60 * 1000) }, select: { id: true } });
    const cookie = await encode({ token: { employeeId: reader.id, sessionId: session.id, email: reader.email, name: reader.familyName, sub: reader.id }, secret, maxAge: 12 * 60 * 60 });
    return { readerToken: tokens[0]!, writerTokens: tokens.slice(1), cookie: `next-auth.session-token=${cookie}` };
  } finally {
    await db.$disconnect();
  }
}

export interface BenchDatabase extends BenchData {
  database: EmbeddedDatabase;
  /** The NEXTAUTH_SECRET the cookie was signed with: the app must be started with it. */
  secret: string;
  /** Stops the database and removes its folder. */
  remove: () => Promise<void>;
}

/** A fresh embedded PostgreSQL on `port`, migrated and seeded with the bench office. */
export async function benchDatabase(port: number, writers: number): Promise<BenchDatabase> {
  // Not mkdtemp: its mode 700 would keep PostgreSQL's own user out.
  const dataDir = path.join(tmpdir(), `office-rotation-bench-${Date.now()}`);
  console.log(`Embedded PostgreSQL in ${dataDir}`);
  const database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), port, database: "office_rotation" });
  const remove = async () => {
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await applyMigrations(database.url);
    console.log(`Seeding ${PEOPLE} employees...`);
    const secret = randomBytes(32).toString("hex");
    return { ...(await seed(database.url, secret, writers)), database, secret, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

/** The app's environment for a server on `port` over the bench database. */
export function appEnv(bench: BenchDatabase, port: number, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: bench.database.url,
    DEMO_MODE: "false",
    NEXTAUTH_SECRET: bench.secret,
    NEXTAUTH_URL: `http://localhost:${port}`,
    PORT: String(port),
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    ...extra,
  };
}

/** `npm start` (next build when the sources changed, then the served app), in a process group of its own. */
export function startApp(bench: BenchDatabase, port: number, extra: Record<string, string> = {}): ChildProcess {
  return spawn(path.join(root, "node_modules/.bin/node"), ["--import", "tsx", "lib/cli/start.ts"], { cwd: root, env: appEnv(bench, port, extra), stdio: ["ignore", "inherit", "inherit"], detached: true });
}

/** Stops a process group started here (SIGTERM, then SIGKILL after a grace period). */
export async function stopGroup(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
  };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), 8_000);
  await exited;
  clearTimeout(timer);
}

export async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 1200; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} never answered`);
}

/** `connections` clients on `url` for `seconds`: latencies of the answers with the expected status, the rest counted as errors. */
export async function load(title: string, url: string, headers: Record<string, string>, options: { connections: number; seconds: number; expected?: number }): Promise<Stats> {
  const latencies: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: options.connections, duration: options.seconds, headers }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === (options.expected ?? 200)) latencies.push(responseTime);
      else errors++;
    });
  });
  const stats = summarise(latencies, result.duration, errors + result.errors);
  console.log(`  ${title}: done (${stats.count} answers)`);
  return stats;
}
