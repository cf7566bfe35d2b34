/**
 * `npm run bench:digest`: the week-ahead digest to 10,000 people of one
 * office, end to end: written by the digest job's code, queued in pg-boss,
 * delivered by the worker (as `npm start` runs it) over SMTP to a real local
 * mail server (smtp-server) that counts what arrives. Prints how long the
 * writing took, messages per second, the time until the last one arrived,
 * and checks that each person received exactly one. Fails (exit 1) on any
 * missing or repeated message; timings are printed, not asserted.
 */
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { inBatches } from "../../lib/data/insert-batches";
import { installJobQueue } from "../../lib/jobs/boss";
import { startEmbeddedPostgres } from "../../lib/server/embedded-postgres";
import { applyMigrations } from "../../lib/server/migrations";
import { createPrismaClient } from "../../lib/server/prisma-client";
import { freePort } from "../support/free-port";
import { countingSmtp } from "./counting-smtp";

const PEOPLE = 10_000;
const TIMEOUT_MS = 10 * 60_000;
// The app's worker settings unless DIGEST_CONCURRENCY / DIGEST_BATCH try others.
const CONCURRENCY = process.env.DIGEST_CONCURRENCY ? Number(process.env.DIGEST_CONCURRENCY) : undefined;
const BATCH = process.env.DIGEST_BATCH ? Number(process.env.DIGEST_BATCH) : undefined;
const log = (message: string) => console.log(`[bench:digest] ${message}`);

const dir = await mkdtemp(path.join(tmpdir(), "office-rotation-digest-"));
await chmod(dir, 0o755);
const database = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), database: "bench" });
process.env.DATABASE_URL = database.url;

let failed = false;
try {
  await applyMigrations(database.url);
  await installJobQueue(database.url);
  const db = createPrismaClient(database.url);
  // Everyone comes two days a week (A–K Monday and Wednesday, L–Z Tuesday and Thursday) and there is a seat for everyone: 10,000 digests.
  const office = await db.office.create({ data: { name: "Digest bench", timezone: "Europe/Oslo", locale: "nb", seats: PEOPLE, capacityPercent: 100, workingWeekdays: [1, 2, 3, 4, 5] } });
  await db.rotationPlan.create({
    data: {
      officeId: office.id,
      name: "Bench",
      version: 1,
      status: "PUBLISHED",
      effectiveFrom: new Date("2020-01-06T00:00:00Z"),
      publishedAt: new Date(),
      rules: { waves: [{ name: "Everyone", selectors: [{ kind: "everyone" }], distribution: { rule: "surname", groups: [{ from: "A", to: "K", weekdays: [1, 3] }, { from: "L", to: "Z", weekdays: [2, 4] }] } }] },
    },
  });
  const letters = "ABCDEFGHIJKLMNOPRSTUVWZ";
  const people = Array.from({ length: PEOPLE }, (_, index) => ({
    givenName: "Person",
    familyName: `${letters[index % letters.length]}ench${index}`,
    email: `person-${index}@digest.bench`,
    officeId: office.id,
    startDate: new Date("2020-01-01T00:00:00Z"),
    locale: ["nb", "sv", "nl", "en"][index % 4],
  }));
  await inBatches(people, (data) => db.employee.createMany({ data }));
  log(`${PEOPLE.toLocaleString("en")} people in one office, PostgreSQL ${database.url.replace(/\/\/.*@/, "//")}`);

  const smtpPort = await freePort();
  const smtp = await countingSmtp(smtpPort);
  const { startWorker } = await import("../../lib/jobs/worker");
  const { sendWeekAhead } = await import("../../lib/data/week-ahead");
  const { stopJobSender } = await import("../../lib/jobs/sender");
  const worker = await startWorker({
    databaseUrl: database.url,
    appUrl: "https://rotation.example.com",
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    mailFrom: "Office Rotation <rotation@example.com>",
    secret: "bench-secret-0123456789abcdefghijklmnop",
    concurrency: CONCURRENCY,
    batchSize: BATCH,
    pollingIntervalSeconds: 0.5,
  });

  const started = performance.now();
  const written = await sendWeekAhead(db, office.id, new Date(), 5);
  const writtenAt = performance.now();
  log(`Wrote ${written.sent.toLocaleString("en")} digests for the week of ${written.from} (notifications, deliveries and jobs in one transaction) in ${((writtenAt - started) / 1000).toFixed(1)} s`);

  const until = Date.now() + TIMEOUT_MS;
  let reported = 0;
  while (smtp.total() < written.sent && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (smtp.total() - reported >= 2000) {
      reported = smtp.total();
      log(`  ${reported.toLocaleString("en")} received after ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  }
  // A moment more, so a repeat sent after the last first copy would be seen.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const seconds = (smtp.lastAt() - started) / 1000;
  const missing = people.filter((person) => !smtp.received.has(person.email)).length;
  const repeated = [...smtp.received.values()].filter((count) => count > 1).length;
  const sent = await db.notificationDelivery.count({ where: { status: "SENT" } });
  log(`Worker: ${CONCURRENCY ?? "the app's"} batches of ${BATCH ?? "the app's size"} at a time`);
  log(`Received ${smtp.total().toLocaleString("en")} messages for ${smtp.received.size.toLocaleString("en")} people; deliveries marked sent: ${sent.toLocaleString("en")}`);
  log(`Time until the last one arrived: ${seconds.toFixed(1)} s (from the start of writing); ${(smtp.total() / seconds).toFixed(0)} messages/second`);
  log(`Missing: ${missing}; received more than once: ${repeated}`);
  failed = written.sent !== PEOPLE || missing > 0 || repeated > 0 || smtp.total() !== PEOPLE;
  log(failed ? "FAILED: not every person received exactly one digest" : `OK: each of the ${PEOPLE.toLocaleString("en")} people received exactly one digest${seconds < 120 ? ", within the 2-minute target" : ", but slower than the 2-minute target"}`);
  await worker.stop();
  await stopJobSender();
  await smtp.close();
  await db.$disconnect();
} finally {
  await database.stop();
  await rm(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
