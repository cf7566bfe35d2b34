import { describe, expect, it } from "vitest";
import { isStillHere, officePeople, type PersonRow } from "@/lib/people/office-people";

const person = (id: string, officeId: string, active: boolean): PersonRow => ({ id, officeId, familyName: "Berg", teamId: "t1", startDate: "2020-01-01", active });

describe("an office's people as its rotation knows them", () => {
  it("counts its people now with their earlier places, and those who left up to their last departure, in the place they held then", () => {
    const people = officePeople(
      "o1",
      [person("here", "o1", true), person("left", "o1", false), person("moved", "o2", true), person("long-gone", "o1", false)],
      [{ employeeId: "here", until: "2026-03-02", teamId: null, familyName: "Dahl" }],
      [
        { employeeId: "left", lastDay: "2026-01-31", teamId: "t0", familyName: "Aas" },
        { employeeId: "moved", lastDay: "2026-02-27", teamId: "t2", familyName: "Eik" },
        { employeeId: "left", lastDay: "2026-04-30", teamId: "t3", familyName: "Fos" },
      ],
    );
    expect(people).toEqual([
      { id: "here", startDate: "2020-01-01", earlierPlaces: [{ until: "2026-03-02", teamId: null, familyName: "Dahl" }], familyName: "Berg", teamId: "t1", active: true },
      { id: "left", startDate: "2020-01-01", familyName: "Fos", teamId: "t3", active: true, endDate: "2026-04-30" },
      { id: "moved", startDate: "2020-01-01", familyName: "Eik", teamId: "t2", active: true, endDate: "2026-02-27" },
      // Deactivated before departures were recorded: inactive on every day, as before.
      { id: "long-gone", startDate: "2020-01-01", familyName: "Berg", teamId: "t1", active: false },
    ]);
    expect(people.map(isStillHere)).toEqual([true, false, false, false]);
  });
});
