import type { IsoDate } from "@/lib/date-only";
import { expectedOn, type RotationResult, type Weekday } from "@/lib/rotation";
import type { NotificationInput } from "./kinds";

/** The weekdays a person comes on under a plan: before and after a publication. */
export interface DaysPattern {
  before: Weekday[];
  after: Weekday[];
}

/**
 * Each person's pattern in `result`: the weekdays on which the plan expects
 * them on at least one day of the range (a rotation that alternates weeks
 * gives the union). Pure; the results are the publication's preview, which
 * holds no one's own choices.
 */
function weekdaysOf(result: RotationResult, people: ReadonlySet<string>): Map<string, Set<Weekday>> {
  const found = new Map<string, Set<Weekday>>();
  for (const day of result.days) {
    for (const employeeId of expectedOn(result, day.date)) {
      if (!people.has(employeeId)) continue;
      const days = found.get(employeeId) ?? new Set<Weekday>();
      days.add(day.weekday);
      found.set(employeeId, days);
    }
  }
  return found;
}

const sorted = (days: Set<Weekday> | undefined): Weekday[] => [...(days ?? [])].sort((a, b) => a - b);

/** Per person whose days change, their weekdays before and after the publication (the same range, old plan and new). */
export function daysPatterns(before: RotationResult, after: RotationResult, employeeIds: readonly string[]): Map<string, DaysPattern> {
  const people = new Set(employeeIds);
  const was = weekdaysOf(before, people);
  const will = weekdaysOf(after, people);
  return new Map(employeeIds.map((id) => [id, { before: sorted(was.get(id)), after: sorted(will.get(id)) }]));
}

/** "Your days change": one message per person, keyed by plan and person (publishing is once per plan). */
export function daysChangedMessages(patterns: ReadonlyMap<string, DaysPattern>, planId: string, effectiveFrom: IsoDate): NotificationInput[] {
  return [...patterns].map(([employeeId, pattern]) => ({
    employeeId,
    kind: "days-changed" as const,
    payload: { planId, effectiveFrom, before: pattern.before, after: pattern.after },
    dedupeKey: `days-changed/${planId}/${employeeId}`,
  }));
}
