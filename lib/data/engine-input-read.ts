/**
 * Reads the rotation engine's input from the database through any Prisma
 * client. Free of lib/db and "server-only": the app reads through here with
 * its cache (rotation-input.ts), and the delivery worker, which runs outside
 * Next.js with a client of its own, reads the week ahead directly.
 */
import { fromDbDate, plusDays, rangeLength, type IsoDate } from "@/lib/date-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { capacityPerDay } from "@/lib/offices/capacity";
import { officePeople } from "@/lib/people/office-people";
import {
  isRotationLocale,
  rotationRulesSchema,
  type EngineClosure,
  type EngineEmployee,
  type EngineInput,
  type EnginePlanVersion,
  type EngineTeam,
  type Weekday,
} from "@/lib/rotation";
import type { DbClient } from "@/lib/server/prisma-client";

/** The database or a transaction's client. */
export type EngineReadClient = DbClient | Prisma.TransactionClient;

/** What changes only when HR changes the office: its people, teams, plans and closed days. */
export interface OfficeStructure {
  teams: EngineTeam[];
  employees: EngineEmployee[];
  planVersions: EnginePlanVersion[];
  closures: EngineClosure[];
}

export interface OfficeChoicesRow {
  id: string;
  locale: string;
  seats: number;
  capacityPercent: number;
  capacityFixed: number | null;
  workingWeekdays: number[];
  revision: number;
  optOuts: { employeeId: string; date: IsoDate }[];
  seatRequests: { employeeId: string; date: IsoDate; kind: "EXTRA" | "RETURN"; queueKey: number }[];
}

/**
 * Days from which an office's stay-homes are read per person rather than per
 * day (10,000 people: the same at about six weeks; two years per person take
 * a fifth of the time, one day per day a fifth).
 */
const LONG_RANGE = 42;

/** Stay-homes per person as day offsets from the range's first day, and seat requests as tuples: see loadOfficeChoices. */
interface OfficeChoicesWire extends Omit<OfficeChoicesRow, "optOuts" | "seatRequests"> {
  optOuts: [employeeId: string, offsets: number[]][];
  seatRequests: [employeeId: string, offset: number, kind: "EXTRA" | "RETURN", queueKey: number][];
}

/**
 * The office's settings and the range's stay-homes and seat requests in one
 * round trip: every write reads them under its locks, where each round trip
 * waits its turn on a busy server.
 *
 * Two years of an office's stay-homes are hundreds of thousands of rows, so
 * they travel one entry per person with their days as numbers (a fifth of
 * the bytes and parsing of one object per row); the days become dates here,
 * each date string made once.
 */
export async function loadOfficeChoices(officeId: string, from: IsoDate, to: IsoDate, client: EngineReadClient, days: readonly IsoDate[] | null): Promise<OfficeChoicesRow> {
  const onDays = (column: Prisma.Sql) => (days === null ? Prisma.sql`true` : Prisma.sql`${column} = ANY(${[...days]}::date[])`);
  const inRange = (column: Prisma.Sql) => Prisma.sql`${column} BETWEEN ${from}::date AND ${to}::date AND ${onDays(column)}`;
  const stayHomes = (days?.length ?? rangeLength(from, to)) > LONG_RANGE ? longRangeStayHomes(officeId, from, inRange) : shortRangeStayHomes(officeId, from, inRange);
  const [row] = await client.$queryRaw<OfficeChoicesWire[]>`
    SELECT o.id, o.locale, o.seats, o.capacity_percent AS "capacityPercent", o.capacity_fixed AS "capacityFixed",
      o.working_weekdays AS "workingWeekdays", o.revision,
      coalesce((SELECT json_agg(json_build_array(c.id, c.offsets)) FROM (${stayHomes}) c), '[]') AS "optOuts",
      coalesce((
        SELECT json_agg(json_build_array(r.employee_id, r.date - ${from}::date, r.kind, r.queue_key))
        FROM seat_request r
        WHERE r.office_id = o.id AND ${inRange(Prisma.sql`r.date`)}
      ), '[]') AS "seatRequests"
    FROM office o WHERE o.id = ${officeId}`;
  if (!row) throw new Error(`Office ${officeId} does not exist`);
  const dates: IsoDate[] = [];
  const dateAt = (offset: number) => (dates[offset] ??= plusDays(from, offset));
  return {
    ...row,
    optOuts: row.optOuts.flatMap(([employeeId, offsets]) => offsets.map((offset) => ({ employeeId, date: dateAt(offset) }))),
    seatRequests: row.seatRequests.map(([employeeId, offset, kind, queueKey]) => ({ employeeId, date: dateAt(offset), kind, queueKey })),
  };
}

