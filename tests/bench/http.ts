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
 * transaction. Last, the week-ahead digest to the whole office, sent by the
 * app's own delivery worker over SMTP to a real local mail server, while the
 * page is read again: its p95 then, against the same load without it.
 * Prints numbers only; nothing asserts timings.
 */
import type { ChildProcess } from "node:child_process";
import { weekAheadJob } from "../../lib/jobs/definitions/notifications/week-ahead";
import { jobSender, stopJobSender } from "../../lib/jobs/sender";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { freePort } from "../support/free-port";
import { benchDatabase, load as loadFor, PEOPLE, startApp, stopGroup, summarise, waitFor, type Stats } from "./bench-app";
import { countingSmtpThread } from "./counting-smtp";
import { startWriters } from "./writers";

const CONNECTIONS = 50;
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const PORT = Number(process.env.BENCH_PORT ?? 3230);
const WRITERS = 4;
const WRITES_PER_SECOND = Number(process.env.BENCH_WRITES_PER_SECOND ?? 10);
const baseUrl = `http://localhost:${PORT}`;

const load = (title: string, url: string, headers: Record<string, string>, expected = 200) =>
  loadFor(title, url, headers, { connections: CONNECTIONS, seconds: DURATION_SECONDS, expected });

function row(name: string, stats: Stats, floor: Stats) {
  const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}x`;
  return `${name.padEnd(30)} ${stats.p50.toFixed(1).padStart(7)} ${stats.p95.toFixed(1).padStart(7)} ${stats.p99.toFixed(1).padStart(7)} ${stats.rps.toFixed(0).padStart(7)}   p95 ${ratio(stats.p95, floor.p95).padStart(6)}  p50 ${ratio(stats.p50, floor.p50).padStart(6)}  ${stats.errors ? `${stats.errors} errors` : ""}`;
}

async function main() {
  const bench = await benchDatabase(PORT + 11, WRITERS * 2);
  const { readerToken, writerTokens, cookie } = bench;
  let app: ChildProcess | undefined;
  const smtpPort = await freePort();
  const smtp = await countingSmtpThread(smtpPort);
  const db = createPrismaClient(bench.database.url);
  try {
    console.log("Starting the built app (builds first when sources changed)...");
    app = startApp(bench, PORT, { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, MAIL_FROM: "Office Rotation <rotation@bench.example>" });
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
    // The least any signed-in page costs: the Forbidden page, header and navigation only, under
    // the same load as the page (the same writers), as its floor.
    const duringEmpty = writing();
    const emptyPage = await load("an empty signed-in page (Forbidden, 403)", `${baseUrl}/employees`, { cookie }, 403);
    const emptyWrites = await duringEmpty.stop();

    // The week-ahead digest to everyone with an office day next week, written and delivered by the app's own worker
    // (as `npm start` runs it), while the page is read again with the same writers.
    const office = await db.office.findFirstOrThrow({ select: { id: true } });
    const digestStarted = performance.timeOrigin + performance.now();
    await (await jobSender(bench.database.url)).send(weekAheadJob.id, { officeId: office.id });
    await until(() => smtp.counts().total >= 100, 120_000, "the digest's first 100 messages");
    const duringDigest = writing();
    const pageInDigest = await load("My office days during the digest", `${baseUrl}/`, { cookie });
    const digestWrites = await duringDigest.stop();
    const receivedDuringLoad = smtp.counts().total;
    const unsent = () => db.notificationDelivery.count({ where: { status: { in: ["QUEUED", "SENDING", "RETRYING"] } } });
    await until(async () => (await unsent()) === 0, 600_000, "every delivery sent");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const digests = await db.notification.count({ where: { kind: "week-ahead" } });
    const sent = await db.notificationDelivery.count({ where: { status: "SENT" } });
    const mail = smtp.counts();

    const failures = [...daysWrites.failures, ...pageWrites.failures, ...emptyWrites.failures];
    const writes = summarise([...daysWrites.latencies, ...pageWrites.latencies, ...emptyWrites.latencies], DURATION_SECONDS * 3, failures.length);
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
        `\n  while the page was read: ${writeStats(summarise(pageWrites.latencies, DURATION_SECONDS, 0))}` +
        `\n  while the empty page was read: ${writeStats(summarise(emptyWrites.latencies, DURATION_SECONDS, 0))}`,
    );
    console.log(`\nFloors for the page and the writes, measured in the same run:`);
    console.log(row("Empty signed-in page (403)", emptyPage, floor));
    console.log(`  My office days is ${(page.p95 / emptyPage.p95).toFixed(2)}x the empty page at p95, ${(page.p50 / emptyPage.p50).toFixed(2)}x at p50`);
    console.log(
      `  A write refused before any transaction (a past day), during the page reads: ${refused.latencies.length} writes, ${writeStats(summarise(refused.latencies, DURATION_SECONDS, 0))}` +
        (refused.failures.length ? `, ${refused.failures.length} not refused (first: ${refused.failures[0]})` : ""),
    );
    const pageWriteStats = summarise(pageWrites.latencies, DURATION_SECONDS, 0);
    console.log(`  Writes during the page reads are ${(pageWriteStats.p95 / summarise(refused.latencies, DURATION_SECONDS, 0).p95).toFixed(2)}x the refused write at p95`);
    console.log(`\nThe week-ahead digest, delivered by the app's worker while the page was read (${digests} digests):`);
    console.log(row("My office days (page)", page, floor));
    console.log(row("  during the digest", pageInDigest, floor));
    console.log(`  p95 during the digest is ${(pageInDigest.p95 / page.p95).toFixed(2)}x without it (p50 ${(pageInDigest.p50 / page.p50).toFixed(2)}x); ${receivedDuringLoad} messages had arrived when the page load ended`);
    console.log(`  writes during the digest: ${writeStats(summarise(digestWrites.latencies, DURATION_SECONDS, 0))}`);
    console.log(
      `  ${mail.total} messages received for ${mail.people} people, ${sent} deliveries sent, the last ${((mail.lastAt - digestStarted) / 1000).toFixed(1)} s after the digest was queued` +
        (mail.total === sent ? ", each exactly once" : `: ${mail.total - sent} more received than sent (repeats)`),
    );
    console.log(`\nOne request at a time (ms), no other load from this benchmark:`);
    console.log(row("GET /api/v1/me (floor)", aloneFloor, aloneFloor).replace(/\s+\d+\s+p95/, "   p95"));
    console.log(row("GET /api/v1/me/days (28 d)", aloneDays, aloneFloor).replace(/\s+\d+\s+p95/, "   p95"));
    console.log(row("My office days (page)", alonePage, aloneFloor).replace(/\s+\d+\s+p95/, "   p95"));
    console.log(row("writes (one person)", aloneWrite, aloneFloor).replace(/\s+\d+\s+p95/, "   p95") + (aloneFailures.length ? ` first refusal: ${aloneFailures[0]}` : ""));
    console.log(
      `\nTargets: me/days p95 within 2x the floor; My office days p95 within 2x the empty signed-in page; writes p95 within 2x a refused write; ` +
        `the page p95 during the digest within 1.5x of without.`,
    );
  } finally {
    await stopGroup(app);
    await stopJobSender();
    await db.$disconnect();
    await smtp.close();
    await bench.remove();
  }
}

async function until(done: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
