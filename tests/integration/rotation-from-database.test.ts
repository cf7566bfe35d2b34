import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "@/prisma/demo/seed-demo";
import { computeRotation, dayLoads, scheduleFor } from "@/lib/rotation";
import { testPrisma } from "@/tests/support/test-db";

const db = testPrisma();
const today = new Date("2026-11-23T09:00:00Z");

describe("the engine fed from the database", () => {
  let loadEngineInput: typeof import("@/lib/data/rotation-input").loadEngineInput;
  let oslo: string;

  beforeAll(async () => {
    await seedDemoData(db, { today });
    ({ loadEngineInput } = await import("@/lib/data/rotation-input"));
    oslo = (await db.office.findUniqueOrThrow({ where: { name: "Oslo" } })).id;
  });
  afterAll(() => db.$disconnect());

  it("decides the demo employee's days by the Norwegian alphabet", async () => {
    const result = computeRotation(await loadEngineInput(oslo, "2026-11-23", "2026-11-27"));
    const employee = await db.employee.findUniqueOrThrow({ where: { email: "employee@example.com" } });
    const days = scheduleFor(result, employee.id);
    expect(days.map((day) => day.expected)).toEqual([false, true, false, false, true]);
    expect(days[1]?.reason).toEqual({ kind: "assigned", rule: "surname", group: "Æ–Å", weekday: 2, wave: 1,
      waveName: { name: "Nyansatte og kundenære team", selectors: ["new-hires", "hard-hit-teams", "essential-teams"] },
    });
  });

  it("keeps everyone home on a public holiday and never exceeds capacity", async () => {
    const result = computeRotation(await loadEngineInput(oslo, "2026-12-21", "2027-01-08"));
    const loads = dayLoads(result);
    expect(loads.find((day) => day.date === "2026-12-25")).toMatchObject({ status: "closed", expected: 0 });
    expect(loads.every((day) => day.expected <= day.capacity)).toBe(true);
    expect(loads.filter((day) => day.status === "open").every((day) => day.capacity === 30)).toBe(true);
  });

  it("gives an opted-out seat back and says so to the employee", async () => {
    const employee = await db.employee.findUniqueOrThrow({ where: { email: "employee@example.com" } });
    const before = dayLoads(computeRotation(await loadEngineInput(oslo, "2026-11-24", "2026-11-24")))[0];
    await db.optOut.create({ data: { employeeId: employee.id, date: new Date("2026-11-24T00:00:00Z") } });
    const result = computeRotation(await loadEngineInput(oslo, "2026-11-24", "2026-11-24"));
    expect(scheduleFor(result, employee.id)[0]?.reason).toEqual({ kind: "not-expected", reason: "opted-out" });
    expect(dayLoads(result)[0]?.expected).toBe((before?.expected ?? 0) - 1);
    await db.optOut.deleteMany({ where: { employeeId: employee.id } });
  });
});
