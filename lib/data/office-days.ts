import "server-only";
import { randomUUID } from "node:crypto";
import { differenceInCalendarDays } from "date-fns";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { everyDay, plusDays, rangeLength, todayIn, toDbDate, type IsoDate } from "@/lib/date-only";
import { conflict, refused } from "@/lib/errors";
import { computeRotation, type EngineInput, type EngineOptOut, type EngineSeatRequest, type RotationResult, type SeatDecision } from "@/lib/rotation";
import { MAX_RANGE_DAYS } from "@/lib/validation/dates";
import { seatChangeMessages } from "@/lib/notifications/seat-messages";
import { seatKey } from "@/lib/seats/seat-changes";
import { notify } from "./notifications";
import { isStillHere } from "@/lib/people/office-people";
import { loadEngineInput } from "./rotation-input";
import type { Tx } from "./transaction";

const EPOCH = toDbDate("1970-01-01");

/** Days since 1970-01-01: the second key of a day's advisory lock. */
export function dayNumber(day: IsoDate): number {
  return differenceInCalendarDays(toDbDate(day), EPOCH);
}

/**
 * Every calendar day from `from` to `to`, inclusive, each to be locked. The
 * schemas bound every range a caller can give; this refuses anything longer
 * anyway, so a caller that forgot to validate cannot lock without bound.
 */
export function daysBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  if (rangeLength(from, to) > MAX_RANGE_DAYS) throw new Error(`daysBetween: ${from}..${to} is longer than ${MAX_RANGE_DAYS} days`);
  return everyDay(from, to);
}

/**
 * The second lock key that stands for the whole office rather than a day: it
 * sorts before every day (day numbers count from 1970), so taking it first
 * keeps the ascending order.
 */
export const WHOLE_OFFICE = -1;

/**
 * Serialises every employee write on an office's days: one transaction-long
 * advisory lock per (office, day), always taken in ascending date order so
 * two writes over overlapping periods cannot deadlock. Whoever holds a day's
 * lock reads the day after every earlier write on it committed.
 *
 * First it takes the office-wide key in shared mode: people's writes never
 * wait for each other on it, but HR's changes to the office take it
 * exclusively (lockOfficesForChange), so a change to capacity, closures,
 * plans or people never interleaves with a person's choice.
 */
export async function lockOfficeDays(tx: Tx, officeId: string, days: readonly IsoDate[]): Promise<void> {
  const numbers = [WHOLE_OFFICE, ...new Set(days.map(dayNumber))].sort((a, b) => a - b);
  // The sorted subquery hands the locks to the aggregate in ascending order: the office-wide key first.
  await tx.$queryRaw`SELECT count(CASE WHEN d = ${WHOLE_OFFICE} THEN pg_advisory_xact_lock_shared(hashtext(${officeId}), d) ELSE pg_advisory_xact_lock(hashtext(${officeId}), d) END)
    FROM (SELECT unnest(${numbers}::int[]) AS d ORDER BY 1) AS days`;
}

/**
 * HR's side of lockOfficeDays: the office-wide key of each office, exclusively,
 * in ascending order of office id (a move touches two offices, an import
 * several). One lock per office instead of one per day, so a change to a
 * whole year of days does not fill PostgreSQL's lock table. Take it before
 * touching the office's rows or any row a person's write touches (stay-homes,
 * seat requests, day revisions), so nothing it waits for waits for it; the
 * only locks before it are the import's and the admins' rows (lockActiveAdmins),
 * which people's writes never take.
 */
export async function lockOfficesForChange(tx: Tx, officeIds: readonly string[]): Promise<void> {
  const ids = [...new Set(officeIds)].sort();
  await tx.$queryRaw`SELECT count(pg_advisory_xact_lock(hashtext(id), ${WHOLE_OFFICE}::int)) FROM (SELECT unnest(${ids}::text[]) AS id ORDER BY 1) AS offices`;
}

/** The office's days from `from` to `to` as the transaction sees them now, with the input they were decided from. */
export interface DaysState {
  input: EngineInput;
  result: RotationResult;
}

/**
 * Reads the person's office's days under the locks. Refuses when the person
 * is no longer one of the office's active people: HR moved or deactivated
 * them after their request began (a choice is only ever stored, and answered,
 * in the office that counts it).
 */
