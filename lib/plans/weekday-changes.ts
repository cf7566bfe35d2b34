import type { RotationResult, Weekday } from "@/lib/rotation";

export interface WeekdayChange {
  weekday: Weekday;
  /** People expected in the office on an average open day of this weekday, rounded. */
  before: number;
  after: number;
}

/**
 * A publication's effect in a few numbers HR can check at a glance: per
 * weekday, the people expected on an average open day before and after.
 * Both results cover the same range (see previewPlan); closed and
 * non-working days are left out so a holiday does not pull an average down.
 */
export function weekdayChanges(before: RotationResult, after: RotationResult): WeekdayChange[] {
  const sums = new Map<Weekday, { days: number; before: number; after: number }>();
  after.days.forEach((day, index) => {
    const previous = before.days[index];
    if (day.status !== "open" || !previous || previous.status !== "open") return;
    const sum = sums.get(day.weekday) ?? { days: 0, before: 0, after: 0 };
    sum.days += 1;
    sum.before += previous.expected;
    sum.after += day.expected;
    sums.set(day.weekday, sum);
  });
  return [...sums.entries()]
    .sort(([a], [b]) => a - b)
    .map(([weekday, sum]) => ({ weekday, before: Math.round(sum.before / sum.days), after: Math.round(sum.after / sum.days) }));
}
