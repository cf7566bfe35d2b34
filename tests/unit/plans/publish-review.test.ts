import { describe, expect, it } from "vitest";
import { CHANGES_PAGE_SIZE, pageOfChanges } from "@/lib/plans/changes-page";
import { previewPlan } from "@/lib/plans/preview";
import { weekdayChanges } from "@/lib/plans/weekday-changes";
import { rotationRulesSchema, type EnginePlanVersion, type Weekday } from "@/lib/rotation";

const onWeekdays = (weekdays: number[]) =>
  rotationRulesSchema.parse({ waves: [{ selectors: [{ kind: "everyone" }], distribution: { rule: "surname", groups: [{ from: "A", to: "Å", weekdays }] } }] });

describe("the publish screen's weekday summary", () => {
  it("gives per weekday the people expected on an average open day before and after, capped by capacity and skipping closed days", () => {
    const office = { id: "o", locale: "nb" as const, capacityPerDay: 2, workingWeekdays: [1, 2, 3, 4, 5] as Weekday[] };
    const employees = ["Aas", "Berg", "Dahl"].map((familyName, index) => ({ id: `e${index}`, familyName, teamId: null, startDate: "2020-01-01", active: true }));
    const published: EnginePlanVersion = { id: "v1", version: 1, effectiveFrom: "2027-01-04", rules: onWeekdays([1]) };
    // Monday 8 March is closed: the second Monday must not pull the average to 1.
    const base = { office, teams: [], employees, planVersions: [published], closures: [{ date: "2027-03-08", reason: "Holiday" }] };
    const preview = previewPlan(base, { rules: onWeekdays([2]), effectiveFrom: "2027-03-01" }, 14);
    expect(weekdayChanges(preview.before, preview.after)).toEqual([
      { weekday: 1, before: 2, after: 0 },
      { weekday: 2, before: 0, after: 2 },
      { weekday: 3, before: 0, after: 0 },
      { weekday: 4, before: 0, after: 0 },
      { weekday: 5, before: 0, after: 0 },
    ]);
  });
});

describe("the publish screen's per-person list", () => {
  const names = new Map(Array.from({ length: 120 }, (_, index) => [`e${index}`, `Name${String(index).padStart(3, "0")}, Kari`] as const));
  // Changes come in the engine's order, not by name.
  const people = [...names.keys()].reverse().map((employeeId) => ({ employeeId, gained: [], lost: ["2027-03-01"] }));

  it("is sorted by name and paged", () => {
    const first = pageOfChanges(people, names, { page: 1 }, "nb");
    expect(first.rows).toHaveLength(CHANGES_PAGE_SIZE);
    expect(first.rows[0]?.name).toBe("Name000, Kari");
    expect(first.pageCount).toBe(3);
    const last = pageOfChanges(people, names, { page: 3 }, "nb");
    expect(last.rows.map((row) => row.name)).toEqual([...names.values()].slice(100));
  });

  it("sorts in the office's alphabet: Å after Z in Norwegian, next to A in English", () => {
    const nordic = new Map([["a", "Åberg, Ola"], ["b", "Zahl, Kari"], ["c", "Berg, Per"]]);
    const changes = [...nordic.keys()].map((employeeId) => ({ employeeId }));
    expect(pageOfChanges(changes, nordic, { page: 1 }, "nb").rows.map((row) => row.name)).toEqual(["Berg, Per", "Zahl, Kari", "Åberg, Ola"]);
    expect(pageOfChanges(changes, nordic, { page: 1 }, "en").rows.map((row) => row.name)).toEqual(["Åberg, Ola", "Berg, Per", "Zahl, Kari"]);
  });

  it("finds people by every word of the search, in any case, and keeps a page past the end on the last page", () => {
    const found = pageOfChanges(people, names, { q: "kari NAME11", page: 9 }, "nb");
    expect(found.matched).toBe(10);
    expect(found.page).toBe(1);
    expect(found.rows[0]?.name).toBe("Name110, Kari");
    expect(pageOfChanges(people, names, { q: "nobody", page: 1 }, "nb")).toMatchObject({ matched: 0, rows: [], pageCount: 1 });
  });
});
