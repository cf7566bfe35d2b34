import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";
import { fromDbDate, plusDays, toDbDate, type IsoDate } from "@/lib/date-only";
import type { ShownTotals } from "@/lib/privacy/small-groups";
import { scheduleFor, type AssignmentReason, type DayStatus, type RotationDay, type Seat } from "@/lib/rotation";
import { choicesFor, type DayChoice } from "@/lib/seats/day-choices";
import { badRequest } from "@/lib/errors";
import { dayRangeSchema, LAST_DAY } from "@/lib/validation/dates";
import { officeToday } from "./office-days";
import { getOfficeRotation } from "./office-rotation";
import { shownDays } from "./shown-totals";

/** How full the office is on a day: totals only, never who, and no count of choices in a small group (the person's own choices are in their day). */
export type DayTotals = ShownTotals;

export interface MyDay {
  date: IsoDate;
  status: "office" | "home" | "closed" | "non-working";
  /** The plan's machine-readable reason (the engine's). */
  reason: AssignmentReason;
  seat: Seat;
  /**
   * "hr-change": the person was told this seat was theirs, and an HR change
   * to the office (capacity, closures, plans, people) put them back on the waitlist.
   */
  notice: "hr-change" | null;
  /** What they may do about the day now (none on past days). */
  choices: DayChoice[];
  totals: DayTotals;
}

export const DEFAULT_DAYS = 28;

/**
 * The signed-in person's days from `from` to `to` (default: today in their
 * office's time zone and four weeks on), with the office's totals. Read from
 * the cached engine result of the office; only the person's own requests
 * are read besides, to tell a seat HR took back.
 */
export async function getMyDays(user: CurrentUser, now: Date, range: { from?: IsoDate; to?: IsoDate } = {}) {
  const today = officeToday(user, now);
  const from = range.from ?? today;
  // The default end stops at the last day the app accepts, so from=2100-12-31 alone still answers.
  const to = range.to ?? minDay(plusDays(from, DEFAULT_DAYS - 1), LAST_DAY);
  // The query schema checks a range given whole; a range completed with today is checked here, with the same rule.
  const resolved = dayRangeSchema.safeParse({ from, to });
  if (!resolved.success) {
    const issue = resolved.error.issues[0];
    const field = String(issue?.path[0] ?? "to");
    throw badRequest(`query field "${field}": ${issue?.message}${range.from ? "" : ` (from is today, ${today}, when not given)`}`, field);
  }
  const [result, confirmed] = await Promise.all([
    getOfficeRotation(user.officeId, from, to),
    db.seatRequest.findMany({
      where: { employeeId: user.id, date: { gte: toDbDate(from), lte: toDbDate(to) }, confirmedAt: { not: null } },
      select: { date: true },
    }),
  ]);
  const wasConfirmed = new Set(confirmed.map((request) => fromDbDate(request.date)));
  const shown = shownDays(result);
  const days: MyDay[] = scheduleFor(result, user.id).map((own, index) => {
    const day = result.days[index] as RotationDay;
    const facts = { status: day.status, reason: own.reason, seat: own.seat };
    return {
      date: own.date,
      status: statusOf(day.status, own.expected),
      reason: own.reason,
      seat: own.seat,
      notice: own.seat.kind === "waitlisted" && wasConfirmed.has(own.date) ? "hr-change" : null,
      choices: own.date < today ? [] : choicesFor(facts),
      totals: shown[index] as ShownTotals,
    };
  });
  return { from, to, today, days, hasPlan: result.days.some((day) => day.planVersionId !== null) };
}

const minDay = (a: IsoDate, b: IsoDate) => (a < b ? a : b);

function statusOf(status: DayStatus, expected: boolean): MyDay["status"] {
  if (status !== "open") return status;
  return expected ? "office" : "home";
}
