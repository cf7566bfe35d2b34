import { sendDayReminders, sendWeekAhead } from "@/lib/data/week-ahead";
import { env } from "@/lib/env";
import type { JobHandler } from "../../handler";
import type { dayReminderJob, weekAheadJob } from "./week-ahead";

/** The office's digests for the week ahead; an office deleted since its schedule was written is skipped. */
export const writeWeekAhead: JobHandler<typeof weekAheadJob> = async ({ officeId }, _run, { db, now }) => {
  if (!(await db.office.findUnique({ where: { id: officeId }, select: { id: true } }))) return;
  await sendWeekAhead(db, officeId, now(), env().PRIVACY_MIN_GROUP);
};

export const writeDayReminders: JobHandler<typeof dayReminderJob> = async ({ officeId }, _run, { db, now }) => {
  if (!(await db.office.findUnique({ where: { id: officeId }, select: { id: true } }))) return;
  await sendDayReminders(db, officeId, now(), env().PRIVACY_MIN_GROUP);
};
