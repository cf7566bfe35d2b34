import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/date-only";
import { assignmentOf, computeRotation, inputForDay, type SeatDecision } from "@/lib/rotation";
import { seatChanges, seatKey, type SeatChange, type SeatState } from "@/lib/seats/seat-changes";
import { CHOICE_HORIZON_DAYS, lockOfficesForChange, seatPairs, WRITE_TRANSACTION } from "./office-days";
import { seatChangeMessages } from "@/lib/notifications/seat-messages";
import { notify } from "./notifications";
import { bumpOfficeRevision } from "./office-revision";
import { isStillHere } from "@/lib/people/office-people";
import { loadEngineInput } from "./rotation-input";
import type { Tx } from "./transaction";

/** What an HR change did besides its own work: the seats beyond the plan it gave or took. */
export interface OfficeChange<T> {
  value: T;
  /**
   * Everyone who got or lost a seat (an extra day or a return) through the
   * change, per day: the hook for "you got a seat" / "you lost your seat"
   * notices. Private to each person: never send it to HR's browser.
   */
  seatChanges: SeatChange[];
}

/**
 * Runs one of HR's changes to offices (their settings, closures, plans,
 * teams or people) inside its transaction so that README rule 6 holds:
 *
 * 1. takes the offices' office-wide locks exclusively, before anything else,
 *    so no person's choice runs on them meanwhile (rule 7);
 * 2. decides every day from today to the choice horizon that has a seat
 *    request, before the change and after it;
 * 3. marks every seat the engine now gives as confirmed (`confirmed_at`), so
 *    a later change that takes it shows "HR changed the office";
 * 4. bumps the offices' revisions, so every cache decides them again.
 *
 * Only days with seat requests can gain or lose a seat beyond the plan, and
 * requests exist only up to the horizon (people cannot ask further ahead),
 * so the work is bounded by the requests, not by the calendar.
 */
export async function changeOffices<T>(tx: Tx, officeIds: readonly string[], now: Date, change: () => Promise<T>): Promise<OfficeChange<T>> {
  const offices = [...new Set(officeIds)].sort();
  await lockOfficesForChange(tx, offices);
  const before: { days: IsoDate[]; state: SeatState }[] = [];
  // One after the other: a transaction is one connection.
  for (const officeId of offices) {
    const days = await requestDays(tx, officeId, now);
    before.push({ days, state: await seatsOn(tx, officeId, days, false) });
  }
  const value = await change();
  const changes: SeatChange[] = [];
  const closedDays = new Set<string>();
  const stillHere = new Set<string>();
  for (const [index, officeId] of offices.entries()) {
    await bumpOfficeRevision(tx, officeId);
    const { days, state } = before[index] as (typeof before)[number];
    const after = await seatsOn(tx, officeId, days, true);
    await recordConfirmed(tx, officeId, after.seats, now);
    const changed = seatChanges(state, after);
    changes.push(...changed);
    for (const seat of changed) if (after.closed.has(seat.date)) closedDays.add(seatKey(seat));
    for (const person of after.people) stillHere.add(person);
  }
  // Each person hears about their own seats in the change's transaction: committed, it is never forgotten.
  // A closed day has its own message (lib/data/closures.ts); someone who left (deactivated) is not written to.
  const toTell = changes.filter((seat) => !closedDays.has(seatKey(seat)) && stillHere.has(seat.employeeId));
  await notify(tx, seatChangeMessages(toTell, `hr-change/${randomUUID()}`));
  return { value, seatChanges: changes };
}

/** changeOffices in a transaction of its own. */
export async function inOfficeChange<T>(officeIds: readonly string[], now: Date, change: (tx: Tx) => Promise<T>): Promise<OfficeChange<T>> {
  return db.$transaction((tx) => changeOffices(tx, officeIds, now, () => change(tx)), WRITE_TRANSACTION);
}

