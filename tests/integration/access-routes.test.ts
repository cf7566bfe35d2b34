import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "@/prisma/demo/seed-demo";
import { DEMO_LOGINS } from "@/prisma/demo/logins";
import { callRoute, tokenFor } from "@/tests/support/api";
import { ROLES, routeTable } from "@/tests/support/access-table";
import { testPrisma } from "@/tests/support/test-db";

const db = testPrisma();

describe("every API route answers each role as the access table says", () => {
  const tokens = new Map<string, string>();
  beforeAll(async () => {
    await seedDemoData(db, { today: new Date("2026-11-23T09:00:00Z") });
    for (const account of DEMO_LOGINS.accounts) tokens.set(account.role, await tokenFor(db, account.email));
  });
  afterAll(() => db.$disconnect());

  for (const row of routeTable.filter((candidate) => candidate.access !== "public")) {
    it(`${row.method} ${row.url}`, async () => {
      const module = (await import(`@/${row.file.replace(/\.ts$/, "")}`)) as Record<string, Parameters<typeof callRoute>[0]>;
      const handler = module[row.method]!;
      const call = (token?: string) =>
        callRoute(handler, row.url, { token, method: row.method, ...(row.body ? { body: row.body.text, contentType: row.body.contentType } : {}) });
      for (const role of ROLES) {
        const { status } = await call(tokens.get(role));
        if (row.roles.includes(role)) expect({ role, refused: status === 401 || status === 403, status }).toMatchObject({ role, refused: false });
        else expect({ role, status }).toEqual({ role, status: 403 });
      }
    });
  }
});
