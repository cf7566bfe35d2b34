import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import type { IsoDate } from "@/lib/date-only";
import { conflict, notFound, refused } from "@/lib/errors";
import { assignmentOf, seatRequestOf } from "@/lib/rotation";
import { inDayTransaction, lockOfficeDays, makeChoice, officeToday, readDays, refuseBeyondHorizon, refusePast } from "./office-days";

export type ExtraDayResult = { date: IsoDate; status: "confirmed" } | { date: IsoDate; status: "waitlisted"; position: number };

/**
 * Asks for an office day beyond the plan. The request joins the end of the
 * day's queue; the engine gives it a seat at once if one is free
 * (confirmed), or a place on the waitlist. Private, never audited.
 */
export async function requestExtraDay(user: CurrentUser, date: IsoDate, now: Date): Promise<ExtraDayResult> {
  const today = officeToday(user, now);
  refusePast(date, today);
  refuseBeyondHorizon(date, today);
  return inDayTransaction(async (tx) => {
    await lockOfficeDays(tx, user.officeId, [date]);
    const state = await readDays(tx, user, date, date);
    const before = state.result;
    const day = before.days[0];
    if (day?.status === "closed") throw refused("day_closed", `The office is closed on ${date}${day.closure ? ` (${day.closure})` : ""}.`, "date");
    if (day?.status !== "open") throw refused("non_working_day", `The office does not open on ${date}.`, "date");
    const own = assignmentOf(before, date, user.id);
    if (seatRequestOf(before, date, user.id)) throw conflict("already_requested", `You already asked for a seat on ${date}.`, "date");
    if (own.reason.kind === "assigned") throw refused("own_day", `${date} is already one of your office days.`, "date");
    if (own.reason.reason === "opted-out") {
      throw refused("stayed_home", `${date} is your own office day and you stay home: undo the stay-home instead.`, "date");
    }
    if (own.reason.reason === "capacity-cut") {
      throw refused("own_day", `${date} is your own office day; the office is full, and you get the first seat that frees up.`, "date");
    }
    if (own.reason.reason === "inactive") throw refused("inactive", "Inactive people are not part of the rotation.", "date");

    // The day's requests were read under its lock: the end of the queue is known.
    const queueKey = Math.max(0, ...(state.input.seatRequests ?? []).filter((other) => other.date === date).map((other) => other.queueKey)) + 1;
    const after = await makeChoice(tx, user, state, { addRequests: [{ employeeId: user.id, date, kind: "extra", queueKey }] }, now);
    const decision = seatRequestOf(after, date, user.id);
    if (decision?.status === "confirmed") return { date, status: "confirmed" };
    if (decision?.status === "waitlisted") return { date, status: "waitlisted", position: decision.position ?? 1 };
    throw new Error(`The seat request of ${user.id} on ${date} was void right after it was made`);
  });
}

/**
 * Withdraws a seat request: an extra day (held or waiting), or a waiting
 * return after a stay-home. A seat it held goes to the next in line, in the
 * same transaction.
 */
export async function withdrawSeatRequest(user: CurrentUser, date: IsoDate, now: Date): Promise<void> {
  refusePast(date, officeToday(user, now));
  await inDayTransaction(async (tx) => {
    await lockOfficeDays(tx, user.officeId, [date]);
    const state = await readDays(tx, user, date, date);
    if (!seatRequestOf(state.result, date, user.id)) throw notFound(`You have no extra day or waitlist place on ${date}.`, "no_request");
    await makeChoice(tx, user, state, { removeRequestsOf: { employeeId: user.id, dates: [date] } }, now);
  });
}
