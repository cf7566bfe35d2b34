import "server-only";
import { db } from "@/lib/db";
import { fromDbDate, toDbDate, type IsoDate } from "@/lib/date-only";
import { capacityPerDay } from "@/lib/offices/capacity";
import { isRotationLocale, rotationRulesSchema, type EngineInput, type Weekday } from "@/lib/rotation";

/**
 * Everything the rotation engine needs to decide an office's days from
 * `from` to `to`: the office, all its people and teams, its published plan
 * versions, and the closures and opt-outs in the range.
 */
export async function loadEngineInput(officeId: string, from: IsoDate, to: IsoDate): Promise<EngineInput> {
  const range = { gte: toDbDate(from), lte: toDbDate(to) };
  const [office, teams, employees, plans, closures, optOuts] = await Promise.all([
    db.office.findUniqueOrThrow({ where: { id: officeId }, select: { id: true, locale: true, seats: true, capacityPercent: true, capacityFixed: true, workingWeekdays: true } }),
    db.team.findMany({ where: { officeId }, select: { id: true, name: true, essential: true, servesHardHitCustomers: true } }),
    db.employee.findMany({ where: { officeId }, select: { id: true, familyName: true, teamId: true, startDate: true, active: true } }),
    db.rotationPlan.findMany({ where: { officeId, status: "PUBLISHED" }, select: { id: true, version: true, effectiveFrom: true, rules: true } }),
    db.closure.findMany({ where: { officeId, date: range }, select: { date: true, reason: true } }),
    db.optOut.findMany({ where: { date: range, employee: { officeId } }, select: { employeeId: true, date: true } }),
  ]);
  if (!isRotationLocale(office.locale)) throw new Error(`Office ${office.id} has an unknown alphabet locale "${office.locale}"`);
  return {
    office: {
      id: office.id,
      locale: office.locale,
      capacityPerDay: capacityPerDay(office),
      workingWeekdays: office.workingWeekdays as Weekday[],
    },
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
    optOuts: optOuts.map((optOut) => ({ employeeId: optOut.employeeId, date: fromDbDate(optOut.date) })),
    from,
    to,
  };
}
