import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignmentsOn, computeRotation, rotationRulesSchema, type EngineEmployee } from "@/lib/rotation";
import { isoDay } from "./arbitraries";
import { churnScenario, cutsByPerson, DAYS, fairnessViolation } from "./churn-model";

describe("fair cuts while people join and leave", { timeout: 300_000 }, () => {
  it("cuts equals within one of each other over any period they were equals throughout, plus the turns they did not have to take", () => {
    fc.assert(
      fc.property(churnScenario, (generated) => {
        expect(fairnessViolation(generated)).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it("lets someone come back (after leaving, or into an office from another): no day before their return changes for anyone", () => {
    const scenario = churnScenario.chain((generated) =>
      fc.record({
        generated: fc.constant(generated),
        who: fc.nat({ max: generated.input.employees.length - 1 }),
        left: fc.integer({ min: 0, max: DAYS - 2 }),
        gap: fc.integer({ min: 0, max: 20 }),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ generated, who, left, gap }) => {
        const { input } = generated;
        const person = input.employees[who] as EngineEmployee;
        const back = left + 1 + gap;
        // Up to `left` where they are now (earlier places before it kept), gone after: ...
        const kept = (person.earlierPlaces ?? []).filter((place) => place.until <= isoDay(left));
        const gone = { ...person, endDate: isoDay(left), earlierPlaces: kept };
        // ... and the same, but back from `back` on (no day away when the gap is 0).
        const held = { until: isoDay(left + 1), teamId: person.teamId, familyName: person.familyName };
        const away = gap > 0 ? [{ until: isoDay(back), teamId: null, familyName: person.familyName, away: true }] : [];
        const returned = { ...person, endDate: null, earlierPlaces: [...kept.filter((place) => place.until < held.until), held, ...away] };
        const withPerson = (employee: EngineEmployee) => computeRotation({ ...input, employees: input.employees.map((other, index) => (index === who ? employee : other)) });
        const [before, after] = [withPerson(gone), withPerson(returned)];
        for (const day of before.days) {
          if (day.date >= isoDay(back)) break;
          expect(assignmentsOn(after, day.date)).toEqual(assignmentsOn(before, day.date));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("lets a newcomer take their place in the rotation: neither spared ahead of the others nor cut again and again to catch up", () => {
    // Twelve people there all along in one group, eight seats; four join on
    // different days. New hires have no priority here: they are the others' equals.
    const rules = rotationRulesSchema.parse({
      waves: [{ selectors: [{ kind: "everyone" }], distribution: { rule: "surname", groups: [{ from: "A", to: "Å", weekdays: [1, 2, 3, 4, 5, 6, 7] }] } }],
      priority: { order: ["others", "new-hires", "essential", "hard-hit"] },
    });
    const regulars = Array.from({ length: 12 }, (_, index) => ({ id: `r${index}`, familyName: "Berg", teamId: null, startDate: "2020-01-01", active: true }));
    const joinDays = [9, 23, 24, 40];
    const joiners = joinDays.map((day, index) => ({ id: `j${index}`, familyName: "Dahl", teamId: null, startDate: isoDay(day), active: true }));
    const result = computeRotation({
      office: { id: "o", locale: "nb", capacityPerDay: 8, workingWeekdays: [1, 2, 3, 4, 5, 6, 7] },
      teams: [],
      employees: [...regulars, ...joiners],
      planVersions: [{ id: "v", effectiveFrom: isoDay(-30), rules }],
      closures: [],
      optOuts: [],
      from: isoDay(0),
      to: isoDay(DAYS - 1),
    });
    const cuts = cutsByPerson(result, [...regulars, ...joiners].map((employee) => employee.id));
    joiners.forEach((joiner, index) => {
      for (const regular of regulars) {
        let difference = 0;
        for (let day = joinDays[index] as number; day < DAYS; day++) {
          difference += ((cuts.get(joiner.id) as number[])[day] as number) - ((cuts.get(regular.id) as number[])[day] as number);
          expect(Math.abs(difference)).toBeLessThanOrEqual(1);
        }
      }
    });
  });
});
