import type { IsoDate, SeatDecision } from "@/lib/rotation";

/**
 * A seat someone got or lost through a change they did not make themselves
 * (HR's change to the office, or another person's choice): what a notice
 * "you got a seat" / "you lost your seat" is built from. Private to that
 * person: never shown to anyone else, never audited.
 */
export interface SeatChange {
  employeeId: string;
  date: IsoDate;
  change: "gained" | "lost";
}

const keyOf = (decision: Pick<SeatDecision, "employeeId" | "date">) => `${decision.employeeId}|${decision.date}`;

/**
 * Who holds a seat beyond the plan (an extra day or a return) after a change
 * and did not before ("gained"), and who held one before and no longer does
 * ("lost": back on the waitlist, void, or the request ended). Sorted by day,
 * then person.
 */
export function seatChanges(before: readonly SeatDecision[], after: readonly SeatDecision[]): SeatChange[] {
  const held = (decisions: readonly SeatDecision[]) => new Set(decisions.filter((decision) => decision.status === "confirmed").map(keyOf));
  const had = held(before);
  const has = held(after);
  const changes: SeatChange[] = [];
  const add = (key: string, change: SeatChange["change"]) => {
    const [employeeId, date] = key.split("|") as [string, IsoDate];
    changes.push({ employeeId, date, change });
  };
  for (const key of has) if (!had.has(key)) add(key, "gained");
  for (const key of had) if (!has.has(key)) add(key, "lost");
  return changes.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0));
}
