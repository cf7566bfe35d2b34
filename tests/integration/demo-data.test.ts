import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "@/prisma/demo/seed-demo";
import { DEMO_LOGINS } from "@/prisma/demo/logins";
import { verifyPassword } from "@/lib/auth/password";
import { testPrisma } from "@/tests/support/test-db";

const db = testPrisma();
const today = new Date("2026-11-23T09:00:00Z");

describe("demo data", () => {
  beforeAll(async () => {
    await seedDemoData(db, { today });
  });
  afterAll(() => db.$disconnect());

  it("has three offices with their own alphabets and holidays", async () => {
    const offices = await db.office.findMany({ orderBy: { name: "asc" }, include: { _count: { select: { closures: true } } } });
    expect(offices.map((office) => [office.name, office.locale])).toEqual([["Oslo", "nb"], ["Stockholm", "sv"], ["Utrecht", "nl"]]);
    expect(offices.every((office) => office._count.closures > 5)).toBe(true);
  });

  it("has about 300 employees in 10 teams, with new hires and a hard-hit customer team", async () => {
    expect(await db.employee.count()).toBeGreaterThanOrEqual(300);
    expect(await db.team.count()).toBe(10);
    expect(await db.team.count({ where: { servesHardHitCustomers: true } })).toBeGreaterThanOrEqual(1);
    expect(await db.team.count({ where: { essential: true } })).toBeGreaterThanOrEqual(1);
    const newHires = await db.employee.count({ where: { startDate: { gte: new Date("2026-10-14T00:00:00Z") } } });
    expect(newHires).toBeGreaterThanOrEqual(10);
  });

  it("uses real local names: Ø and Å in Oslo, Ö in Stockholm, particles in Utrecht", async () => {
    const names = async (office: string) =>
      (await db.employee.findMany({ where: { office: { name: office } }, select: { familyName: true } })).map((employee) => employee.familyName);
    expect((await names("Oslo")).some((name) => /^[ÆØÅ]/.test(name))).toBe(true);
    expect((await names("Stockholm")).some((name) => /^[ÅÄÖ]/.test(name))).toBe(true);
    expect((await names("Utrecht")).some((name) => /^(van der|van den|'t|ter) /.test(name))).toBe(true);
  });

  it("gives each demo login its role and a hashed password", async () => {
    for (const account of DEMO_LOGINS.accounts) {
      const employee = await db.employee.findUniqueOrThrow({ where: { email: account.email }, include: { credential: true } });
      expect(employee.role).toBe(account.role);
      expect(employee.credential?.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(employee.credential!.passwordHash, DEMO_LOGINS.password)).toBe(true);
      expect(await verifyPassword(employee.credential!.passwordHash, "wrong")).toBe(false);
    }
  });

  it("seeds only once", async () => {
    const before = await db.employee.count();
    expect(await seedDemoData(db, { today })).toBe(false);
    expect(await db.employee.count()).toBe(before);
  });
});