/** The office's days from today (its time zone) to the horizon on which someone asked for a seat. */
async function requestDays(tx: Tx, officeId: string, now: Date): Promise<IsoDate[]> {
  const rows = await tx.$queryRaw<{ day: IsoDate }[]>`
    SELECT DISTINCT to_char(r.date, 'YYYY-MM-DD') AS day
    FROM seat_request r JOIN office o ON o.id = r.office_id,
      LATERAL (SELECT (${now}::timestamptz AT TIME ZONE o.timezone)::date AS today) t
    WHERE r.office_id = ${officeId} AND r.date BETWEEN t.today AND t.today + ${CHOICE_HORIZON_DAYS - 1}::int
    ORDER BY 1`;
  return rows.map((row) => row.day);
}

/** Every seat request's decision on `days`, and whether its person comes, each day decided alone (a day's answer depends only on its own choices). */
async function seatsOn(tx: Tx, officeId: string, days: readonly IsoDate[], uncommitted: boolean): Promise<SeatState & { closed: Set<IsoDate>; people: Set<string> }> {
  if (days.length === 0) return { seats: [], expected: new Set(), closed: new Set(), people: new Set() };
  const input = await loadEngineInput(officeId, days[0] as IsoDate, days.at(-1) as IsoDate, tx, { days, uncommitted });
  const closed = new Set(input.closures.map((closure) => closure.date));
  const people = new Set(input.employees.filter(isStillHere).map((employee) => employee.id));
  const seats: SeatDecision[] = [];
  const expected = new Set<string>();
  for (const day of days) {
    const result = computeRotation(inputForDay(input, day));
    for (const seat of result.seats) {
      seats.push(seat);
      if (assignmentOf(result, day, seat.employeeId).expected) expected.add(seatKey(seat));
    }
  }
  return { seats, expected, closed, people };
}

/** Records every seat the engine gives as confirmed: a seat once shown as yours is recognised if a later change takes it. */
async function recordConfirmed(tx: Tx, officeId: string, seats: readonly SeatDecision[], now: Date): Promise<void> {
  const confirmed = seats.filter((seat) => seat.status === "confirmed");
  if (confirmed.length === 0) return;
  await tx.$executeRaw`
    UPDATE seat_request SET confirmed_at = ${now}::timestamptz
    WHERE office_id = ${officeId} AND confirmed_at IS NULL AND (employee_id, date) IN (${seatPairs(confirmed)})`;
}

/**
 * Ends people's seat requests from today on (each request's office's today):
 * for a person who leaves (deactivated: a request kept would take its place
 * in the queue back on their return) or moves to another office (whose
 * rotation and capacity are its own: they ask again there). Past requests
 * stay with the office they were made in, which no longer counts them.
 */
export async function endSeatRequests(tx: Tx, employeeIds: readonly string[], now: Date): Promise<void> {
  if (employeeIds.length === 0) return;
  await tx.$executeRaw`
    DELETE FROM seat_request r USING office o
    WHERE o.id = r.office_id AND r.employee_id = ANY(${[...employeeIds]}::text[]) AND r.date >= (${now}::timestamptz AT TIME ZONE o.timezone)::date`;
}

/**
 * A person moved to another office (call it before the move): their seat
 * requests and stay-homes from today on end (the old office's today). The
 * earlier stay-homes stay with the days they were made for: the old office
 * still counts the person up to their departure, and the new office never
 * reads a stay-home from before it (loadOfficeChoices), where it would
 * single the person out in the new office's totals.
 */
export async function endChoicesOnMove(tx: Tx, employeeIds: readonly string[], now: Date): Promise<void> {
  if (employeeIds.length === 0) return;
  await endSeatRequests(tx, employeeIds, now);
  await tx.$executeRaw`
    DELETE FROM opt_out x USING employee e JOIN office o ON o.id = e.office_id
    WHERE e.id = x.employee_id AND e.id = ANY(${[...employeeIds]}::text[]) AND x.date >= (${now}::timestamptz AT TIME ZONE o.timezone)::date`;
}
