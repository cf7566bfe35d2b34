import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import type { CurrentUser } from "@/lib/auth/current-user";
import { smtpMailer } from "@/lib/email/mailer";
import { installJobQueue } from "@/lib/jobs/boss";
import type { RunningWorker, WorkerOptions } from "@/lib/jobs/worker";
import { createPrismaClient, type DbClient } from "@/lib/server/prisma-client";
import { createSeatOffice, MONDAY, TUESDAY } from "@/tests/support/seat-office";
import { eventually, startSmtpSink, type SmtpSink } from "@/tests/support/smtp-sink";
import { freePort } from "@/tests/support/free-port";
import { freshDatabaseUrl } from "@/tests/support/test-db";

// A database of its own: workers here deliver every queued job of their database.
let url: string;
let db: DbClient;
let data: {
  addClosures: typeof import("@/lib/data/closures").addClosures;
  requestExtraDay: typeof import("@/lib/data/extra-days").requestExtraDay;
  notify: typeof import("@/lib/data/notifications").notify;
  appDb: typeof import("@/lib/db").db;
  startWorker: typeof import("@/lib/jobs/worker").startWorker;
  stopJobSender: typeof import("@/lib/jobs/sender").stopJobSender;
};

const NOW = new Date("2026-11-30T12:00:00Z");
const workers: RunningWorker[] = [];
const sinks: SmtpSink[] = [];

beforeAll(async () => {
  url = await freshDatabaseUrl("notifications");
  // Retries after about a second, so "the mail server comes back" takes seconds, not minutes.
  await installJobQueue(url, { retryDelaySeconds: 1 });
  // Before lib/db.ts and the job sender load: they read it.
  process.env.DATABASE_URL = url;
  db = createPrismaClient(url);
  data = {
    addClosures: (await import("@/lib/data/closures")).addClosures,
    requestExtraDay: (await import("@/lib/data/extra-days")).requestExtraDay,
    notify: (await import("@/lib/data/notifications")).notify,
    appDb: (await import("@/lib/db")).db,
    startWorker: (await import("@/lib/jobs/worker")).startWorker,
    stopJobSender: (await import("@/lib/jobs/sender")).stopJobSender,
  };
});

afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  await Promise.all(sinks.map((sink) => sink.close()));
  await data.stopJobSender();
  await db.$disconnect();
});

async function sink(port?: number) {
  const started = await startSmtpSink(port);
  sinks.push(started);
  return started;
}

async function worker(smtpUrl: string, options: Partial<WorkerOptions> = {}) {
  const running = await data.startWorker({
    databaseUrl: url,
    appUrl: "https://rotation.example.com",
    mailFrom: "Office Rotation <rotation@example.com>",
    mailer: smtpMailer(smtpUrl, "Office Rotation <rotation@example.com>"),
    pollingIntervalSeconds: 0.5,
    ...options,
  });
  workers.push(running);
  return running;
}

async function stopWorker(running: RunningWorker) {
  workers.splice(workers.indexOf(running), 1);
  await running.stop();
}

/** An office whose two A–K people come on Mondays and one L–Z person on Tuesdays; plus HR, working in another office. */
async function officeWithPeople() {
  const office = await createSeatOffice(db, { capacity: 3, mondays: 2, tuesdays: 1 });
  const hrOffice = await createSeatOffice(db, { capacity: 1, mondays: 0, tuesdays: 0 });
  const hrPerson = await db.employee.create({
    data: { givenName: "Hanne", familyName: "Holm", email: `hr-${office.office.id}@seats.test`, officeId: hrOffice.office.id, role: "HR", startDate: new Date("2020-01-01T00:00:00Z") },
  });
  const hr: CurrentUser = { id: hrPerson.id, name: "Hanne Holm", email: hrPerson.email, role: "HR", officeId: hrOffice.office.id, officeTimezone: "Europe/Oslo", teamId: null };
  return { ...office, hr };
}

async function deliveriesOf(employeeIds: string[]) {
  return db.notificationDelivery.findMany({ where: { notification: { employeeId: { in: employeeIds } } }, select: { id: true, status: true, attempts: true, lastError: true } });
}

