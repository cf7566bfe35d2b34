import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignmentOf, computeRotation, scheduleFor, seatRequestOf, type EngineSeatRequest } from "@/lib/rotation";
import { engineInputWithRequests } from "./arbitraries";
import { employee, input, office, WEEK } from "./fixtures";

// The fixture plan: A–H Monday, I–Q Tuesday, R–Å Wednesday.
const andersen = employee("Andersen");
const berg = employee("Berg");
const dahl = employee("Dahl");
const iversen = employee("Iversen");
const nilsen = employee("Nilsen");
const people = [andersen, berg, dahl, iversen, nilsen];

function extra(person: { id: string }, queueKey: number, date: string = WEEK.monday): EngineSeatRequest {
  return { employeeId: person.id, date, kind: "extra", queueKey };
}

describe("seats beyond the plan", () => {
  it("confirms an extra day while seats are free and counts it as expected", () => {
    const result = computeRotation(input({ employees: people, office: office({ capacityPerDay: 4 }), seatRequests: [extra(iversen, 1)] }));
    const monday = result.days[0];
    expect(monday).toMatchObject({ expected: 4, extra: 1, waitlisted: 0, freeSeats: 0 });
    expect(assignmentOf(result, WEEK.monday, iversen.id)).toMatchObject({ expected: true, seat: { kind: "extra" } });
    // The plan's own reason stays: Monday is not Iversen's day.
    expect(assignmentOf(result, WEEK.monday, iversen.id).reason).toMatchObject({ reason: "not-their-day" });
  });

  it("voids an extra day asked for before the person starts: they are not in the office yet", () => {
    const newcomer = employee("Iversen", { startDate: WEEK.tuesday });
    const result = computeRotation(input({ employees: [andersen, newcomer], office: office({ capacityPerDay: 4 }), seatRequests: [extra(newcomer, 1)] }));
    expect(seatRequestOf(result, WEEK.monday, newcomer.id)).toMatchObject({ status: "void" });
    expect(result.days[0]).toMatchObject({ extra: 0, expected: 1 });
  });

  it("puts requests for a full day on the waitlist in queue order", () => {
    const result = computeRotation(
      input({ employees: people, office: office({ capacityPerDay: 4 }), seatRequests: [extra(nilsen, 20), extra(iversen, 10)] }),
    );
    expect(seatRequestOf(result, WEEK.monday, iversen.id)).toMatchObject({ status: "confirmed" });
    expect(seatRequestOf(result, WEEK.monday, nilsen.id)).toMatchObject({ status: "waitlisted", position: 1 });
    expect(result.days[0]).toMatchObject({ expected: 4, waitlisted: 1, freeSeats: 0 });
  });

  it("gives a seat freed by a stay-home to a person the plan cut before anyone on the waitlist", () => {
    const base = { employees: people, office: office({ capacityPerDay: 2 }), seatRequests: [extra(iversen, 1)] };
    const full = computeRotation(input(base));
    expect(full.days[0]).toMatchObject({ expected: 2, cut: 1, waitlisted: 1 });
    const comingIn = [andersen, berg, dahl].filter((person) => assignmentOf(full, WEEK.monday, person.id).expected);
    const cut = [andersen, berg, dahl].find((person) => !assignmentOf(full, WEEK.monday, person.id).expected);

    const oneHome = computeRotation(input({ ...base, optOuts: [{ employeeId: comingIn[0]!.id, date: WEEK.monday }] }));
    expect(assignmentOf(oneHome, WEEK.monday, cut!.id).expected).toBe(true);
    expect(seatRequestOf(oneHome, WEEK.monday, iversen.id)).toMatchObject({ status: "waitlisted", position: 1 });

    const twoHome = computeRotation(
      input({ ...base, optOuts: comingIn.map((person) => ({ employeeId: person.id, date: WEEK.monday })) }),
    );
    expect(seatRequestOf(twoHome, WEEK.monday, iversen.id)).toMatchObject({ status: "confirmed" });
    expect(twoHome.days[0]).toMatchObject({ expected: 2, optedOut: 2, extra: 1, cut: 0, waitlisted: 0 });
  });

  it("lets someone who stayed home come back through the queue, on their own day's terms", () => {
    const optOuts = [{ employeeId: andersen.id, date: WEEK.monday }];
    const withReturn = (requests: EngineSeatRequest[]) =>
      computeRotation(input({ employees: people, office: office({ capacityPerDay: 3 }), optOuts, seatRequests: requests }));
    // Andersen's seat went to Iversen; Andersen asks to come back and waits first in line.
    const waiting = withReturn([extra(iversen, 1), { employeeId: andersen.id, date: WEEK.monday, kind: "return", queueKey: 2 }, extra(nilsen, 3)]);
    expect(seatRequestOf(waiting, WEEK.monday, iversen.id)?.status).toBe("confirmed");
    expect(assignmentOf(waiting, WEEK.monday, andersen.id)).toMatchObject({ expected: false, seat: { kind: "waitlisted", position: 1 } });
    expect(seatRequestOf(waiting, WEEK.monday, nilsen.id)).toMatchObject({ status: "waitlisted", position: 2 });
    // Iversen withdraws: the seat is Andersen's again, on their own day.
    const back = withReturn([{ employeeId: andersen.id, date: WEEK.monday, kind: "return", queueKey: 2 }, extra(nilsen, 3)]);
    expect(assignmentOf(back, WEEK.monday, andersen.id)).toMatchObject({ expected: true, seat: { kind: "planned" }, reason: { kind: "assigned" } });
    expect(back.days[0]).toMatchObject({ expected: 3, optedOut: 0, extra: 0, waitlisted: 1 });
  });

  it("voids requests that no longer apply: a closed day, one's own day, a return without a stay-home", () => {
    const result = computeRotation(
      input({
        employees: people,
        closures: [{ date: WEEK.tuesday, reason: "Strike" }],
        seatRequests: [
          extra(iversen, 1, WEEK.tuesday),
          extra(andersen, 2, WEEK.monday),
          { employeeId: berg.id, date: WEEK.monday, kind: "return", queueKey: 3 },
        ],
      }),
    );
    expect(result.seats.map((seat) => seat.status)).toEqual(["void", "void", "void"]);
    expect(scheduleFor(result, andersen.id)[0]).toMatchObject({ expected: true, seat: { kind: "planned" } });
    expect(result.days[0]).toMatchObject({ extra: 0, waitlisted: 0 });
  });

  describe("properties", () => {
    const withRequests = engineInputWithRequests();

    it("never expects more people than capacity, and waits only when no seat is free", () => {
      fc.assert(
        fc.property(withRequests, (engineInputWithRequests) => {
          const result = computeRotation(engineInputWithRequests);
          for (const day of result.days) {
            expect(day.expected).toBeLessThanOrEqual(day.capacity);
            expect(day.freeSeats).toBe(day.capacity - day.expected);
            if (day.waitlisted > 0) expect(day.freeSeats).toBe(0);
          }
        }),
        { numRuns: 150 },
      );
    });

    it("keeps a confirmed seat confirmed when later requests join the queue", () => {
      fc.assert(
        fc.property(withRequests, (full) => {
          const requests = full.seatRequests ?? [];
          const cutoff = Math.floor(requests.length / 2);
          const ordered = [...requests].sort((a, b) => a.queueKey - b.queueKey);
          const earlier = computeRotation({ ...full, seatRequests: ordered.slice(0, cutoff) });
          const later = computeRotation({ ...full, seatRequests: ordered });
          for (const decision of earlier.seats) {
            if (decision.status !== "confirmed") continue;
            const tied = ordered.slice(cutoff).some((r) => r.date === decision.date && r.queueKey === ordered[cutoff - 1]?.queueKey);
            if (!tied) expect(seatRequestOf(later, decision.date, decision.employeeId)?.status).toBe("confirmed");
          }
        }),
        { numRuns: 150 },
      );
    });
  });
});
