import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeRotation, rotationRulesSchema } from "@/lib/rotation";
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
