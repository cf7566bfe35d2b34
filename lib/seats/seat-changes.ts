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

export const seatKey = (decision: Pick<SeatDecision, "employeeId" | "date">) => `${decision.employeeId}|${decision.date}`;

/** The seat requests of some days as decided, and which of their people are expected in the office those days (by any way). */
export interface SeatState {
  seats: readonly SeatDecision[];
  /** seatKey of every request's person who is expected that day: by the plan, or by this seat. */
  expected: ReadonlySet<string>;
}

/**
 * Who holds a seat beyond the plan (an extra day or a return) after a change
 * and was not coming before ("gained"), and who held one before and is not
 * coming any more ("lost": back on the waitlist, void, or the request
 * ended). A request the plan made moot (the day became theirs) is neither.
 * Sorted by day, then person.
 */
export function seatChanges(before: SeatState, after: SeatState): SeatChange[] {
  const held = (state: SeatState) => new Set(state.seats.filter((decision) => decision.status === "confirmed").map(seatKey));
  // A seat held means coming, so nobody is in both lists.
  const gained = [...held(after)].filter((key) => !before.expected.has(key));
  const lost = [...held(before)].filter((key) => !after.expected.has(key));
  const entry = (change: SeatChange["change"]) => (key: string): SeatChange => {
    const [employeeId, date] = key.split("|") as [string, IsoDate];
    return { employeeId, date, change };
  };
  return [...gained.map(entry("gained")), ...lost.map(entry("lost"))].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0));
}
