import type { IsoDate } from "@/lib/date-only";
import { expectedOn, type RotationResult } from "@/lib/rotation";

/**
 * Who was expected in the office on `days` (their planned day, a confirmed
 * extra day or a return; not a day they stay home or only wait for) and so
 * loses it when those days go: each person with their days, in date order.
 * Pure: the caller decides the days as they were before the change.
 */
export function expectedPeopleOn(before: RotationResult, days: readonly IsoDate[]): Map<string, IsoDate[]> {
  const lost = new Map<string, IsoDate[]>();
  for (const day of [...days].sort()) {
    for (const employeeId of expectedOn(before, day)) {
      const list = lost.get(employeeId);
      if (list) list.push(day);
      else lost.set(employeeId, [day]);
    }
  }
  return lost;
}