async function jobsFor(deliveryIds: string[]): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM pgboss.job WHERE name = 'notifications.deliver-email' AND data->>'deliveryId' = ANY($1)`, [deliveryIds]);
    return Number(rows[0]?.count);
  } finally {
    await client.end();
  }
}

/** Queues `count` messages to new people of a new office, in one transaction; returns their addresses. */
async function queueMessages(count: number, tag: string): Promise<string[]> {
  const { mondays } = await createSeatOffice(db, { capacity: count, mondays: count, tuesdays: 0 });
  await data.appDb.$transaction((tx) =>
    data.notify(
      tx,
      mondays.map((person) => ({
        employeeId: person.id,
        kind: "day-lost" as const,
        payload: { cause: "closure" as const, days: [{ date: MONDAY, reason: `Test ${tag}` }] },
        dedupeKey: `test/${tag}/${person.id}`,
      })),
    ),
  );
  return mondays.map((person) => person.email);
}

const messageIds = (smtp: SmtpSink, addresses: string[]) => addresses.flatMap((address) => smtp.to(address).map((mail) => mail.messageId));

describe("a closed day", () => {
  it("tells exactly the people who lose the day, once each, in their language, naming the day and the reason", async () => {
    const { office, mondays, tuesdays, hr, user } = await officeWithPeople();
    const [swede, norwegian] = mondays as [(typeof mondays)[0], (typeof mondays)[0]];
    const extra = tuesdays[0] as (typeof tuesdays)[0];
    await db.employee.update({ where: { id: swede.id }, data: { locale: "sv" } });
    // The Tuesday person's confirmed extra day on Monday goes too; nobody loses Tuesday.
    expect((await data.requestExtraDay(user(extra), MONDAY, NOW)).status).toBe("confirmed");

    await data.addClosures(hr, office.id, [{ date: MONDAY, reason: "Vannlekkasje" }], NOW);

    const notifications = await db.notification.findMany({ where: { employee: { officeId: office.id } }, select: { employeeId: true, kind: true, payload: true } });
    expect(notifications.map((n) => n.employeeId).sort()).toEqual([swede.id, norwegian.id, extra.id].sort());
    for (const notification of notifications) {
      expect(notification).toMatchObject({ kind: "day-lost", payload: { cause: "closure", days: [{ date: MONDAY, reason: "Vannlekkasje" }] } });
    }
    const deliveries = await deliveriesOf([swede.id, norwegian.id, extra.id]);
    expect(deliveries.map((delivery) => delivery.status)).toEqual(["QUEUED", "QUEUED", "QUEUED"]);
    expect(await jobsFor(deliveries.map((delivery) => delivery.id))).toBe(3);

    const smtp = await sink();
    const running = await worker(smtp.url);
    await eventually(async () => (await deliveriesOf([swede.id, norwegian.id, extra.id])).every((delivery) => delivery.status === "SENT"), "all three are sent");
    await stopWorker(running);

    expect(smtp.to(hr.email)).toHaveLength(0);
    const [toSwede] = smtp.to(swede.email);
    expect(smtp.to(swede.email)).toHaveLength(1);
    expect(toSwede?.subject).toBe("Du förlorade en kontorsdag");
    expect(toSwede?.text).toContain("måndag 1 mars 2027: Vannlekkasje");
    expect(toSwede?.html).toContain('lang="sv"');
    expect(toSwede?.html).toContain('href="https://rotation.example.com/"');
    const [toNorwegian] = smtp.to(norwegian.email);
    expect(smtp.to(norwegian.email)).toHaveLength(1);
    expect(toNorwegian?.subject).toBe("Du mistet en kontordag");
    expect(toNorwegian?.text).toContain("mandag 1. mars 2027: Vannlekkasje");
    expect(smtp.to(extra.email)).toHaveLength(1);
    // Nothing about anyone else: no other person's name or address in any message.
    for (const mail of smtp.received) {
      for (const other of [swede, norwegian, extra].filter((person) => !smtp.to(person.email).includes(mail))) {
        expect(`${mail.html} ${mail.text}`).not.toContain(other.email);
        expect(`${mail.html} ${mail.text}`).not.toContain(other.familyName);
      }
    }
  });

  it("tells nobody about days already past or about days they were not coming", async () => {
    const { office, mondays, tuesdays, hr } = await officeWithPeople();
    await data.addClosures(hr, office.id, [{ date: "2026-11-23", reason: "Past Monday" }, { date: "2027-03-03", reason: "A Wednesday" }], NOW);
    expect(await db.notification.count({ where: { employeeId: { in: [...mondays, ...tuesdays].map((person) => person.id) } } })).toBe(0);
    // And a Tuesday closure tells only the Tuesday person.
    await data.addClosures(hr, office.id, [{ date: TUESDAY, reason: "Strømbrudd" }], NOW);
    expect((await db.notification.findMany({ where: { employee: { officeId: office.id } } })).map((n) => n.employeeId)).toEqual([tuesdays[0]?.id]);
  });

  it("tells the people of the day a closed day moves to", async () => {
    const { office, mondays, tuesdays, hr } = await officeWithPeople();
    await data.addClosures(hr, office.id, [{ date: "2027-03-03", reason: "Service" }], NOW);
    const closure = await db.closure.findFirstOrThrow({ where: { officeId: office.id, date: new Date("2027-03-03T00:00:00Z") } });
    const { updateClosure } = await import("@/lib/data/closures");
    await updateClosure(hr, closure.id, { date: TUESDAY, reason: "Service" }, NOW);
    const told = await db.notification.findMany({ where: { employee: { officeId: office.id } }, select: { employeeId: true, payload: true } });
    expect(told).toEqual([{ employeeId: tuesdays[0]?.id, payload: { cause: "closure", days: [{ date: TUESDAY, reason: "Service" }] } }]);
    expect(mondays.some((person) => told.some((n) => n.employeeId === person.id))).toBe(false);
  });
});

describe("the outbox", () => {
  it("writes nothing and queues nothing when the change rolls back", async () => {
    const { mondays } = await createSeatOffice(db, { capacity: 1, mondays: 1, tuesdays: 0 });
    const person = mondays[0] as (typeof mondays)[0];
    await expect(
      data.appDb.$transaction(async (tx) => {
        await data.notify(tx, [{ employeeId: person.id, kind: "day-lost", payload: { cause: "closure", days: [{ date: MONDAY, reason: "x" }] }, dedupeKey: `rollback/${person.id}` }]);
        throw new Error("the change fails after notifying");
      }),
    ).rejects.toThrow("the change fails");
    expect(await db.notification.count({ where: { employeeId: person.id } })).toBe(0);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM pgboss.job WHERE data->>'deliveryId' NOT IN (SELECT id FROM notification_delivery)`);
    await client.end();
    expect(Number(rows[0]?.count)).toBe(0);
  });

  it("adds nothing for a cause it was told about already (the dedupe key is unique)", async () => {
    const { mondays } = await createSeatOffice(db, { capacity: 1, mondays: 1, tuesdays: 0 });
    const person = mondays[0] as (typeof mondays)[0];
    const message = { employeeId: person.id, kind: "day-lost" as const, payload: { cause: "closure" as const, days: [{ date: MONDAY, reason: "x" }] }, dedupeKey: `twice/${person.id}` };
    expect(await data.appDb.$transaction((tx) => data.notify(tx, [message]))).toBe(1);
    expect(await data.appDb.$transaction((tx) => data.notify(tx, [message]))).toBe(0);
    expect(await db.notificationDelivery.count({ where: { notification: { employeeId: person.id } } })).toBe(1);
  });
});

