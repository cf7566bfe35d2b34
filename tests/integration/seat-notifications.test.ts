import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { officeSettingsSchema } from "@/lib/validation/offices";
import { createPrismaClient, type DbClient } from "@/lib/server/prisma-client";
import { callRoute } from "@/tests/support/api";
import { createSeatOffice, hrIn, MONDAY, type SeatOfficePerson } from "@/tests/support/seat-office";
import { setPrivacyMinGroup } from "@/tests/support/privacy-env";
import { freshDatabaseUrl } from "@/tests/support/test-db";

// Issue 15, events 1 and 2: whoever gets or loses a seat beyond the plan is
// told, in the transaction of the change that did it, and nobody else is.
let db: DbClient;
let data: { offices: typeof import("@/lib/data/offices"); closures: typeof import("@/lib/data/closures"); employees: typeof import("@/lib/data/employees") };
let routes: { extra: typeof import("@/app/api/v1/me/extra-days/route").POST; optOuts: typeof import("@/app/api/v1/me/opt-outs/route").POST };

/** HR's clock: before the test office's Monday. */
const NOW = new Date("2027-02-22T09:00:00Z");

const askExtra = (token: string, date: string) => callRoute(routes.extra, "/api/v1/me/extra-days", { token, body: { date } });
const stayHome = (token: string, date: string) => callRoute(routes.optOuts, "/api/v1/me/opt-outs", { token, body: { from: date } });
const settings = (office: { name: string }, seats: number) =>
  officeSettingsSchema.parse({ name: office.name, timezone: "Europe/Oslo", locale: "nb", country: "NO", seats, capacity: { mode: "percent", percent: 100 }, workingWeekdays: [1, 2, 3, 4, 5] });

/** Every notification of these people: kind and days, per person. */
async function toldTo(people: readonly { id: string }[]) {
  const rows = await db.notification.findMany({ where: { employeeId: { in: people.map((person) => person.id) } }, orderBy: { createdAt: "asc" } });
  return rows.map((row) => ({ employeeId: row.employeeId, kind: row.kind, days: (row.payload as { days: { date: string }[] }).days.map((day) => day.date) }));
}

let restorePrivacy: () => void;
beforeAll(async () => {
  restorePrivacy = setPrivacyMinGroup("1");
  const url = await freshDatabaseUrl("seat_notices");
  process.env.DATABASE_URL = url;
  db = createPrismaClient(url);
  data = { offices: await import("@/lib/data/offices"), closures: await import("@/lib/data/closures"), employees: await import("@/lib/data/employees") };
  const head = await db.office.create({ data: { name: "Head office", timezone: "Europe/Oslo", locale: "nb", seats: 10, capacityPercent: 100, workingWeekdays: [1, 2, 3, 4, 5] } });
  await db.employee.create({ data: { givenName: "Ada", familyName: "Admin", email: "admin@seat-notices.test", role: "ADMIN", officeId: head.id, startDate: new Date("2020-01-01T00:00:00Z") } });
  routes = { extra: (await import("@/app/api/v1/me/extra-days/route")).POST, optOuts: (await import("@/app/api/v1/me/opt-outs/route")).POST };
});
afterAll(async () => {
  restorePrivacy();
  await db.$disconnect();
});

describe("you got a seat, you lost your seat", () => {
  it("someone staying home gives the first on the waitlist a seat, and only they are told", async () => {
    const { mondays, tuesdays } = await createSeatOffice(db, { capacity: 2, mondays: 2, tuesdays: 1 });
    const [planned, other] = mondays as [SeatOfficePerson, SeatOfficePerson];
    const waiting = tuesdays[0]!;
    expect((await askExtra(waiting.token, MONDAY)).status).toBe(202);
    expect((await stayHome(planned.token, MONDAY)).status).toBe(200);
    expect(await toldTo([planned, other, waiting])).toEqual([{ employeeId: waiting.id, kind: "seat-gained", days: [MONDAY] }]);
  });

  it("a capacity rise gives seats and tells each person once; lowering it again tells them they lost them", async () => {
    const { office, mondays, tuesdays } = await createSeatOffice(db, { capacity: 2, mondays: 2, tuesdays: 2 });
    const [first, second] = tuesdays as [SeatOfficePerson, SeatOfficePerson];
    const hr = await hrIn(db, office.id);
    expect((await askExtra(first.token, MONDAY)).status).toBe(202);
    expect((await askExtra(second.token, MONDAY)).status).toBe(202);
    await data.offices.updateOffice(hr, office.id, settings(office, 4), NOW);
    const gained = await toldTo([...mondays, first, second]);
    expect(gained).toHaveLength(2);
    expect(gained).toEqual(expect.arrayContaining([{ employeeId: first.id, kind: "seat-gained", days: [MONDAY] }, { employeeId: second.id, kind: "seat-gained", days: [MONDAY] }]));

    await data.offices.updateOffice(hr, office.id, settings(office, 2), NOW);
    const lost = (await toldTo([...mondays, first, second])).filter((message) => message.kind === "seat-lost");
    expect(lost).toEqual(expect.arrayContaining([{ employeeId: first.id, kind: "seat-lost", days: [MONDAY] }, { employeeId: second.id, kind: "seat-lost", days: [MONDAY] }]));
    expect(lost).toHaveLength(2);
  });

  it("a closed day is told once, by the closure's own message, not also as a lost seat", async () => {
    const { office, tuesdays } = await createSeatOffice(db, { capacity: 3, mondays: 2, tuesdays: 1 });
    const guest = tuesdays[0]!;
    const hr = await hrIn(db, office.id);
    expect((await askExtra(guest.token, MONDAY)).status).toBe(201);
    await data.closures.addClosures(hr, office.id, [{ date: MONDAY, reason: "Water damage" }], NOW);
    expect(await toldTo([guest])).toEqual([{ employeeId: guest.id, kind: "day-lost", days: [MONDAY] }]);
  });

  it("a seat holder who leaves passes the seat on: the next in line is told, the leaver is not written to", async () => {
    const { office, tuesdays } = await createSeatOffice(db, { capacity: 3, mondays: 2, tuesdays: 2 });
    const [holder, next] = tuesdays as [SeatOfficePerson, SeatOfficePerson];
    const hr = await hrIn(db, office.id);
    expect((await askExtra(holder.token, MONDAY)).status).toBe(201);
    expect((await askExtra(next.token, MONDAY)).status).toBe(202);
    await data.employees.setEmployeeActive(hr, holder.id, false, NOW);
    expect(await toldTo([holder, next])).toEqual([{ employeeId: next.id, kind: "seat-gained", days: [MONDAY] }]);
  });

  it("a rolled-back change tells nobody", async () => {
    const { office, tuesdays } = await createSeatOffice(db, { capacity: 2, mondays: 2, tuesdays: 1 });
    const waiting = tuesdays[0]!;
    const hr = await hrIn(db, office.id);
    expect((await askExtra(waiting.token, MONDAY)).status).toBe(202);
    // The same office name twice is refused after the seats were decided: the transaction rolls back.
    const other = await db.office.create({ data: { name: `Taken ${randomUUID().slice(0, 8)}`, timezone: "Europe/Oslo", locale: "nb", seats: 1, capacityPercent: 100, workingWeekdays: [1] } });
    await expect(data.offices.updateOffice(hr, office.id, settings(other, 4), NOW)).rejects.toThrow();
    expect(await toldTo([waiting])).toEqual([]);
  });
});
