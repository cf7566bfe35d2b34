import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ParsedMail } from "mailparser";
import type { PgBoss } from "pg-boss";
import { smtpMailer } from "@/lib/email/mailer";
import { createBoss, installJobQueue } from "@/lib/jobs/boss";
import type { RunningWorker } from "@/lib/jobs/worker";
import { createPrismaClient, type DbClient } from "@/lib/server/prisma-client";
import { createSeatOffice, hrIn, MONDAY, TUESDAY } from "@/tests/support/seat-office";
import { eventually, startSmtpSink, type SmtpSink } from "@/tests/support/smtp-sink";
import { freshDatabaseUrl } from "@/tests/support/test-db";

const SECRET = "week-ahead-test-secret-0123456789abcdef";
// Friday 26 February 2027, 14:00 in Oslo: the default digest time, the week ahead starts on MONDAY (1 March).
const FRIDAY_2PM = new Date("2027-02-26T13:00:00Z");
// Sunday 28 February 2027, 18:00 in Oslo: reminders for MONDAY.
const SUNDAY_6PM = new Date("2027-02-28T17:00:00Z");

let url: string;
let db: DbClient;
let boss: PgBoss;
let data: {
  sendWeekAhead: typeof import("@/lib/data/week-ahead").sendWeekAhead;
  sendDayReminders: typeof import("@/lib/data/week-ahead").sendDayReminders;
  scheduleOffice: typeof import("@/lib/jobs/schedules").scheduleOffice;
  startWorker: typeof import("@/lib/jobs/worker").startWorker;
  stopJobSender: typeof import("@/lib/jobs/sender").stopJobSender;
};
const sinks: SmtpSink[] = [];

beforeAll(async () => {
  url = await freshDatabaseUrl("week_ahead");
  await installJobQueue(url, { retryDelaySeconds: 1 });
  process.env.DATABASE_URL = url;
  db = createPrismaClient(url);
  boss = createBoss(url, "send");
  await boss.start();
  data = {
    sendWeekAhead: (await import("@/lib/data/week-ahead")).sendWeekAhead,
    sendDayReminders: (await import("@/lib/data/week-ahead")).sendDayReminders,
    scheduleOffice: (await import("@/lib/jobs/schedules")).scheduleOffice,
    startWorker: (await import("@/lib/jobs/worker")).startWorker,
    stopJobSender: (await import("@/lib/jobs/sender")).stopJobSender,
  };
});

afterAll(async () => {
  await Promise.all(sinks.map((sink) => sink.close()));
  await boss.stop({ graceful: false, close: true });
  await data.stopJobSender();
  await db.$disconnect();
});

/** Delivers everything queued so far through a real SMTP server, then stops the worker. */
async function deliverAll(): Promise<SmtpSink> {
  const smtp = await startSmtpSink();
  sinks.push(smtp);
  const worker: RunningWorker = await data.startWorker({
    databaseUrl: url,
    appUrl: "https://rotation.example.com",
    mailFrom: "Office Rotation <rotation@example.com>",
    mailer: smtpMailer(smtp.url, "Office Rotation <rotation@example.com>"),
    pollingIntervalSeconds: 0.5,
    secret: SECRET,
  });
  try {
    await eventually(async () => (await db.notificationDelivery.count({ where: { status: { not: "SENT" } } })) === 0, "every delivery is sent");
  } finally {
    await worker.stop();
  }
  return smtp;
}

/** A header line as received (mailparser folds List-* headers into an object of its own). */
const header = (mail: ParsedMail | undefined, key: string) => mail?.headerLines.find((line) => line.key === key)?.line.replace(/\r?\n\s+/g, " ");

/** Two Monday people (one reads Swedish), a Monday person with the digest off, a Tuesday person whose Tuesday is closed. */
async function office() {
  const seats = await createSeatOffice(db, { capacity: 5, mondays: 3, tuesdays: 1 });
  const [swede, norwegian, quiet] = seats.mondays as [(typeof seats.mondays)[0], (typeof seats.mondays)[0], (typeof seats.mondays)[0]];
  await db.employee.update({ where: { id: swede.id }, data: { locale: "sv" } });
  await db.notificationSettings.create({ data: { employeeId: quiet.id, digest: false } });
  await db.closure.create({ data: { officeId: seats.office.id, date: new Date(`${TUESDAY}T00:00:00Z`), reason: "Strømbrudd" } });
  return { ...seats, swede, norwegian, quiet, tuesday: seats.tuesdays[0] as (typeof seats.tuesdays)[0] };
}

