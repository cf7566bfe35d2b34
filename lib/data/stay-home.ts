import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import type { IsoDate } from "@/lib/date-only";
import { notFound, refused } from "@/lib/errors";
import { assignmentOf, seatRequestOf, type RotationResult } from "@/lib/rotation";
import { isOwnDay } from "@/lib/seats/day-choices";
import type { StayHomeInput } from "@/lib/validation/my-days";
import { daysBetween, inDayTransaction, lockOfficeDays, makeChoice, officeToday, readDays, refuseBeyondHorizon, refusePast, type ChoiceChange, type DaysState } from "./office-days";

export interface StayHomeResult {
  /** Every day of the request on which the person now stays home. */
  days: IsoDate[];
}

/**
 * "I'll stay home" for one day or for every office day of a period. A day
 * qualifies when the plan gives it to the person (coming, or cut for
 * capacity), or when they hold or wait for an extra seat on it (staying
 * home withdraws that request). Never audited: the choice is private.
 */
export async function stayHome(user: CurrentUser, input: StayHomeInput, now: Date): Promise<StayHomeResult> {
  const to = input.to ?? input.from;
  const today = officeToday(user, now);
  refusePast(input.from, today, "from");
  refuseBeyondHorizon(to, today, input.to === undefined ? "from" : "to");
  const range = daysBetween(input.from, to);
  return inDayTransaction(async (tx) => {
    await lockOfficeDays(tx, user.officeId, range);
    const state = await readDays(tx, user, input.from, to);
    const before = state.result;
    const optOutDays: IsoDate[] = [];
    const withdrawDays: IsoDate[] = [];
    for (const date of range) {
      const day = before.days.find((candidate) => candidate.date === date);
      if (day?.status !== "open") continue;
      const own = assignmentOf(before, date, user.id);
      const request = seatRequestOf(before, date, user.id);
      if (own.reason.kind === "not-expected" && own.reason.reason === "opted-out") optOutDays.push(date);
      else if (isOwnDay(own.reason)) optOutDays.push(date);
      else if (request && request.status !== "void") withdrawDays.push(date);
    }
    if (optOutDays.length + withdrawDays.length === 0) throw refuseNoDay(before, input.from, to, input.to === undefined);

    // A return request is moot once they stay home; an extra day is withdrawn.
    const touched = [...optOutDays, ...withdrawDays];
    await makeChoice(tx, user, state, {
      addOptOuts: optOutDays.map((date) => ({ employeeId: user.id, date })),
      removeRequestsOf: { employeeId: user.id, dates: touched },
    }, now);
    return { days: touched.sort() };
  });
}

function refuseNoDay(result: RotationResult, from: IsoDate, to: IsoDate, single: boolean) {
  if (!single) return refused("no_office_days", `You have no office days from ${from} to ${to}, so there is nothing to stay home from.`, "from");
  const day = result.days[0];
  if (day?.status === "closed") return refused("day_closed", `The office is closed on ${from}.`, "from");
  return refused("not_your_day", `${from} is not one of your office days, so there is nothing to stay home from.`, "from");
}

export type UndoResult = { date: IsoDate; status: "office" | "home" } | { date: IsoDate; status: "waitlisted"; position: number };

/**
 * Undoes a stay-home. If the day still has a free seat the person simply
 * comes (nobody is displaced: seats are handed out in a fixed order, so a
 * free seat means nobody was waiting for it). If the freed seat already went
 * to someone else, the stay-home stays and the person is put first on the
 * day's waitlist: a confirmed seat is never taken from anyone.
 */
export async function undoStayHome(user: CurrentUser, date: IsoDate, now: Date): Promise<UndoResult> {
  const today = officeToday(user, now);
  refusePast(date, today);
  refuseBeyondHorizon(date, today);
  return inDayTransaction(async (tx) => {
    await lockOfficeDays(tx, user.officeId, [date]);
    const state = await readDays(tx, user, date, date);
    if (!state.input.optOuts.some((optOut) => optOut.employeeId === user.id)) {
      throw notFound(`You do not stay home on ${date}, so there is nothing to undo.`, "not_staying_home");
    }
    const before = state.result;
    const pending = seatRequestOf(before, date, user.id);
    if (pending?.kind === "return" && pending.status !== "void") {
      // Undone before and still waiting (or back): say where they stand.
      return pending.status === "waitlisted" ? { date, status: "waitlisted", position: pending.position ?? 1 } : { date, status: "office" };
    }
    const day = before.days[0];
    const own = assignmentOf(before, date, user.id);
    const stillTheirs = own.reason.kind === "not-expected" && own.reason.reason === "opted-out";
    const mine = { employeeId: user.id, dates: [date] };
    if (!day || day.status !== "open" || !stillTheirs || day.freeSeats >= 1) {
      await makeChoice(tx, user, state, { removeOptOutsOf: mine, removeRequestsOf: mine }, now);
      return { date, status: stillTheirs && day?.status === "open" ? "office" : "home" };
    }
    const after = await makeChoice(tx, user, state, { removeRequestsOf: mine, ...firstInLine(user, date, state) }, now);
    const placed = seatRequestOf(after, date, user.id);
    if (placed?.status === "confirmed") return { date, status: "office" };
    return { date, status: "waitlisted", position: placed?.position ?? 1 };
  });
}

/** A return request ahead of everyone waiting: the waiting requests move one place back. */
function firstInLine(user: CurrentUser, date: IsoDate, state: DaysState): ChoiceChange {
  const requests = (state.input.seatRequests ?? []).filter((request) => request.date === date && request.employeeId !== user.id);
  const waitingKeys = requests
    .filter((request) => seatRequestOf(state.result, date, request.employeeId)?.status === "waitlisted")
    .map((request) => request.queueKey);
  const queueKey = waitingKeys.length > 0 ? Math.min(...waitingKeys) : Math.max(0, ...requests.map((request) => request.queueKey)) + 1;
  return {
    ...(waitingKeys.length > 0 && { shiftQueue: { date, from: queueKey } }),
    addRequests: [{ employeeId: user.id, date, kind: "return", queueKey }],
  };
}