export async function readDays(tx: Tx, user: Pick<CurrentUser, "id" | "officeId">, from: IsoDate, to: IsoDate): Promise<DaysState> {
  const input = await loadEngineInput(user.officeId, from, to, tx);
  const self = input.employees.find((employee) => employee.id === user.id);
  if (!self) throw conflict("office_changed", "HR moved you to another office meanwhile: reload your days and choose again there.");
  if (!isStillHere(self)) throw refused("inactive", "Inactive people are not part of the rotation.");
  return { input, result: computeRotation(input) };
}

/** The choices a write makes, applied to the input it read (the same rows it writes). */
export interface ChoiceChange {
  addOptOuts?: readonly EngineOptOut[];
  removeOptOutsOf?: { employeeId: string; dates: readonly IsoDate[] };
  removeRequestsOf?: { employeeId: string; dates: readonly IsoDate[] };
  /** Move every request of `date` with a key >= `from` one place back. */
  shiftQueue?: { date: IsoDate; from: number };
  addRequests?: readonly EngineSeatRequest[];
}

/**
 * The days after a write, decided from the state read under the locks plus
 * the write itself: nobody else can change these days meanwhile, so there
 * is no need to read them again.
 */
export function decideAfter(state: DaysState, change: ChoiceChange): RotationResult {
  const matches = (of: { employeeId: string; dates: readonly IsoDate[] } | undefined, row: { employeeId: string; date: IsoDate }) =>
    of !== undefined && row.employeeId === of.employeeId && of.dates.includes(row.date);
  const optOuts = state.input.optOuts.filter((row) => !matches(change.removeOptOutsOf, row));
  for (const added of change.addOptOuts ?? []) {
    if (!optOuts.some((row) => row.employeeId === added.employeeId && row.date === added.date)) optOuts.push(added);
  }
  const shift = change.shiftQueue;
  const seatRequests = (state.input.seatRequests ?? [])
    .filter((row) => !matches(change.removeRequestsOf, row))
    .map((row) => (shift && row.date === shift.date && row.queueKey >= shift.from ? { ...row, queueKey: row.queueKey + 1 } : row));
  seatRequests.push(...(change.addRequests ?? []));
  return computeRotation({ ...state.input, optOuts, seatRequests });
}

/** Today in the person's office's time zone. */
export function officeToday(user: Pick<CurrentUser, "officeTimezone">, now: Date): IsoDate {
  return todayIn(user.officeTimezone, now);
}

/** Refuses a day before today (in the office's time zone): the past is not changed. */
export function refusePast(day: IsoDate, today: IsoDate, field = "date"): void {
  if (day < today) throw refused("past_day", `${day} is in the past (today is ${today} in your office); past days cannot be changed.`, field);
}

/** (employee_id, date) rows for `... IN (${seatPairs(decisions)})`: which requests to mark confirmed. */
export function seatPairs(decisions: readonly Pick<SeatDecision, "employeeId" | "date">[]): Prisma.Sql {
  return Prisma.sql`SELECT * FROM unnest(${decisions.map((decision) => decision.employeeId)}::text[], ${decisions.map((decision) => decision.date)}::date[])`;
}

/**
 * How far ahead people's own choices reach: today and the next 365 days. It
 * bounds the days on which a seat request can exist, and so the days HR's
 * changes must check for seats given or taken (office-changes.ts).
 */
export const CHOICE_HORIZON_DAYS = 366;

/** The last day a person may choose anything about, counted from their office's today. */
export function lastChoiceDay(today: IsoDate): IsoDate {
  return plusDays(today, CHOICE_HORIZON_DAYS - 1);
}

/** Refuses a day beyond the horizon: a stay-home, undo or extra day more than a year ahead. */
export function refuseBeyondHorizon(day: IsoDate, today: IsoDate, field = "date"): void {
  const last = lastChoiceDay(today);
  if (day > last) throw refused("beyond_horizon", `${day} is too far ahead: choose days up to ${last}, a year from today.`, field);
}

/**
 * Makes one person's choice on days the transaction has locked and read:
 * decides the days after it (decideAfter) and writes everything in one
 * statement: the stay-homes and seat requests the change describes, the
 * promotions it causes (`confirmed_at`, so a seat shown as confirmed can later
 * be recognised if an HR change takes it), and the days' revisions (so every
 * cached view decides them again). One statement, because on a busy server
 * every round trip waits its turn.
 */
