import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeRotation, expectedDaysOf, expectedOn } from "@/lib/rotation";
import { engineInputWithRequests } from "./arbitraries";

describe("expectedDaysOf", () => {
  it("answers for the people asked exactly what expectedOn answers, day by day, in the order asked, the first few of them when limited", () => {
    fc.assert(
      fc.property(engineInputWithRequests(), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 4 }), (input, seed, limit) => {
        const result = computeRotation(input);
        // Some of the office, in a shuffled order, and someone who is not in it.
        const asked = [...result.employeeIds].filter((_, index) => (index + seed) % 3 !== 0).sort((a, b) => ((a.charCodeAt(0) + seed) % 7) - ((b.charCodeAt(0) + seed) % 7));
        const withStranger = [...asked, "not-in-this-office"];
        const days = expectedDaysOf(result, withStranger);
        const firstFew = expectedDaysOf(result, withStranger, limit);
        result.days.forEach((day, index) => {
          const everyone = new Set(expectedOn(result, day.date));
          const expected = withStranger.filter((id) => everyone.has(id));
          expect(days[index]).toEqual({ ids: expected, count: expected.length });
          // A limit keeps the first few in the same order and still counts them all.
          expect(firstFew[index]).toEqual({ ids: expected.slice(0, limit), count: expected.length });
        });
      }),
      { numRuns: 60 },
    );
  });
});
