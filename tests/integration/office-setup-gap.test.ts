import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "@/prisma/demo/seed-demo";
import { testPrisma } from "@/tests/support/test-db";

const db = testPrisma();
const from = "2027-03-01";
const to = "2027-03-07";
const name = "Setup gap office (integration)";

describe("officeSetupGap: what the capacity page says instead of empty bars", () => {
  let officeSetupGap: typeof import("@/lib/data/capacity").officeSetupGap;
  let oslo: string;
  let empty: string;

  beforeAll(async () => {
    await seedDemoData(db, { today: new Date("2026-11-23T09:00:00Z") });
    oslo = (await db.office.findUniqueOrThrow({ where: { name: "Oslo" } })).id;
    empty = (
      await db.office.create({
        data: { name, timezone: "Europe/Oslo", locale: "nb", seats: 20, capacityPercent: 50, workingWeekdays: [1, 2, 3, 4, 5] },
      })
    ).id;
    ({ officeSetupGap } = await import("@/lib/data/capacity"));
  });
  afterAll(async () => {
    await db.employee.deleteMany({ where: { officeId: empty } });
    await db.office.delete({ where: { id: empty } });
    await db.$disconnect();
  });

  it("an office with nobody in it lacks people", async () => {
    expect(await officeSetupGap(empty, from, to)).toBe("noPeople");
  });

  it("an office with people and no published plan lacks a plan", async () => {
    await db.employee.create({
      data: { givenName: "Gap", familyName: "Tester", email: "gap.tester@example.com", officeId: empty, startDate: new Date("2026-01-05T00:00:00Z") },
    });
    await db.office.update({ where: { id: empty }, data: { revision: { increment: 1 } } });
    expect(await officeSetupGap(empty, from, to)).toBe("noPlan");
  });

  it("an office with people and a plan lacks nothing", async () => {
    expect(await officeSetupGap(oslo, from, to)).toBeNull();
  });
});