describe("delivery", () => {
  it("keeps trying while the mail server is down and sends once when it is back", async () => {
    const port = await freePort();
    const [address] = await queueMessages(1, "down");
    const running = await worker(`smtp://127.0.0.1:${port}`);
    const employee = await db.employee.findUniqueOrThrow({ where: { email: address as string } });
    await eventually(async () => (await deliveriesOf([employee.id]))[0]?.status === "RETRYING", "the first try failed");
    const [failed] = await deliveriesOf([employee.id]);
    expect(failed?.lastError).toMatch(/ECONNREFUSED|connect/i);

    const smtp = await sink(port);
    await eventually(async () => (await deliveriesOf([employee.id]))[0]?.status === "SENT", "it is sent after the server came back");
    await stopWorker(running);
    expect(smtp.to(address as string)).toHaveLength(1);
    expect((await deliveriesOf([employee.id]))[0]?.attempts).toBeGreaterThan(1);
  });

  it("marks a delivery FAILED after its last try, and sends it when an admin retries the failed ones", async () => {
    const [address] = await queueMessages(1, "never");
    const employee = await db.employee.findUniqueOrThrow({ where: { email: address as string } });
    const [delivery] = await deliveriesOf([employee.id]);
    // As if every earlier try had failed: this job run is the last one the queue allows.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`UPDATE pgboss.job SET retry_count = retry_limit WHERE data->>'deliveryId' = $1`, [delivery?.id]);
    await client.end();
    const running = await worker(`smtp://127.0.0.1:${await freePort()}`);
    await eventually(async () => (await deliveriesOf([employee.id]))[0]?.status === "FAILED", "the delivery failed for good");
    await stopWorker(running);

    // An admin retries the failed ones once the mail server works: it is sent, once.
    const smtp = await sink();
    const { retryFailedDeliveries } = await import("@/lib/data/delivery-overview");
    expect(await retryFailedDeliveries({ id: employee.id })).toBeGreaterThanOrEqual(1);
    expect((await deliveriesOf([employee.id]))[0]?.status).toBe("QUEUED");
    const again = await worker(smtp.url);
    await eventually(async () => (await deliveriesOf([employee.id]))[0]?.status === "SENT", "it is sent after the retry");
    await stopWorker(again);
    expect(smtp.to(address as string)).toHaveLength(1);
  });

  it("sends each message once with two workers on one database", async () => {
    const smtp = await sink();
    const addresses = await queueMessages(30, "two-workers");
    await Promise.all([worker(smtp.url), worker(smtp.url)]);
    await eventually(() => messageIds(smtp, addresses).length >= 30, "30 messages arrived");
    // Give a duplicate the time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const ids = messageIds(smtp, addresses);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
    await Promise.all([...workers].map(stopWorker));
  });

  it("sends a message once even when its job runs twice (the claim, not the queue, decides)", async () => {
    const smtp = await sink();
    const [address] = await queueMessages(1, "job-twice");
    const employee = await db.employee.findUniqueOrThrow({ where: { email: address as string } });
    const [delivery] = await deliveriesOf([employee.id]);
    const { jobSender } = await import("@/lib/jobs/sender");
    await (await jobSender()).send("notifications.deliver-email", { deliveryId: delivery?.id });
    const running = await worker(smtp.url);
    await eventually(async () => (await jobsFor([delivery?.id as string])) === 2 && (await deliveriesOf([employee.id]))[0]?.status === "SENT", "sent");
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await stopWorker(running);
    expect(smtp.to(address as string)).toHaveLength(1);
  });

  it("writes a whole office's messages in one transaction, a statement at a time (no two queries at once on its connection)", async () => {
    // 10,000 notifications of 4 columns pass PostgreSQL's 32,767 bind parameters: Prisma would split the insert and send the
    // parts at once on the transaction's connection, which pg warns about (database-env.ts turns that warning into a failure).
    await queueMessages(10_000, "office");
    expect(await db.notification.count({ where: { dedupeKey: { startsWith: "test/office/" } } })).toBe(10_000);
    const deliveries = await db.notificationDelivery.findMany({ where: { notification: { dedupeKey: { startsWith: "test/office/" } } }, select: { id: true } });
    expect(deliveries).toHaveLength(10_000);
    const ids = deliveries.map((delivery) => delivery.id);
    expect(await jobsFor(ids)).toBe(10_000);
    // Nobody needs these 10,000 emails: the next tests' workers must not spend their time on them.
    await db.$executeRaw`DELETE FROM pgboss.job WHERE name = 'notifications.deliver-email' AND data->>'deliveryId' = ANY(${ids})`;
    await db.notificationDelivery.deleteMany({ where: { id: { in: ids } } });
  });

  it("after a restart in the middle of a batch, sends the rest and repeats nothing", async () => {
    const smtp = await sink();
    const addresses = await queueMessages(40, "restart");
    // Small batches, one at a time: the app's batch would take all 40 at once and finish them before stopping.
    const first = await worker(smtp.url, { batchSize: 5, concurrency: 1 });
    await eventually(() => messageIds(smtp, addresses).length >= 5, "the first messages arrived");
    await stopWorker(first);
    const sentBefore = messageIds(smtp, addresses).length;
    expect(sentBefore).toBeLessThan(40);
    await worker(smtp.url, { batchSize: 5, concurrency: 1 });
    await eventually(() => messageIds(smtp, addresses).length >= 40, "all 40 arrived");
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const ids = messageIds(smtp, addresses);
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
  });
});

