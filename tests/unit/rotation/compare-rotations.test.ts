import { describe, expect, it } from "vitest";
import { compareRotations, computeRotation } from "@/lib/rotation";
import { employee, input, office } from "./fixtures";

// 2026-03-02 is a Monday; the fixture plan: A–H Monday, I–Q Tuesday, R–Å Wednesday.
const range = { from: "2026-03-02", to: "2026-03-06" };

describe("comparing two results of the same office", () => {
  const people = [employee("Andersen"), employee("Berg"), employee("Iversen"), employee("Rønning")];

  it("finds nothing when nothing changed", () => {
    const same = computeRotation(input({ employees: people, ...range }));
    const comparison = compareRotations(same, computeRotation(input({ employees: people, ...range })));
    expect(comparison.changedDays).toBe(0);
    expect(comparison.people).toEqual([]);
  });

  it("names the days that change and who gains or loses which day", () => {
    const before = computeRotation(input({ employees: people, ...range }));
    const after = computeRotation(input({ employees: people, office: office({ capacityPerDay: 1 }), ...range }));
    const comparison = compareRotations(before, after);
    const monday = comparison.days[0];
    expect(monday?.before).toMatchObject({ status: "open", expected: 2, cut: 0, capacity: 1000 });
    expect(monday?.after).toMatchObject({ status: "open", expected: 1, cut: 1, capacity: 1 });
    expect(comparison.changedDays).toBe(5);
    expect(comparison.people).toHaveLength(1);
    expect(comparison.people[0]?.lost).toEqual(["2026-03-02"]);
    expect(comparison.people[0]?.gained).toEqual([]);
  });

  it("refuses results of different ranges", () => {
    const week = computeRotation(input({ employees: people, ...range }));
    const day = computeRotation(input({ employees: people, from: "2026-03-02", to: "2026-03-02" }));
    expect(() => compareRotations(week, day)).toThrow(/same range/);
  });
});