type InRange = (column: Prisma.Sql) => Prisma.Sql;

/** People who moved on from the office (now in another), with their last day in it: their stay-homes count here up to it. */
function movedOn(officeId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT d.employee_id, max(d.last_day) AS last_day FROM office_departure d JOIN employee e ON e.id = d.employee_id
    WHERE d.office_id = ${officeId} AND e.office_id <> ${officeId} GROUP BY d.employee_id`;
}

/**
 * A long range's stay-homes, one index range per person (of the office now,
 * from the day after they were last in another office, where earlier days
 * count; and of those who moved on, up to their last day here): no sort or
 * hash of hundreds of thousands of rows.
 */
function longRangeStayHomes(officeId: string, from: IsoDate, inRange: InRange): Prisma.Sql {
  return Prisma.sql`
    SELECT people.id, choices.offsets FROM (
      SELECT e.id, elsewhere.last_day AS after, 'infinity'::date AS until
      FROM employee e LEFT JOIN (
        SELECT d.employee_id, max(d.last_day) AS last_day FROM office_departure d WHERE d.office_id <> ${officeId} GROUP BY d.employee_id
      ) elsewhere ON elsewhere.employee_id = e.id
      WHERE e.office_id = ${officeId}
      UNION ALL
      SELECT gone.employee_id, NULL, gone.last_day FROM (${movedOn(officeId)}) gone
    ) people CROSS JOIN LATERAL (
      SELECT array_agg(x.date - ${from}::date) AS offsets FROM opt_out x
      WHERE x.employee_id = people.id AND x.date > coalesce(people.after, '-infinity') AND x.date <= people.until AND ${inRange(Prisma.sql`x.date`)}
    ) choices
    WHERE choices.offsets IS NOT NULL`;
}

/** A short range's stay-homes (the same people and days as longRangeStayHomes), found through the date index. */
function shortRangeStayHomes(officeId: string, from: IsoDate, inRange: InRange): Prisma.Sql {
  return Prisma.sql`
    SELECT x.employee_id AS id, array_agg(x.date - ${from}::date) AS offsets FROM (
      SELECT x.employee_id, x.date FROM opt_out x JOIN employee e ON e.id = x.employee_id
      WHERE e.office_id = ${officeId} AND ${inRange(Prisma.sql`x.date`)}
        AND NOT EXISTS (SELECT 1 FROM office_departure d WHERE d.employee_id = x.employee_id AND d.office_id <> ${officeId} AND d.last_day >= x.date)
      UNION ALL
      SELECT x.employee_id, x.date FROM opt_out x JOIN (${movedOn(officeId)}) gone ON gone.employee_id = x.employee_id
      WHERE x.date <= gone.last_day AND ${inRange(Prisma.sql`x.date`)}
    ) x
    GROUP BY x.employee_id`;
}

/** The office's structure, read now (`together`: side by side on a pool, else one after another on a transaction). */
export async function loadStructure(officeId: string, client: EngineReadClient, together: boolean): Promise<OfficeStructure> {
  const reads = [
    () => client.team.findMany({ where: { officeId }, select: { id: true, name: true, essential: true, servesHardHitCustomers: true } }),
    () => loadOfficePeople(officeId, client, together),
    () => client.rotationPlan.findMany({ where: { officeId, status: "PUBLISHED" }, select: { id: true, version: true, effectiveFrom: true, rules: true } }),
    () => client.closure.findMany({ where: { officeId }, select: { date: true, reason: true } }),
  ] as const;
  // A transaction has one connection: its reads go one after another (see readAll in transaction.ts).
  const [teams, employees, plans, closures] = together
    ? await Promise.all([reads[0](), reads[1](), reads[2](), reads[3]()])
    : [await reads[0](), await reads[1](), await reads[2](), await reads[3]()];
  return {
    teams,
    employees,
    planVersions: plans.map((plan) => ({
      id: plan.id,
      version: plan.version,
      effectiveFrom: fromDbDate(plan.effectiveFrom),
      // Published rules were validated when published; parsing again applies defaults.
      rules: rotationRulesSchema.parse(plan.rules),
    })),
    closures: closures.map((closure) => ({ date: fromDbDate(closure.date), reason: closure.reason })),
  };
}

/** The office's people as its rotation knows them: those in it now and those who left it, with their dated changes (lib/people/office-people.ts). */
export async function loadOfficePeople(officeId: string, client: EngineReadClient, together: boolean): Promise<EngineEmployee[]> {
  const reads = [
    () =>
      client.employee.findMany({
        // Its people now, and those who left it (deactivated or moved): they count up to their last day.
        where: { OR: [{ officeId }, { departures: { some: { officeId } } }] },
        select: { id: true, officeId: true, familyName: true, teamId: true, startDate: true, active: true },
      }),
    () => client.earlierPlace.findMany({ where: { officeId }, orderBy: { until: "asc" }, select: { employeeId: true, until: true, teamId: true, familyName: true, away: true } }),
    () => client.officeDeparture.findMany({ where: { officeId }, orderBy: { lastDay: "asc" }, select: { employeeId: true, lastDay: true, teamId: true, familyName: true } }),
  ] as const;
  const [employees, places, departures] = together ? await Promise.all([reads[0](), reads[1](), reads[2]()]) : [await reads[0](), await reads[1](), await reads[2]()];
  return officePeople(
    officeId,
    employees.map((employee) => ({ ...employee, startDate: fromDbDate(employee.startDate) })),
    places.map((place) => ({ ...place, until: fromDbDate(place.until) })),
    departures.map((departure) => ({ ...departure, lastDay: fromDbDate(departure.lastDay) })),
  );
}

/** The engine's input from the office's choices in the range and its structure. */
export function engineInputOf(office: OfficeChoicesRow, structure: OfficeStructure, from: IsoDate, to: IsoDate): EngineInput {
  if (!isRotationLocale(office.locale)) throw new Error(`Office ${office.id} has an unknown alphabet locale "${office.locale}"`);
  return {
    office: {
      id: office.id,
      locale: office.locale,
      capacityPerDay: capacityPerDay(office),
      workingWeekdays: office.workingWeekdays as Weekday[],
    },
    teams: structure.teams,
    employees: structure.employees,
    planVersions: structure.planVersions,
    closures: structure.closures.filter((closure) => closure.date >= from && closure.date <= to),
    optOuts: office.optOuts,
    seatRequests: office.seatRequests.map((request) => ({ ...request, kind: request.kind === "EXTRA" ? "extra" : "return" })),
    from,
    to,
  };
}

/** The engine's input, read afresh without the app's cache (the delivery worker's weekly and nightly reads). */
export async function readEngineInput(client: DbClient, officeId: string, from: IsoDate, to: IsoDate): Promise<EngineInput> {
  const [office, structure] = await Promise.all([loadOfficeChoices(officeId, from, to, client, null), loadStructure(officeId, client, true)]);
  return engineInputOf(office, structure, from, to);
}
