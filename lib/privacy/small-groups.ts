import type { RotationDay } from "@/lib/rotation";

/** The smallest group whose counts of people's choices are shown, unless PRIVACY_MIN_GROUP says otherwise. */
export const DEFAULT_MIN_GROUP = 5;

/**
 * A day's totals as anyone but the people themselves may see them. The
 * capacity comes from HR's settings and is always shown; every count that
 * people's choices move (who stays home, extra days, the waitlist, and so
 * expected and free seats) is null when the group is too small to hide
 * one person in it, and then `suppressed` is true.
 */
export interface ShownTotals {
  capacity: number;
  expected: number | null;
  optedOut: number | null;
  extra: number | null;
  waitlisted: number | null;
  free: number | null;
  suppressed: boolean;
}

type DayCounts = Pick<RotationDay, "status" | "capacity" | "expected" | "optedOut" | "cut" | "extra" | "waitlisted" | "freeSeats">;

/**
 * People the plan brings in on the day (whether they come, stay home or do
 * not fit): a count of the plan alone, unchanged by any choice. A return
 * moves one person from optedOut to expected; an extra day adds to both
 * expected and extra; a stay-home that frees a seat for a cut person moves
 * one from cut to optedOut.
 */
export function plannedOn(day: DayCounts): number {
  return day.expected - day.extra + day.optedOut + day.cut;
}

/**
 * The rule (README "Small groups"): on an open day, the counts of choices
 * are shown only when at least `minGroup` people were planned that day, and
 * the people who were not planned (who alone can ask for an extra day) are
 * either none or at least `minGroup` too. Otherwise all of them are held
 * back together, so no difference between shown numbers (expected minus
 * extra, capacity minus free, ...) gives back a hidden one. `people` is the
 * group's people in the office that day. Closed and non-working days have
 * no choices: their zeros are shown. A `minGroup` of 1 turns the rule off.
 */
export function shownTotals(day: DayCounts, people: number, minGroup: number): ShownTotals {
  if (heldBack(day.status, plannedOn(day), people, minGroup)) return { capacity: day.capacity, expected: null, optedOut: null, extra: null, waitlisted: null, free: null, suppressed: true };
  return {
    capacity: day.capacity,
    expected: day.expected,
    optedOut: day.optedOut,
    extra: day.extra,
    waitlisted: day.waitlisted,
    free: day.freeSeats,
    suppressed: false,
  };
}

/**
 * The rule itself, for any group (an office, a team, a priority class or a
 * wave on one day): `planned` of its `people` were planned that day.
 */
export function heldBack(status: RotationDay["status"], planned: number, people: number, minGroup: number): boolean {
  const others = people - planned;
  return minGroup > 1 && status === "open" && (planned < minGroup || (others > 0 && others < minGroup));
}
