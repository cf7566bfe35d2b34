import "server-only";
import { db } from "@/lib/db";
import { plusDays, todayIn, type IsoDate } from "@/lib/date-only";
import { notFound } from "@/lib/errors";
import { computeRotation, scheduleFor, type AssignmentReason } from "@/lib/rotation";
import { loadPreviewBase } from "./plan-roster";

/** How far ahead HR sees a person's planned days: four weeks. */
export const PLANNED_DAYS_AHEAD = 28;

export interface PlannedDay {
  date: IsoDate;
  /** The plan puts them in that day (after capacity). */
  planned: boolean;
  reason: AssignmentReason;
}

/**
 * One person's coming working days as the published plan decides them, for
 * HR's employee page. The engine runs on the preview base, which holds no
 * opt-outs and no seat requests: HR sees the plan's days and reasons, never
 * the person's choices (a day at home, an extra day, a waitlist place).
 */
export async function getPlannedDays(employeeId: string, now: Date): Promise<PlannedDay[]> {
  const employee = await db.employee.findUnique({ where: { id: employeeId }, select: { office: { select: { id: true, timezone: true } } } });
  if (!employee) throw notFound("No employee with this id.");
  const today = todayIn(employee.office.timezone, now);
  const { base } = await loadPreviewBase(employee.office.id, today);
  const result = computeRotation({ ...base, optOuts: [], seatRequests: [], from: today, to: plusDays(today, PLANNED_DAYS_AHEAD - 1) });
  return scheduleFor(result, employeeId)
    .filter((day) => !(day.reason.kind === "not-expected" && day.reason.reason === "non-working-day"))
    .map(({ date, expected, reason }) => ({ date, planned: expected, reason }));
}
