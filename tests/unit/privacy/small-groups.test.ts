import { describe, expect, it } from "vitest";
import { plannedOn, shownTotals } from "@/lib/privacy/small-groups";
import { computeRotation, type EngineInput } from "@/lib/rotation";
import { employee, input, office } from "../rotation/fixtures";

const MONDAY = "2026-03-02";
const K = 5;

/** Monday in an office where `planned` people (A–H) come on Mondays and `others` (I–Q) on Tuesdays, with capacity `capacity`. */
function monday(planned: number, others: number, capacity: number) {
  const mondays = Array.from({ length: planned }, (_, index) => employee(`Andersen${index}`));
  const tuesdays = Array.from({ length: others }, (_, index) => employee(`Nilsen${index}`));
  /** The day as decided with these choices. */
  const with_ = (choices: Pick<EngineInput, "optOuts" | "seatRequests"> = { optOuts: [] }) =>
    computeRotation(input({ office: office({ capacityPerDay: capacity }), employees: [...mondays, ...tuesdays], from: MONDAY, to: MONDAY, ...choices })).days[0]!;
  return { mondays, tuesdays, day: with_(), with: with_ };
}

describe("shownTotals: counts of choices only in groups of at least k", () => {
  it("holds back every count of choices, together, when fewer than k were planned", () => {
    for (const planned of [1, 2, K - 1]) {
      const office = monday(planned, 0, 10);
      const { day } = office;
      const withStayHome = office.with({ optOuts: [{ employeeId: office.mondays[0]!.id, date: MONDAY }] });
      expect(withStayHome.optedOut).toBe(1);
      // The answer is the same whether or not someone stays home: nothing to infer.
      for (const shown of [shownTotals(day, planned, K), shownTotals(withStayHome, planned, K)]) {
        expect(shown).toEqual({ capacity: 10, expected: null, optedOut: null, extra: null, waitlisted: null, free: null, suppressed: true });
      }
    }
  });

  it("shows them from k planned people on", () => {
    const office = monday(K, 0, 10);
    const { day } = office;
    const stayed = office.with({ optOuts: [{ employeeId: office.mondays[0]!.id, date: MONDAY }] });
    expect(shownTotals(day, K, K)).toEqual({ capacity: 10, expected: K, optedOut: 0, extra: 0, waitlisted: 0, free: 10 - K, suppressed: false });
    expect(shownTotals(stayed, K, K)).toMatchObject({ expected: K - 1, optedOut: 1, suppressed: false });
  });

  it("holds them back when fewer than k others could have asked for an extra day (an extra of 1 would name them)", () => {
    for (const others of [1, 2, K - 1]) {
      const { day } = monday(K + 1, others, 20);
      expect(shownTotals(day, K + 1 + others, K).suppressed).toBe(true);
    }
    expect(shownTotals(monday(K + 1, K, 20).day, 2 * K + 1, K).suppressed).toBe(false);
  });

  it("shows closed and non-working days, which have no choices", () => {
    const { day } = monday(1, 0, 10);
    expect(shownTotals({ ...day, status: "closed", capacity: 0, expected: 0, freeSeats: 0 }, 1, K)).toMatchObject({ suppressed: false, expected: 0 });
  });

  it("counts the planned from the plan alone: stay-homes, extra days, returns and cuts do not move it", () => {
    const base = monday(7, 6, 5);
    const [a, b] = base.mondays;
    const [x] = base.tuesdays;
    const variants = [
      { optOuts: [] },
      { optOuts: [{ employeeId: a!.id, date: MONDAY }] },
      { optOuts: [{ employeeId: a!.id, date: MONDAY }, { employeeId: b!.id, date: MONDAY }], seatRequests: [{ employeeId: x!.id, date: MONDAY, kind: "extra" as const, queueKey: 1 }] },
      { optOuts: [{ employeeId: a!.id, date: MONDAY }], seatRequests: [{ employeeId: a!.id, date: MONDAY, kind: "return" as const, queueKey: 1 }] },
    ];
    for (const choices of variants) expect(plannedOn(base.with(choices))).toBe(7);
  });
});
