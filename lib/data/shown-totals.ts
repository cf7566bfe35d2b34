import "server-only";
import { env } from "@/lib/env";
import { shownTotals, type ShownTotals } from "@/lib/privacy/small-groups";
import { peopleByDay, type RotationResult } from "@/lib/rotation";

/**
 * Every day of an office's result as anyone may see it: the small-group
 * rule (lib/privacy/small-groups.ts) over the office's people that day, with
 * PRIVACY_MIN_GROUP. Every view of office totals reads them through here.
 */
export function shownDays(result: RotationResult): ShownTotals[] {
  const people = peopleByDay(result);
  const minGroup = env().PRIVACY_MIN_GROUP;
  return result.days.map((day, index) => shownTotals(day, people[index] as number, minGroup));
}
