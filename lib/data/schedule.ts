import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";
import { plusDays, type IsoDate } from "@/lib/date-only";
import type { ShownTotals } from "@/lib/privacy/small-groups";
import { scheduleFor, type AssignmentReason, type RotationDay } from "@/lib/rotation";
import { officeToday } from "./office-days";
import { getOfficeRotation } from "./office-rotation";
import { shownDays } from "./shown-totals";

function rangeFrom(today: IsoDate, days: number): { from: IsoDate; to: IsoDate } {
  return { from: today, to: plusDays(today, days - 1) };
}

/** Only how full the office is: the team page shows no other count. */
export type TeamDayLoad = Pick<ShownTotals, "capacity" | "expected" | "free" | "suppressed">;

export interface TeamDay {
  date: IsoDate;
  status: RotationDay["status"];
  closure: string | null;
  /** Members whose day it is by the plan, whether or not they come: never reveals an opt-out. */
  teamScheduled: number;
  /** How full the office is, as anyone may see it (no count of choices in a small group). */
  load: TeamDayLoad;
}

/**
 * The viewer's team in aggregate: per day, how many members the plan puts in
 * and how full the office is. Counts come from the plan's rules, not from
 * attendance, so no individual choice to stay home can be read from them.
 */
export async function getTeamSchedule(user: CurrentUser, now: Date, days = 14) {
  if (!user.teamId) return null;
  const { from, to } = rangeFrom(officeToday(user, now), days);
  const [result, members] = await Promise.all([
    getOfficeRotation(user.officeId, from, to),
    db.employee.findMany({ where: { teamId: user.teamId, active: true }, select: { id: true } }),
  ]);
  const loads = shownDays(result);
  const scheduled = new Array<number>(result.days.length).fill(0);
  for (const member of members) {
    scheduleFor(result, member.id).forEach((day, index) => {
      if (isPlannedIn(day.reason)) scheduled[index] = (scheduled[index] ?? 0) + 1;
    });
  }
  return result.days
    .map((day, index) => ({
      date: day.date,
      status: day.status,
      closure: day.closure,
      teamScheduled: scheduled[index] ?? 0,
      load: loadOf(loads[index] as ShownTotals),
    }))
    .filter((day) => day.status !== "non-working");
}

const loadOf = ({ capacity, expected, free, suppressed }: ShownTotals): TeamDayLoad => ({ capacity, expected, free, suppressed });

/** Their rule gives them the day: they come, stay home, or were cut for capacity. */
function isPlannedIn(reason: AssignmentReason): boolean {
  return reason.kind === "assigned" || reason.reason === "opted-out" || reason.reason === "capacity-cut";
}
