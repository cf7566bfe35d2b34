import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignmentsOn, computeRotation, inputForDay, spliceDays, type EngineInput, type IsoDate } from "@/lib/rotation";
import { dayOffset, engineInputWithRequests, isoDay, snapshot } from "./arbitraries";

describe("spliceDays", { timeout: 120_000 }, () => {
  it("gives what deciding the whole range again gives, when choices changed on some days", () => {
    const scenario = engineInputWithRequests().chain((after) =>
      fc.record({
        after: fc.constant(after),
        changed: fc.uniqueArray(fc.integer({ min: dayOffset(after.from), max: dayOffset(after.to) }), { maxLength: 4 }).map((days) => days.map(isoDay)),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ after, changed }) => {
        // Before: nobody had made the changed days' choices yet.
        const untouched = <T extends { date: IsoDate }>(rows: readonly T[]) => rows.filter((row) => !changed.includes(row.date));
        const before = computeRotation({ ...after, optOuts: untouched(after.optOuts), seatRequests: untouched(after.seatRequests ?? []) });
        const spliced = spliceDays(before, changed.map((date) => computeRotation(inputForDay(after, date))));
        const full = computeRotation(after);
        expect(snapshot(spliced)).toEqual(snapshot(full));
        expect(spliced.seats).toEqual(full.seats);
        for (const day of full.days) expect(assignmentsOn(spliced, day.date)).toEqual(assignmentsOn(full, day.date));
      }),
      { numRuns: 150 },
    );
  });

  it("leaves the result it started from unchanged", () => {
    fc.assert(
      fc.property(engineInputWithRequests(), (input) => {
        const base = computeRotation({ ...input, optOuts: [], seatRequests: [] });
        const copy = { days: structuredClone(base.days), cells: base.grid.cells.slice(), seats: [...base.seats] };
        spliceDays(base, [computeRotation(inputForDay(input, input.from))]);
        expect(base.days).toEqual(copy.days);
        expect(base.grid.cells).toEqual(copy.cells);
        expect(base.seats).toEqual(copy.seats);
      }),
      { numRuns: 50 },
    );
  });

  it("refuses a patch decided for other people or outside the range", () => {
    const input: EngineInput = {
      office: { id: "o", locale: "en", capacityPerDay: 2, workingWeekdays: [1, 2, 3, 4, 5] },
      teams: [],
      employees: [{ id: "a", familyName: "Berg", teamId: null, startDate: "2026-01-01", active: true }],
      planVersions: [],
      closures: [],
      optOuts: [],
      from: "2026-03-02",
      to: "2026-03-06",
    };
    const base = computeRotation(input);
    expect(() => spliceDays(base, [computeRotation({ ...input, employees: [...input.employees], from: "2026-03-03", to: "2026-03-03" })])).toThrow(/other people/);
    expect(() => spliceDays(base, [computeRotation({ ...input, from: "2026-03-09", to: "2026-03-09" })])).toThrow(/outside/);
    expect(() => spliceDays(base, [computeRotation({ ...input, from: "2026-03-03", to: "2026-03-04" })])).toThrow(/one day/);
  });
});
