import type { Db, PgBoss } from "pg-boss";
import { digestCron, REMINDER_CRON } from "@/lib/notifications/week-ahead";
import type { DbClient } from "@/lib/server/prisma-client";
import { dayReminderJob, weekAheadJob } from "./definitions/notifications/week-ahead";

export interface OfficeSchedule {
  id: string;
  timezone: string;
  digestWeekday: number;
  digestTime: string;
}

/**
 * The office's two schedules in pg-boss, keyed by the office: the digest at
 * HR's weekday and time and the reminder every evening, both as cron
 * expressions evaluated in the office's time zone, so 14:00 stays 14:00 in
 * Oslo on both sides of a daylight-saving change. Writing again replaces
 * them. A run missed while no worker was up is sent once when one is back
 * (the digest's key per person and week keeps it from repeating).
 * With `db`, inside the caller's transaction (pg-boss's Prisma adapter).
 */
export async function scheduleOffice(boss: PgBoss, office: OfficeSchedule, db?: Db): Promise<void> {
  const options = { tz: office.timezone, key: office.id, missed: "once" as const, ...(db && { db }) };
  await boss.schedule(weekAheadJob.id, digestCron(office.digestWeekday, office.digestTime), { officeId: office.id }, options);
  await boss.schedule(dayReminderJob.id, REMINDER_CRON, { officeId: office.id }, options);
}

/** Every office's schedules as the offices say now, and none for an office that is gone: the worker runs it at start. */
export async function syncOfficeSchedules(boss: PgBoss, db: DbClient): Promise<void> {
  const offices = await db.office.findMany({ select: { id: true, timezone: true, digestWeekday: true, digestTime: true } });
  for (const office of offices) await scheduleOffice(boss, office);
  const known = new Set(offices.map((office) => office.id));
  for (const job of [weekAheadJob, dayReminderJob]) {
    for (const schedule of await boss.getSchedules(job.id)) {
      if (!known.has(schedule.key)) await boss.unschedule(job.id, schedule.key);
    }
  }
}
