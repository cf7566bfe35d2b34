/**
 * Reads the rotation engine's input from the database through any Prisma
 * client. Free of lib/db and "server-only": the app reads through here with
 * its cache (rotation-input.ts), and the delivery worker, which runs outside
 * Next.js with a client of its own, reads the week ahead directly.
 */
import { fromDbDate, type IsoDate } from "@/lib/date-only";
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
 * The office's settings and the range's stay-homes and seat requests in one
 * round trip: every write reads them under its locks, where each round trip
 * waits its turn on a busy server.
 */
export async function loadOfficeChoices(officeId: string, from: IsoDate, to: IsoDate, client: EngineReadClient, days: readonly IsoDate[] | null): Promise<OfficeChoicesRow> {
  const onDays = (column: Prisma.Sql) => (days === null ? Prisma.sql`true` : Prisma.sql`${column} = ANY(${[...days]}::date[])`);
  const [row] = await client.$queryRaw<OfficeChoicesRow[]>`
    SELECT o.id, o.locale, o.seats, o.capacity_percent AS "capacityPercent", o.capacity_fixed AS "capacityFixed",
      o.working_weekdays AS "workingWeekdays", o.revision,
      coalesce((
        SELECT json_agg(json_build_object('employeeId', x.employee_id, 'date', to_char(x.date, 'YYYY-MM-DD')))
        FROM (
          -- Its people's, but not from days they were still in another office (those count there) ...
          SELECT x.employee_id, x.date FROM opt_out x JOIN employee e ON e.id = x.employee_id
          WHERE e.office_id = o.id AND x.date BETWEEN ${from}::date AND ${to}::date AND ${onDays(Prisma.sql`x.date`)}
            AND NOT EXISTS (SELECT 1 FROM office_departure d WHERE d.employee_id = x.employee_id AND d.office_id <> o.id AND d.last_day >= x.date)
          UNION ALL
          -- ... and those of people who moved on, up to their last day here.
          SELECT x.employee_id, x.date FROM opt_out x JOIN (
            SELECT d.employee_id, max(d.last_day) AS last_day FROM office_departure d JOIN employee e ON e.id = d.employee_id
            WHERE d.office_id = o.id AND e.office_id <> o.id GROUP BY d.employee_id
          ) gone ON gone.employee_id = x.employee_id
          WHERE x.date <= gone.last_day AND x.date BETWEEN ${from}::date AND ${to}::date AND ${onDays(Prisma.sql`x.date`)}
        ) x
      ), '[]') AS "optOuts",
      coalesce((
        SELECT json_agg(json_build_object('employeeId', r.employee_id, 'date', to_char(r.date, 'YYYY-MM-DD'), 'kind', r.kind, 'queueKey', r.queue_key))
        FROM seat_request r
        WHERE r.office_id = o.id AND r.date BETWEEN ${from}::date AND ${to}::date AND ${onDays(Prisma.sql`r.date`)}
      ), '[]') AS "seatRequests"
    FROM office o WHERE o.id = ${officeId}`;
  if (!row) throw new Error(`Office ${officeId} does not exist`);
  return row;
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
