/**
 * `npm run bench:http`: the built app under load at 10,000 people.
 *
 * Seeds an office of 10,000 employees (the engine benchmark's Oslo) into a
 * fresh embedded PostgreSQL, starts the built app (`npm start`: next build
 * when sources changed, then next start), and measures with autocannon at
 * 50 concurrent connections: GET /api/v1/me (the floor: authentication and
 * one small query), GET /api/v1/me/days for 28 days, and the My office days
 * page with a session cookie. Meanwhile a few people stay home, undo, ask
 * for and withdraw extra days at a steady rate (BENCH_WRITES_PER_SECOND in
 * all, default 10: more than a 10,000-person office makes even if everyone
 * changed a day within the same hour), and their write latencies are
 * measured on a thread of their own (writers.ts). Two more floors show what
 * any page or write costs on this machine under the same load: an empty
 * signed-in page (the Forbidden page) and a write refused before any
 * transaction. Prints numbers only; nothing asserts timings.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import { generateAccessToken } from "../../lib/auth/access-token";
import { startEmbeddedPostgres } from "../../lib/server/embedded-postgres";
import { applyMigrations } from "../../lib/server/migrations";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { insertInBatches } from "../../lib/data/insert-batches";
import { buildScenario } from "./scenario";
import { startWriters } from "./writers";

const PEOPLE = 10_000;
const CONNECTIONS = 50;
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const PORT = Number(process.env.BENCH_PORT ?? 3230);
const WRITERS = 4;
const WRITES_PER_SECOND = Number(process.env.BENCH_WRITES_PER_SECOND ?? 10);
const root = path.resolve(import.meta.dirname, "../..");
const baseUrl = `http://localhost:${PORT}`;
const secret = randomBytes(32).toString("hex");

interface Stats {
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

function summarise(latencies: number[], seconds: number, errors: number): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99), rps: latencies.length / seconds, errors, count: latencies.length };
}

async function seed(databaseUrl: string) {
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
    }));
    await insertInBatches(employees, (data) => db.employee.createMany({ data }));
    const plan = scenario.planVersions[0]!;
    await db.rotationPlan.create({
      data: { officeId: office.id, name: "Bench", version: 1, status: "PUBLISHED", effectiveFrom: new Date(`${plan.effectiveFrom}T00:00:00Z`), rules: plan.rules as object, publishedAt: new Date() },
    });
    // The reader and the writers: active people who have started.
    const people = await db.employee.findMany({ where: { officeId: office.id, active: true, startDate: { lt: new Date("2026-01-01") } }, take: 1 + WRITERS * 2, orderBy: { email: "asc" } });
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

function startApp(databaseUrl: string): ChildProcess {
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["lib/cli/start.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, DEMO_MODE: "false", NEXTAUTH_SECRET: secret, NEXTAUTH_URL: baseUrl, PORT: String(PORT), NODE_ENV: "production" },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  return child;
}

async function waitFor(url: string) {
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

async function load(title: string, url: string, headers: Record<string, string>, expected = 200): Promise<Stats> {
  const latencies: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: DURATION_SECONDS, headers }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === expected) latencies.push(responseTime);
      else errors++;
    });
  });
  const stats = summarise(latencies, result.duration, errors + result.errors);
  console.log(`  ${title}: done (${stats.count} answers)`);
  return stats;
}

function row(name: string, stats: Stats, floor: Stats) {
  const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}x`;
  return `${name.padEnd(30)} ${stats.p50.toFixed(1).padStart(7)} ${stats.p95.toFixed(1).padStart(7)} ${stats.p99.toFixed(1).padStart(7)} ${stats.rps.toFixed(0).padStart(7)}   p95 ${ratio(stats.p95, floor.p95).padStart(6)}  p50 ${ratio(stats.p50, floor.p50).padStart(6)}  ${stats.errors ? `${stats.errors} errors` : ""}`;
}

async function main() {
  // Not mkdtemp: its mode 700 would keep PostgreSQL's own user out.
  const dataDir = path.join(tmpdir(), `office-rotation-bench-${Date.now()}`);
  console.log(`Embedded PostgreSQL in ${dataDir}`);
  const database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), port: PORT + 11, database: "office_rotation" });
  let app: ChildProcess | undefined;
  try {
    await applyMigrations(database.url);
    console.log(`Seeding ${PEOPLE} employees...`);
    const { readerToken, writerTokens, cookie } = await seed(database.url);
    console.log("Starting the built app (builds first when sources changed)...");
    app = startApp(database.url);
    await waitFor(`${baseUrl}/sign-in`);

    const bearer = { authorization: `Bearer ${readerToken}` };
    const today = new Date().toISOString().slice(0, 10);
    const to = new Date(Date.now() + 27 * 86_400_000).toISOString().slice(0, 10);
    const daysUrl = `${baseUrl}/api/v1/me/days?from=${today}&to=${to}`;
    // Warm up: the first view of a range computes the office once.
    for (const [url, headers] of [[`${baseUrl}/api/v1/me`, bearer], [daysUrl, bearer], [`${baseUrl}/`, { cookie }]] as const) {
      const response = await fetch(url, { headers });
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    }

    // One request at a time first: what each costs without queueing (on a shared machine, the
    // loaded numbers below mostly measure how busy the cores are).
    const alone = async (url: string, headers: Record<string, string>) => {
      const latencies: number[] = [];
      for (let run = 0; run < 30; run++) {
        const started = performance.now();
        await (await fetch(url, { headers })).text();
        latencies.push(performance.now() - started);
      }
      return summarise(latencies, 1, 0);
    };
    const aloneFloor = await alone(`${baseUrl}/api/v1/me`, bearer);
    const aloneDays = await alone(daysUrl, bearer);
    const alonePage = await alone(`${baseUrl}/`, { cookie });
    const single = await startWriters({ baseUrl, tokens: [writerTokens[WRITERS]!], interval: 0, until: 40 }).finished;
    const aloneWrite = summarise(single.latencies, 1, single.failures.length);
    const aloneFailures = single.failures;

    console.log(`Reads at ${CONNECTIONS} connections, ${DURATION_SECONDS} s each:`);
    const floor = await load("GET /api/v1/me (floor)", `${baseUrl}/api/v1/me`, bearer);
    // The same writers during each read load, timed apart: which reads slow writes down shows.
    const writing = () => startWriters({ baseUrl, tokens: writerTokens.slice(0, WRITERS), interval: (1000 * WRITERS) / WRITES_PER_SECOND });
    const duringDays = writing();
    const days = await load("GET /api/v1/me/days (28 days)", daysUrl, bearer);
    const daysWrites = await duringDays.stop();
    const duringPage = writing();
    // Beside them, one person's refused writes: what any write costs under this load before its own work.
    const refusing = startWriters({ baseUrl, tokens: [writerTokens[WRITERS + 1]!], interval: 250, kind: "refused" });
    const page = await load("My office days (page)", `${baseUrl}/`, { cookie });
    const [pageWrites, refused] = await Promise.all([duringPage.stop(), refusing.stop()]);
    // The least any signed-in page costs: the Forbidden page, header and navigation only.
    const emptyPage = await load("an empty signed-in page (Forbidden, 403)", `${baseUrl}/employees`, { cookie }, 403);
    const failures = [...daysWrites.failures, ...pageWrites.failures];
    const writes = summarise([...daysWrites.latencies, ...pageWrites.latencies], DURATION_SECONDS * 2, failures.length);
    const writeStats = (stats: Stats) => `p50 ${stats.p50.toFixed(1)} ms, p95 ${stats.p95.toFixed(1)} ms, p99 ${stats.p99.toFixed(1)} ms`;

    console.log(`\n${PEOPLE} employees in one office, ${CONNECTIONS} connections (latency in ms)`);
    console.log(`${"".padEnd(30)} ${"p50".padStart(7)} ${"p95".padStart(7)} ${"p99".padStart(7)} ${"req/s".padStart(7)}   ratio to the floor`);
    console.log(row("GET /api/v1/me (floor)", floor, floor));
    console.log(row("GET /api/v1/me/days (28 d)", days, floor));
    console.log(row("My office days (page)", page, floor));
    console.log(
      `\nWrites while those reads ran (${WRITERS} people, ${WRITES_PER_SECOND} writes/s in all: stay home, undo, extra day, withdraw): ` +
        `${writes.count} writes, ${writeStats(writes)}` +
        (failures.length ? `, ${failures.length} refused (first: ${failures[0]})` : "") +
        `\n  while me/days was read: ${writeStats(summarise(daysWrites.latencies, DURATION_SECONDS, 0))}` +
        `\n  while the page was read: ${writeStats(summarise(pageWrites.latencies, DURATION_SECONDS, 0))}`,
    );
    console.log(`\nFloors for the page and the writes, measured in the same run:`);
    console.log(row("Empty signed-in page (403)", emptyPage, floor));
    console.log(`  My office days is ${(page.p95 / emptyPage.p95).toFixed(2)}x the empty page at p95, ${(page.p50 / emptyPage.p50).toFixed(2)}x at p50`);
    console.log(
      `  A write refused before any transaction (a past day), during the page reads: ${refused.latencies.length} writes, ${writeStats(summarise(refused.latencies, DURATION_SECONDS, 0))}` +
        (refused.failures.length ? `, ${refused.failures.length} not refused (first: ${refused.failures[0]})` : ""),
    );
    console.log(`\nOne request at a time (ms), no other load from this benchmark:`);
    console.log(row("GET /api/v1/me (floor)", aloneFloor, aloneFloor).replace(/\s+\d+\s+p95/, "   p95"));
    console.log(row("GET /api/v1/me/days (28 d)", aloneDays, aloneFloor).replace(/\s+\d+\s+p95/, "   p95"));
    console.log(row("My office days (page)", alonePage, aloneFloor).replace(/\s+\d+\s+p95/, "   p95"));
    console.log(row("writes (one person)", aloneWrite, aloneFloor).replace(/\s+\d+\s+p95/, "   p95") + (aloneFailures.length ? ` first refusal: ${aloneFailures[0]}` : ""));
    console.log(`\nTargets: me/days p95 within 2x the floor, the page within 4x, writes under 50 ms p95.`);
  } finally {
    if (app?.pid) {
      try {
        process.kill(-app.pid, "SIGTERM");
      } catch {
        // already gone
      }
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