describe("the notifications API", () => {
  it("lists the caller's own notifications newest first, a page at a time, and marks them read", async () => {
    const { mondays } = await createSeatOffice(db, { capacity: 2, mondays: 2, tuesdays: 0 });
    const [me, other] = mondays as [(typeof mondays)[0], (typeof mondays)[0]];
    // 22 of mine (more than a page), one of someone else's.
    for (let index = 0; index < 22; index++) {
      await data.appDb.$transaction((tx) =>
        data.notify(tx, [{ employeeId: me.id, kind: "day-lost", payload: { cause: "closure", days: [{ date: MONDAY, reason: `Reason ${index}` }] }, dedupeKey: `api/${me.id}/${index}` }]),
      );
    }
    await data.appDb.$transaction((tx) =>
      data.notify(tx, [{ employeeId: other.id, kind: "day-lost", payload: { cause: "closure", days: [{ date: MONDAY, reason: "Not yours" }] }, dedupeKey: `api/${other.id}` }]),
    );
    const { callRoute } = await import("@/tests/support/api");
    const list = (await import("@/app/api/v1/me/notifications/route")).GET;
    const read = (await import("@/app/api/v1/me/notifications/read/route")).POST;

    const first = await callRoute(list, "/api/v1/me/notifications", { token: me.token });
    expect(first.status).toBe(200);
    expect(first.json.unread).toBe(22);
    expect(first.json.notifications).toHaveLength(20);
    expect(first.json.notifications[0]).toMatchObject({ kind: "day-lost", title: "You lost an office day", items: [expect.stringContaining("Reason 21")], readAt: null });
    const second = await callRoute(list, `/api/v1/me/notifications?cursor=${encodeURIComponent(first.json.nextCursor)}`, { token: me.token });
    expect(second.json.notifications.map((n: { items: string[] }) => n.items[0])).toEqual([expect.stringContaining("Reason 1"), expect.stringContaining("Reason 0")]);
    expect(second.json.nextCursor).toBeNull();
    expect(JSON.stringify([first.json, second.json])).not.toContain("Not yours");

    const otherId = (await db.notification.findFirstOrThrow({ where: { employeeId: other.id } })).id;
    const some = await callRoute(read, "/api/v1/me/notifications/read", { token: me.token, body: { ids: [first.json.notifications[0].id, otherId] } });
    expect(some.json).toEqual({ updated: 1, unread: 21 });
    expect((await db.notification.findUniqueOrThrow({ where: { id: otherId } })).readAt).toBeNull();
    expect((await callRoute(read, "/api/v1/me/notifications/read", { token: me.token, body: { all: true } })).json).toEqual({ updated: 21, unread: 0 });

    const bad = await callRoute(read, "/api/v1/me/notifications/read", { token: me.token, body: { ids: [] } });
    expect(bad.status).toBe(400);
    expect((await callRoute(list, "/api/v1/me/notifications?cursor=nonsense", { token: me.token })).status).toBe(400);
  });
});
