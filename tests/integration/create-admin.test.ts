import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdmin } from "@/lib/server/bootstrap-admin";
import { verifyPassword } from "@/lib/auth/password";
import { now } from "@/lib/clock";
import { toDbDate, todayIn } from "@/lib/date-only";
import type { DbClient } from "@/lib/server/prisma-client";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { freshDatabaseUrl } from "@/tests/support/test-db";

let db: DbClient;

describe("creating the first admin of a real installation", () => {
  beforeAll(async () => {
    db = createPrismaClient(await freshDatabaseUrl("create_admin"));
  });
  afterAll(() => db.$disconnect());

  it("creates the office and the admin, with a hashed password and an audit entry", async () => {
    const result = await createAdmin(db, {
      email: "Founder@Company.test",
      givenName: "Kari",
      familyName: "Nordahl",
      office: "Bergen",
      timezone: "Europe/Oslo",
      locale: "nb",
      seats: "80",
      capacityPercent: "40",
      password: "a-long-enough-password",
    });
    expect(result.officeCreated).toBe(true);
    const admin = await db.employee.findUniqueOrThrow({ where: { email: "founder@company.test" }, include: { credential: true, office: true } });
    expect(admin.role).toBe("ADMIN");
    expect(admin.office).toMatchObject({ name: "Bergen", seats: 80, capacityPercent: 40, locale: "nb" });
    expect(await verifyPassword(admin.credential!.passwordHash, "a-long-enough-password")).toBe(true);
    expect(await db.auditLog.count({ where: { action: "employee.create_admin", entityId: admin.id } })).toBe(1);
  });

  it("making an existing person admin ends the sessions they opened before", async () => {
    const person = await db.employee.create({
      data: { email: "promoted@company.test", givenName: "Per", familyName: "Promo", officeId: (await db.office.findUniqueOrThrow({ where: { name: "Bergen" } })).id, startDate: new Date("2026-01-05") },
    });
    const session = await db.authSession.create({ data: { employeeId: person.id, expiresAt: new Date("2100-01-01") } });
    await createAdmin(db, { email: "promoted@company.test", givenName: "Per", familyName: "Promo", office: "Bergen" });
    expect((await db.employee.findUniqueOrThrow({ where: { id: person.id } })).role).toBe("ADMIN");
    expect((await db.authSession.findUniqueOrThrow({ where: { id: session.id } })).endedAt).not.toBeNull();
  });

  it("reactivating a person counts them from today only (a dated change), and every app instance decides their office again", async () => {
    const bergen = await db.office.findUniqueOrThrow({ where: { name: "Bergen" } });
    const person = await db.employee.create({
      data: { email: "back@company.test", givenName: "Bo", familyName: "Back", officeId: bergen.id, active: false, startDate: new Date("2026-01-05") },
    });
    await createAdmin(db, { email: "back@company.test", givenName: "Bo", familyName: "Back", office: "Bergen" });
    expect(await db.earlierPlace.findMany({ where: { employeeId: person.id }, select: { officeId: true, until: true, away: true } })).toEqual([
      { officeId: bergen.id, until: toDbDate(todayIn("Europe/Oslo", now())), away: true },
    ]);
    expect((await db.office.findUniqueOrThrow({ where: { id: bergen.id } })).revision).toBe(bergen.revision + 1);
  });

  it("refuses a new office without its time zone, alphabet and seats, and changes nothing", async () => {
    await expect(createAdmin(db, { email: "x@company.test", givenName: "X", familyName: "Y", office: "Tromsø" })).rejects.toThrow(
      'Office "Tromsø" does not exist yet: give --timezone, --locale and --seats to create it',
    );
    expect(await db.employee.count({ where: { email: "x@company.test" } })).toBe(0);
  });

  it("names each bad argument", async () => {
    await expect(
      createAdmin(db, { email: "nope", givenName: "", familyName: "Y", office: "Bergen", timezone: "Mars/Olympus", password: "short" }),
    ).rejects.toThrow(/--email must be an email address[\s\S]*--given-name is required[\s\S]*--timezone must be an IANA time zone[\s\S]*ADMIN_PASSWORD must be at least 12 characters/);
  });
});
