import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { INSERT_BATCH_ROWS, inBatches } from "@/lib/data/insert-batches";
import { testPrisma } from "@/tests/support/test-db";

const raw = testPrisma();

describe("many rows in one transaction", () => {
  afterAll(() => raw.$disconnect());

  it("writes every row in batches one after another, so pg never sees two queries at once on one connection", async () => {
    // 10,000 rows of 5 columns pass PostgreSQL's 32,767 bind parameters: one createMany would be split and sent at once.
    const office = await raw.office.create({ data: { name: "Batches", timezone: "Europe/Oslo", locale: "nb", seats: 10, capacityPercent: 50, workingWeekdays: [1, 2, 3, 4, 5] } });
    const rows = Array.from({ length: 10_000 }, (_, index) => ({
      email: `batch-${index}@example.com`,
      givenName: "Batch",
      familyName: `Person ${index}`,
      officeId: office.id,
      startDate: new Date("2026-01-05T00:00:00Z"),
    }));
    try {
      // tests/integration/database-env.ts fails the run on pg's warning, which one createMany of these rows gives.
      await db.$transaction((tx) => inBatches(rows, (data) => tx.employee.createMany({ data })), { timeout: 60_000 });
      expect(INSERT_BATCH_ROWS * 5).toBeLessThan(32_767);
      expect(await raw.employee.count({ where: { officeId: office.id } })).toBe(10_000);
    } finally {
      // Other test files share this database.
      await raw.employee.deleteMany({ where: { officeId: office.id } });
      await raw.office.delete({ where: { id: office.id } });
    }
  });
});