export async function makeChoice(
  tx: Tx,
  user: Pick<CurrentUser, "id" | "officeId">,
  state: DaysState,
  change: ChoiceChange,
  now: Date,
): Promise<RotationResult> {
  const after = decideAfter(state, change);
  const { id: person, officeId } = user;
  const added = change.addRequests ?? [];
  const addedDays = new Set(added.map((request) => request.date));
  // A request that is replaced is updated in place (one row per person and day).
  const removedRequestDays = (change.removeRequestsOf?.dates ?? []).filter((day) => !addedDays.has(day));
  const confirmed = after.seats.filter(
    (decision) => decision.status === "confirmed" && !(decision.employeeId === person && addedDays.has(decision.date)),
  );
  const isConfirmed = (date: IsoDate) => after.seats.some((decision) => decision.employeeId === person && decision.date === date && decision.status === "confirmed");
  const shift = change.shiftQueue;
  const confirmedPairs = seatPairs(confirmed);
  const shifted = shift ? Prisma.sql`(date = ${shift.date}::date AND queue_key >= ${shift.from})` : Prisma.sql`false`;

  await tx.$executeRaw`
    WITH removed_opt_outs AS (
      DELETE FROM opt_out WHERE employee_id = ${person} AND date = ANY(${[...(change.removeOptOutsOf?.dates ?? [])]}::date[])
    ), added_opt_outs AS (
      INSERT INTO opt_out (id, employee_id, date)
      SELECT gen_random_uuid()::text, ${person}, day FROM unnest(${(change.addOptOuts ?? []).map((row) => row.date)}::date[]) AS day
      ON CONFLICT (employee_id, date) DO NOTHING
    ), removed_requests AS (
      DELETE FROM seat_request WHERE employee_id = ${person} AND date = ANY(${removedRequestDays}::date[])
    ), shifted AS (
      UPDATE seat_request
      SET queue_key = queue_key + 1,
        confirmed_at = CASE WHEN confirmed_at IS NULL AND (employee_id, date) IN (${confirmedPairs}) THEN ${now}::timestamptz ELSE confirmed_at END
      WHERE office_id = ${officeId} AND employee_id <> ${person} AND ${shifted}
    ), added_requests AS (
      INSERT INTO seat_request (id, employee_id, office_id, date, kind, queue_key, confirmed_at)
      SELECT gen_random_uuid()::text, ${person}, ${officeId}, r.day, r.kind::seat_request_kind, r.queue_key, CASE WHEN r.confirmed THEN ${now}::timestamptz END
      FROM unnest(
        ${added.map((request) => request.date)}::date[],
        ${added.map((request) => (request.kind === "extra" ? "EXTRA" : "RETURN"))}::text[],
        ${added.map((request) => request.queueKey)}::int[],
        ${added.map((request) => isConfirmed(request.date))}::boolean[]
      ) AS r(day, kind, queue_key, confirmed)
      ON CONFLICT (employee_id, date) DO UPDATE
      -- A row left from another office (one person, one request a day) now counts in this one.
      SET office_id = excluded.office_id, kind = excluded.kind, queue_key = excluded.queue_key, confirmed_at = excluded.confirmed_at, created_at = now()
    ), confirmed AS (
      UPDATE seat_request SET confirmed_at = ${now}::timestamptz
      WHERE office_id = ${officeId} AND confirmed_at IS NULL AND NOT (employee_id <> ${person} AND ${shifted})
        AND NOT (employee_id = ${person} AND date = ANY(${[...addedDays]}::date[]))
        AND (employee_id, date) IN (${confirmedPairs})
    ), revisions AS (
      INSERT INTO office_day_revision (office_id, date, revision)
      SELECT ${officeId}, day, 1 FROM unnest(${after.days.map((day) => day.date)}::date[]) AS day
      ON CONFLICT (office_id, date) DO UPDATE SET revision = office_day_revision.revision + 1
    )
    SELECT 1`;
  // Whoever this choice gave a seat (the next in line when a seat frees up) is told, in the same transaction.
  const heldBefore = new Set(state.result.seats.filter((decision) => decision.status === "confirmed").map(seatKey));
  const promoted = confirmed.filter((decision) => decision.employeeId !== person && !heldBefore.has(seatKey(decision)));
  if (promoted.length > 0) {
    await notify(tx, seatChangeMessages(promoted.map(({ employeeId, date }) => ({ employeeId, date, change: "gained" as const })), `choice/${randomUUID()}`));
  }
  return after;
}

/** Long enough for a heavily contended day (50 people at once) on a slow machine. */
export const WRITE_TRANSACTION = { maxWait: 20_000, timeout: 30_000 } as const;

export async function inDayTransaction<T>(run: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(run, WRITE_TRANSACTION);
}
