import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { fromDbDate, type IsoDate } from "@/lib/date-only";
import { capacityPerDay } from "@/lib/offices/capacity";
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
import { readAll, type ReadClient } from "./transaction";

/** What changes only when HR changes the office: its people, teams, plans and closed days. */
interface OfficeStructure {
  teams: EngineTeam[];
  employees: EngineEmployee[];
  planVersions: EnginePlanVersion[];
  closures: EngineClosure[];
}

interface StructureEntry {
  /** The office's revision when loaded (or later: loaded after it was read). */
  key: number;
  structure: Promise<OfficeStructure>;
  /** The structure once loaded. */
  ready: OfficeStructure | null;
}

// One entry per office: the structure of 10,000 people is a few MB at most.
const structures = new Map<string, StructureEntry>();

/**
 * Everything the rotation engine needs to decide an office's days from
 * `from` to `to`: the office, all its people and teams, its published plan
 * versions, and the closures, opt-outs and seat requests in the range.
 *
 * People, teams, plans and closures are cached per office by its
 * `revision`, which only HR's changes move (people's own choices bump their
 * day's revision instead): so a write, or the read after it, loads only the
 * range's opt-outs and seat requests, not 10,000 employees.
 * Pass a transaction's client to read the choices as that transaction sees
 * them (after its advisory locks).
 */
export async function loadEngineInput(
  officeId: string,
  from: IsoDate,
  to: IsoDate,
  client: ReadClient = db,
  options: LoadOptions = {},
): Promise<EngineInput> {
  const office = await loadOfficeChoices(officeId, from, to, client, options.days ?? null);
  if (!isRotationLocale(office.locale)) throw new Error(`Office ${office.id} has an unknown alphabet locale "${office.locale}"`);
  const structure = options.uncommitted ? await loadStructure(officeId, client) : await officeStructure(officeId, office.revision, client);
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

export interface LoadOptions {
  /** Only these days' stay-homes and seat requests (the rest of the range is not decided from them). */
  days?: readonly IsoDate[];
  /**
   * The transaction changed the office itself (HR's change, not committed
   * yet): load its structure afresh and keep it out of the cache, which must
   * only ever hold what a committed revision stands for.
   */
  uncommitted?: boolean;
}

interface OfficeChoicesRow {
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
async function loadOfficeChoices(officeId: string, from: IsoDate, to: IsoDate, client: ReadClient, days: readonly IsoDate[] | null): Promise<OfficeChoicesRow> {
  const onDays = (column: Prisma.Sql) => (days === null ? Prisma.sql`true` : Prisma.sql`${column} = ANY(${[...days]}::date[])`);
  const [row] = await client.$queryRaw<OfficeChoicesRow[]>`
    SELECT o.id, o.locale, o.seats, o.capacity_percent AS "capacityPercent", o.capacity_fixed AS "capacityFixed",
      o.working_weekdays AS "workingWeekdays", o.revision,
      coalesce((
        SELECT json_agg(json_build_object('employeeId', x.employee_id, 'date', to_char(x.date, 'YYYY-MM-DD')))
        FROM opt_out x JOIN employee e ON e.id = x.employee_id
        WHERE e.office_id = o.id AND x.date BETWEEN ${from}::date AND ${to}::date AND ${onDays(Prisma.sql`x.date`)}
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

/**
 * The cached structure, or a fresh load. Inside a transaction it loads
 * through that transaction's client: a write holding day locks must never
 * wait for a second pool connection (50 writers would exhaust the pool).
 */
async function officeStructure(officeId: string, key: number, client: ReadClient): Promise<OfficeStructure> {
  const hit = structures.get(officeId);
  if (hit && hit.key >= key && (client === db || hit.ready)) return hit.ready ?? hit.structure;
  if (client !== db) {
    const structure = await loadStructure(officeId, client);
    const current = structures.get(officeId);
    if (!current || current.key < key) structures.set(officeId, { key, structure: Promise.resolve(structure), ready: structure });
    return structure;
  }
  // Loaded after `key` was read, so at worst newer than it, never older.
  const entry: StructureEntry = { key, structure: loadStructure(officeId, db), ready: null };
  entry.structure.then(
    (structure) => (entry.ready = structure),
    () => structures.get(officeId) === entry && structures.delete(officeId),
  );
  structures.set(officeId, entry);
  return entry.structure;
}

async function loadStructure(officeId: string, client: ReadClient): Promise<OfficeStructure> {
  const [teams, employees, plans, closures] = await readAll(client, [
    () => client.team.findMany({ where: { officeId }, select: { id: true, name: true, essential: true, servesHardHitCustomers: true } }),
    () => client.employee.findMany({ where: { officeId }, select: { id: true, familyName: true, teamId: true, startDate: true, active: true } }),
    () => client.rotationPlan.findMany({ where: { officeId, status: "PUBLISHED" }, select: { id: true, version: true, effectiveFrom: true, rules: true } }),
    () => client.closure.findMany({ where: { officeId }, select: { date: true, reason: true } }),
  ]);
  return {
    teams,
    employees: employees.map((employee) => ({ ...employee, startDate: fromDbDate(employee.startDate) })),
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
