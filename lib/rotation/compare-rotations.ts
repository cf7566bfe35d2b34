import type { IsoDate, RotationDay } from "./engine-types";
import { RotationInputError } from "./errors";
import { expectedOn } from "./result-queries";
import type { RotationResult } from "./rotation-result";

export interface DayComparison {
  date: IsoDate;
  before: Pick<RotationDay, "status" | "capacity" | "expected" | "cut">;
  after: Pick<RotationDay, "status" | "capacity" | "expected" | "cut">;
}

/** One person whose office days differ between two results: the days they gain and lose. */
export interface PersonChange {
  employeeId: string;
  gained: IsoDate[];
  lost: IsoDate[];
}

export interface RotationComparison {
  days: DayComparison[];
  /** Days whose status, capacity, expected count or cut count differ. */
  changedDays: number;
  /** Everyone whose days differ, in the order of the after-result's employees (then people only in before). */
  people: PersonChange[];
}

const totals = ({ status, capacity, expected, cut }: RotationDay): DayComparison["before"] => ({ status, capacity, expected, cut });

/**
 * What a change does to an office: the same range computed before and after
 * (a new plan version, other seats or capacity, new closures), compared day
 * by day and person by person. Used to preview a change before saving it.
 */
export function compareRotations(before: RotationResult, after: RotationResult): RotationComparison {
  if (before.from !== after.from || before.to !== after.to) {
    throw new RotationInputError(`Compare the same range: ${before.from}..${before.to} vs ${after.from}..${after.to}`);
  }
  const changes = new Map<string, PersonChange>();
  const change = (employeeId: string) => {
    let entry = changes.get(employeeId);
    if (!entry) changes.set(employeeId, (entry = { employeeId, gained: [], lost: [] }));
    return entry;
  };
  const days: DayComparison[] = [];
  let changedDays = 0;
  before.days.forEach((dayBefore, index) => {
    const dayAfter = after.days[index] as RotationDay;
    const comparison = { date: dayBefore.date, before: totals(dayBefore), after: totals(dayAfter) };
    days.push(comparison);
    if (!sameTotals(comparison.before, comparison.after)) changedDays++;
    const expectedBefore = new Set(expectedOn(before, dayBefore.date));
    const expectedAfter = expectedOn(after, dayAfter.date);
    for (const employeeId of expectedAfter) {
      if (!expectedBefore.delete(employeeId)) change(employeeId).gained.push(dayAfter.date);
    }
    for (const employeeId of expectedBefore) change(employeeId).lost.push(dayBefore.date);
  });
  const order = new Map([...after.employeeIds, ...before.employeeIds].map((id, index) => [id, index] as const).reverse());
  const people = [...changes.values()].sort((a, b) => (order.get(a.employeeId) ?? 0) - (order.get(b.employeeId) ?? 0));
  return { days, changedDays, people };
}

function sameTotals(a: DayComparison["before"], b: DayComparison["before"]): boolean {
  return a.status === b.status && a.capacity === b.capacity && a.expected === b.expected && a.cut === b.cut;
}

