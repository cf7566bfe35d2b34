import "server-only";
import { db } from "@/lib/db";
import { fromDbDate, toDbDate, type IsoDate } from "@/lib/date-only";
import { capacityPerDay } from "@/lib/offices/capacity";
import type { PreviewBase } from "@/lib/plans/preview";
import { isRotationLocale, rotationRulesSchema, type RulesContext, type Weekday } from "@/lib/rotation";
import { notFound } from "@/lib/errors";
import { loadOfficePeople } from "./engine-input-read";
import { readAll, type ReadClient } from "./transaction";

/** How far ahead closures are loaded for previews (a preview starts at most this far out). */
const CLOSURE_HORIZON_DAYS = 730;

export interface PlanOffice {
  id: string;
  name: string;
  timezone: string;
  context: RulesContext & { teamIds: string[]; workingWeekdays: Weekday[] };
}

/**
 * An office's people, teams, published versions and closures: what a plan
 * preview runs the engine on. Never opt-outs: a plan is judged by whom it
 * puts in, and nobody may learn who stays home. Names are included for the
 * "whose days?" picker of HR's preview.
 */
export async function loadPreviewBase(officeId: string, today: IsoDate, client: ReadClient = db) {
  const horizon = new Date(toDbDate(today).getTime() + CLOSURE_HORIZON_DAYS * 86_400_000);
  const [office, teams, employees, people, plans, closures] = await readAll(client, [
    () => client.office.findUnique({ where: { id: officeId }, select: { id: true, name: true, timezone: true, locale: true, seats: true, capacityPercent: true, capacityFixed: true, workingWeekdays: true } }),
    () => client.team.findMany({ where: { officeId }, orderBy: { name: "asc" }, select: { id: true, name: true, essential: true, servesHardHitCustomers: true } }),
    () =>
      client.employee.findMany({
        where: { officeId },
        orderBy: [{ familyName: "asc" }, { givenName: "asc" }],
        select: { id: true, givenName: true, familyName: true },
      }),
    // As the office's rotation knows them, dated changes included: the days a preview compares are the days people have.
    () => loadOfficePeople(officeId, client, client === db),
    () => client.rotationPlan.findMany({ where: { officeId, status: "PUBLISHED" }, select: { id: true, version: true, effectiveFrom: true, rules: true } }),
    () => client.closure.findMany({ where: { officeId, date: { gte: toDbDate(today), lte: horizon } }, select: { date: true, reason: true } }),
  ]);
  if (!office) throw notFound("There is no such office.", "office_not_found");
  if (!isRotationLocale(office.locale)) throw new Error(`Office ${office.id} has an unknown alphabet locale "${office.locale}"`);
  const workingWeekdays = office.workingWeekdays as Weekday[];
  const base: PreviewBase = {
    office: { id: office.id, locale: office.locale, capacityPerDay: capacityPerDay(office), workingWeekdays },
    teams,
    employees: people,
    planVersions: plans.map((plan) => ({ id: plan.id, version: plan.version, effectiveFrom: fromDbDate(plan.effectiveFrom), rules: rotationRulesSchema.parse(plan.rules) })),
    closures: closures.map((closure) => ({ date: fromDbDate(closure.date), reason: closure.reason })),
  };
  const planOffice: PlanOffice = {
    id: office.id,
    name: office.name,
    timezone: office.timezone,
    context: { locale: office.locale, teamIds: teams.map((team) => team.id), workingWeekdays },
  };
  return {
    base,
    office: planOffice,
    names: new Map(employees.map((employee) => [employee.id, `${employee.givenName} ${employee.familyName}`])),
    /** "Family, Given", as on the employees list. */
    listNames: new Map(employees.map((employee) => [employee.id, `${employee.familyName}, ${employee.givenName}`])),
  };
}

/** What an office's rules are checked against: its alphabet, teams and working weekdays. */
export async function loadRulesContext(officeId: string): Promise<PlanOffice["context"]> {
  const office = await db.office.findUnique({ where: { id: officeId }, select: { locale: true, workingWeekdays: true, teams: { select: { id: true } } } });
  if (!office) throw notFound("There is no such office.", "office_not_found");
  if (!isRotationLocale(office.locale)) throw new Error(`Office ${officeId} has an unknown alphabet locale "${office.locale}"`);
  return { locale: office.locale, teamIds: office.teams.map((team) => team.id), workingWeekdays: office.workingWeekdays as Weekday[] };
}
