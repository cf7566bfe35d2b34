import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { shownTotals } from "@/lib/privacy/small-groups";
import { computeRotation, peopleByDay, scheduleFor } from "@/lib/rotation";
import { seedDemoData } from "@/prisma/demo/seed-demo";
import { callRoute, tokenFor } from "@/tests/support/api";
import { testPrisma } from "@/tests/support/test-db";

const db = testPrisma();
// Weeks no other test writes to: the rows made here change only these days.
const from = "2027-03-01";
const to = "2027-03-12";

describe("capacity API", () => {
  let token: string;
  let oslo: string;
  let offices: typeof import("@/app/api/v1/offices/route").GET;
  let capacity: typeof import("@/app/api/v1/offices/[id]/capacity/route").GET;
  let loadEngineInput: typeof import("@/lib/data/rotation-input").loadEngineInput;

  const askCapacity = (officeId: string, query: string, auth: { token?: string; authorization?: string } = { token }) =>
    callRoute(capacity, `/api/v1/offices/${officeId}/capacity?${query}`, { ...auth, params: { id: officeId } });

  /** What the engine says, computed afresh from the database, in the API's shape (the small-group rule applied). */
  async function engineDays(officeId: string, start: string, end: string) {
    const result = computeRotation(await loadEngineInput(officeId, start, end));
    const people = peopleByDay(result);
    return result.days.map((day, index) => ({
      date: day.date,
      status: day.status,
      closure: day.closure,
      ...shownTotals(day, people[index] as number, env().PRIVACY_MIN_GROUP),
    }));
  }

  const bump = (officeId: string) => db.office.update({ where: { id: officeId }, data: { revision: { increment: 1 } } });

  beforeAll(async () => {
    await seedDemoData(db, { today: new Date("2026-11-23T09:00:00Z") });
    token = await tokenFor(db, "employee@example.com");
    oslo = (await db.office.findUniqueOrThrow({ where: { name: "Oslo" } })).id;
    offices = (await import("@/app/api/v1/offices/route")).GET;
    capacity = (await import("@/app/api/v1/offices/[id]/capacity/route")).GET;
    ({ loadEngineInput } = await import("@/lib/data/rotation-input"));
  });
  afterAll(() => db.$disconnect());

  it("lists every office with its capacity per day, for any role", async () => {
    const response = await callRoute(offices, "/api/v1/offices", { token });
    expect(response.status).toBe(200);
    const names = response.json.offices.map((office: { name: string }) => office.name);
    expect(names).toEqual(expect.arrayContaining(["Oslo", "Stockholm", "Utrecht"]));
    expect(response.json.offices.find((office: { name: string }) => office.name === "Oslo")).toMatchObject({
      timezone: "Europe/Oslo",
      capacityPerDay: 30,
      workingWeekdays: [1, 2, 3, 4, 5],
    });
  });

  it("gives every day of the range in totals that match the engine", async () => {
    const response = await askCapacity(oslo, `from=${from}&to=${to}`);
    expect(response.status).toBe(200);
    expect(response.json.office).toMatchObject({ id: oslo, name: "Oslo" });
    expect(response.json.days).toHaveLength(12);
    expect(response.json.days).toEqual(await engineDays(oslo, from, to));
    expect(response.json.days.find((day: { date: string }) => day.date === "2027-03-06")).toMatchObject({ status: "non-working", capacity: 0 });
  });

  it("follows opt-outs and seat requests at once, still matching the engine", async () => {
    const day = "2027-03-03";
    const result = computeRotation(await loadEngineInput(oslo, day, day));
    const employees = await db.employee.findMany({ where: { officeId: oslo, active: true }, select: { id: true } });
    const planned = employees.filter((employee) => scheduleFor(result, employee.id)[0]?.seat.kind === "planned").slice(0, 3);
    const notPlanned = employees.find((employee) => scheduleFor(result, employee.id)[0]?.reason.kind === "not-expected")!;
    expect(planned).toHaveLength(3);
    const before = (await askCapacity(oslo, `from=${day}&to=${day}`)).json.days[0];

    await db.$transaction([
      db.optOut.createMany({ data: planned.map((employee) => ({ employeeId: employee.id, date: new Date(`${day}T00:00:00Z`) })) }),
      db.seatRequest.create({ data: { employeeId: notPlanned.id, officeId: oslo, date: new Date(`${day}T00:00:00Z`), kind: "EXTRA", queueKey: 1 } }),
      bump(oslo),
    ]);
    const after = (await askCapacity(oslo, `from=${day}&to=${day}`)).json.days[0];
    expect(after).toEqual((await engineDays(oslo, day, day))[0]);
    expect(after.optedOut).toBe(before.optedOut + 3);
    expect(after.extra + after.waitlisted).toBe(before.extra + before.waitlisted + 1);
    expect(after.expected).toBeLessThanOrEqual(after.capacity);
    expect(after.free).toBe(after.capacity - after.expected);
  });

  it("shows a closure with its reason", async () => {
    const response = await askCapacity(oslo, "from=2026-12-25&to=2026-12-25");
    expect(response.json.days[0]).toMatchObject({ status: "closed", closure: expect.any(String), capacity: 0, expected: 0 });
  });

  it("refuses malformed dates, reversed and over-long ranges with 400 naming the field", async () => {
    const cases: [string, string][] = [
      ["from=2027-02-30&to=2027-03-01", "from"],
      ["from=2027-03-01&to=tomorrow", "to"],
      ["from=2027-03-01", "to"],
      ["from=2027-03-10&to=2027-03-01", "to"],
      ["from=2027-01-01&to=2028-01-02", "to"],
    ];
    for (const [query, field] of cases) {
      const response = await askCapacity(oslo, query);
      expect(response.status, query).toBe(400);
      expect(response.json.error, query).toMatchObject({ code: "invalid_input", field });
    }
    // 366 days (a leap year's worth) is the most one may ask for.
    expect((await askCapacity(oslo, "from=2027-01-01&to=2028-01-01")).status).toBe(200);
  });

  it("answers 404 for an unknown office and 400 for something that is not an office id", async () => {
    const unknown = await askCapacity("nosuchoffice", `from=${from}&to=${to}`);
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.code).toBe("office_not_found");
    const malformed = await askCapacity("../me", `from=${from}&to=${to}`);
    expect(malformed.status).toBe(400);
    expect(malformed.json.error.field).toBe("id");
  });

  it("refuses callers without a valid token", async () => {
    // (No credentials at all means a session-cookie check, which needs a real server: the browser tests cover it.)
    expect((await askCapacity(oslo, `from=${from}&to=${to}`, { authorization: "Basic abc" })).status).toBe(401);
    expect((await askCapacity(oslo, `from=${from}&to=${to}`, { token: `${token}x` })).status).toBe(401);
    expect((await callRoute(offices, "/api/v1/offices", { authorization: "Bearer nope" })).status).toBe(401);
  });
});