describe("the week-ahead digest", () => {
  it("goes to exactly the people with an office day next week who want it, with their days, in their language, never twice for a week", async () => {
    const { office: place, swede, norwegian, quiet, tuesday } = await office();
    const written = await data.sendWeekAhead(db, place.id, FRIDAY_2PM, 1);
    expect(written).toEqual({ from: MONDAY, to: "2027-03-07", sent: 2 });
    const notes = await db.notification.findMany({ where: { employee: { officeId: place.id } }, select: { employeeId: true, kind: true, payload: true, dedupeKey: true } });
    expect(notes.map((note) => note.employeeId).sort()).toEqual([swede.id, norwegian.id].sort());
    for (const note of notes) {
      expect(note.kind).toBe("week-ahead");
      expect(note.dedupeKey).toBe(`week-ahead:${note.employeeId}:${MONDAY}`);
      expect(note.payload).toMatchObject({ weekStart: MONDAY, days: [{ date: MONDAY, extra: false, capacity: 5, expected: 3, reason: { kind: "assigned" } }] });
    }

    // Again later the same day, and again from a second run: nothing new.
    expect((await data.sendWeekAhead(db, place.id, new Date(FRIDAY_2PM.getTime() + 3_600_000), 1)).sent).toBe(0);
    expect((await data.sendWeekAhead(db, place.id, FRIDAY_2PM, 1)).sent).toBe(0);

    const smtp = await deliverAll();
    expect(smtp.to(quiet.email)).toHaveLength(0);
    expect(smtp.to(tuesday.email)).toHaveLength(0);
    expect(smtp.to(swede.email)).toHaveLength(1);
    expect(smtp.to(norwegian.email)).toHaveLength(1);
    const [toSwede] = smtp.to(swede.email);
    expect(toSwede?.subject).toBe("Din vecka: 1 kontorsdag");
    expect(toSwede?.text).toContain("Nästa vecka är du på kontoret måndag.");
    expect(toSwede?.text).toContain("måndag 1 mars 2027: Efternamnsgrupp A–K");
    expect(toSwede?.text).toContain("3 av 5 platser tagna");
    expect(toSwede?.html).toMatch(/href="https:\/\/rotation\.example\.com\/answers\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}"/);
    expect(toSwede?.html).toContain("Jag stannar hemma måndag 1 mars 2027");
    // RFC 8058: a one-click POST target and the header that says so.
    expect(header(toSwede, "list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(header(toSwede, "list-unsubscribe")).toMatch(/^List-Unsubscribe: <https:\/\/rotation\.example\.com\/api\/v1\/unsubscribe\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}>$/);
    expect(smtp.to(norwegian.email)[0]?.subject).toBe("Uken din: 1 kontordag");

    // A later run for the same week, after delivery, sends nothing more.
    expect((await data.sendWeekAhead(db, place.id, new Date("2027-02-27T09:00:00Z"), 1)).sent).toBe(0);
  });

  it("shows no count that would reveal a choice in a small group", async () => {
    const { office: place, swede } = await office();
    await data.sendWeekAhead(db, place.id, FRIDAY_2PM, 5);
    const note = await db.notification.findFirstOrThrow({ where: { employeeId: swede.id } });
    expect(note.payload).toMatchObject({ days: [{ date: MONDAY, capacity: 5, expected: null }] });
  });

  it("is about the week after the office's today, even when the digest goes out late on a Sunday", async () => {
    const { office: place, swede } = await office();
    // Sunday 28 February 23:30 in Oslo is still Sunday there (22:30 UTC): the week is the one starting the next day.
    const written = await data.sendWeekAhead(db, place.id, new Date("2027-02-28T22:30:00Z"), 1);
    expect(written.from).toBe(MONDAY);
    // Monday 00:30 in Oslo (Sunday 23:30 UTC): Monday is today there, so the digest is about the week after.
    expect((await data.sendWeekAhead(db, place.id, new Date("2027-02-28T23:30:00Z"), 1)).from).toBe("2027-03-08");
    expect(await db.notification.count({ where: { employeeId: swede.id } })).toBe(2);
  });
});

describe("the schedules", () => {
  it("fire at the office's local time on both sides of a daylight-saving change", async () => {
    const { office: place } = await office();
    await data.scheduleOffice(boss, { id: place.id, timezone: "Europe/Oslo", digestWeekday: 5, digestTime: "14:00" });
    const digest = await boss.getSchedule("notifications.week-ahead", place.id);
    expect(digest).toMatchObject({ cron: "0 14 * * 5", timezone: "Europe/Oslo", data: { officeId: place.id } });
    // Summer time starts on Sunday 28 March 2027: 14:00 in Oslo is 13:00 UTC before, 12:00 UTC after.
    const spring = boss.previewSchedule(digest?.cron as string, { tz: "Europe/Oslo", from: new Date("2027-03-18T00:00:00Z"), count: 3 });
    expect(spring.map((at) => at.toISOString())).toEqual(["2027-03-19T13:00:00.000Z", "2027-03-26T13:00:00.000Z", "2027-04-02T12:00:00.000Z"]);
    // And back on Sunday 31 October 2027.
    const autumn = boss.previewSchedule(digest?.cron as string, { tz: "Europe/Oslo", from: new Date("2027-10-28T00:00:00Z"), count: 2 });
    expect(autumn.map((at) => at.toISOString())).toEqual(["2027-10-29T12:00:00.000Z", "2027-11-05T13:00:00.000Z"]);
    // HR moves it to Sunday 19:30: the schedule is replaced, not added to.
    await data.scheduleOffice(boss, { id: place.id, timezone: "Europe/Oslo", digestWeekday: 7, digestTime: "19:30" });
    expect((await boss.getSchedules("notifications.week-ahead", place.id)).map((schedule) => schedule.cron)).toEqual(["30 19 * * 0"]);
    const reminder = await boss.getSchedule("notifications.day-reminder", place.id);
    expect(reminder).toMatchObject({ cron: "0 18 * * *", timezone: "Europe/Oslo" });
    const evenings = boss.previewSchedule(reminder?.cron as string, { tz: "Europe/Oslo", from: new Date("2027-03-27T00:00:00Z"), count: 2 });
    expect(evenings.map((at) => at.toISOString())).toEqual(["2027-03-27T17:00:00.000Z", "2027-03-28T16:00:00.000Z"]);
  });
});

describe("HR's digest time", () => {
  it("is saved with the office and rewrites its schedule in the same transaction; a bad time is refused and changes nothing", async () => {
    const { office: place } = await office();
    const { updateOffice } = await import("@/lib/data/offices");
    const { officeSettingsSchema } = await import("@/lib/validation/offices");
    const hr = await hrIn(db, place.id);
    const settings = { name: place.name, timezone: "Europe/Oslo", locale: "nb", country: "NO", seats: 5, capacity: { mode: "percent", percent: 100 }, workingWeekdays: [1, 2, 3, 4, 5] };
    expect(officeSettingsSchema.safeParse({ ...settings, digestTime: "25:00" }).error?.issues).toEqual([expect.objectContaining({ path: ["digestTime"], message: "digestTimeInvalid" })]);
    expect(officeSettingsSchema.safeParse({ ...settings, digestWeekday: 8 }).error?.issues).toEqual([expect.objectContaining({ path: ["digestWeekday"], message: "digestWeekdayInvalid" })]);
    // Unset, the defaults: Friday 14:00.
    expect(officeSettingsSchema.parse(settings)).toMatchObject({ digestWeekday: 5, digestTime: "14:00" });
    await updateOffice(hr, place.id, officeSettingsSchema.parse({ ...settings, digestWeekday: "1", digestTime: "07:45" }), FRIDAY_2PM);
    expect(await db.office.findUniqueOrThrow({ where: { id: place.id }, select: { digestWeekday: true, digestTime: true } })).toEqual({ digestWeekday: 1, digestTime: "07:45" });
    expect(await boss.getSchedule("notifications.week-ahead", place.id)).toMatchObject({ cron: "45 7 * * 1", timezone: "Europe/Oslo" });
  });
});

describe("the evening-before reminder", () => {
  it("goes only to people in the office tomorrow who turned it on, once per day", async () => {
    const { office: place, swede, norwegian } = await office();
    await db.notificationSettings.create({ data: { employeeId: norwegian.id, reminder: true } });
    expect(await data.sendDayReminders(db, place.id, SUNDAY_6PM, 1)).toEqual({ from: MONDAY, to: MONDAY, sent: 1 });
    expect(await data.sendDayReminders(db, place.id, SUNDAY_6PM, 1)).toMatchObject({ sent: 0 });
    const notes = await db.notification.findMany({ where: { employee: { officeId: place.id } }, select: { employeeId: true, kind: true, dedupeKey: true } });
    expect(notes).toEqual([{ employeeId: norwegian.id, kind: "day-reminder", dedupeKey: `day-reminder:${norwegian.id}:${MONDAY}` }]);
    const smtp = await deliverAll();
    expect(smtp.to(swede.email)).toHaveLength(0);
    const [mail] = smtp.to(norwegian.email);
    expect(mail?.subject).toBe("I morgen, mandag 1. mars 2027, er du på kontoret");
    expect(header(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
  });
});
