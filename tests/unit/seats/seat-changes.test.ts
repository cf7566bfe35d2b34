import { describe, expect, it } from "vitest";
import type { SeatDecision } from "@/lib/rotation";
import { seatChanges } from "@/lib/seats/seat-changes";

const seat = (employeeId: string, date: string, status: SeatDecision["status"]): SeatDecision => ({
  employeeId,
  date,
  kind: "extra",
  status,
  position: status === "waitlisted" ? 1 : null,
});

/** Seats as decided; whoever holds one comes, and so do `alsoComing` (by the plan). */
const state = (seats: SeatDecision[], alsoComing: string[] = []) => ({
  seats,
  expected: new Set([...seats.filter((decision) => decision.status === "confirmed").map((decision) => `${decision.employeeId}|${decision.date}`), ...alsoComing]),
});

describe("seatChanges", () => {
  it("names who got a seat and who lost one, and nobody whose seat stayed or who kept waiting", () => {
    const before = [seat("a", "2027-03-01", "confirmed"), seat("b", "2027-03-01", "waitlisted"), seat("c", "2027-03-01", "confirmed"), seat("d", "2027-03-02", "waitlisted")];
    const after = [seat("a", "2027-03-01", "confirmed"), seat("b", "2027-03-01", "confirmed"), seat("c", "2027-03-01", "void"), seat("d", "2027-03-02", "waitlisted")];
    expect(seatChanges(state(before), state(after))).toEqual([
      { employeeId: "b", date: "2027-03-01", change: "gained" },
      { employeeId: "c", date: "2027-03-01", change: "lost" },
    ]);
  });

  it("counts a request that ended as a seat lost, and a new confirmed one as gained, in day order", () => {
    expect(seatChanges(state([seat("a", "2027-03-02", "confirmed")]), state([seat("b", "2027-03-01", "confirmed")]))).toEqual([
      { employeeId: "b", date: "2027-03-01", change: "gained" },
      { employeeId: "a", date: "2027-03-02", change: "lost" },
    ]);
  });

  it("does not count a seat the plan made moot: the day became theirs, so they still come", () => {
    const before = state([seat("a", "2027-03-01", "confirmed")]);
    const after = state([seat("a", "2027-03-01", "void")], ["a|2027-03-01"]);
    expect(seatChanges(before, after)).toEqual([]);
    expect(seatChanges(after, before)).toEqual([]);
  });
});
