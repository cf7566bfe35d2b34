import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "@/prisma/demo/seed-demo";
import { DEMO_LOGINS } from "@/prisma/demo/logins";
import { testPrisma } from "@/tests/support/test-db";

const db = testPrisma();

type Authorize = (credentials: Record<string, string>) => Promise<{ id: string; email?: string | null } | null>;

describe("signing in with email and password", () => {
  let authorize: Authorize;
  let signInCallback: (params: { user: { email?: string | null } }) => Promise<boolean | string>;

  beforeAll(async () => {
    await seedDemoData(db, { today: new Date("2026-11-23T09:00:00Z") });
    const { authOptions } = await import("@/lib/auth/options");
    const credentials = authOptions.providers.find((provider) => provider.id === "credentials") as unknown as { options: { authorize: Authorize } };
    authorize = credentials.options.authorize;
    signInCallback = authOptions.callbacks!.signIn! as unknown as typeof signInCallback;
  });
  afterAll(() => db.$disconnect());

  it("admits a demo login with the right password, ignoring case and spaces in the email", async () => {
    const user = await authorize({ email: "  Employee@Example.com ", password: DEMO_LOGINS.password });
    const employee = await db.employee.findUniqueOrThrow({ where: { email: "employee@example.com" } });
    expect(user?.id).toBe(employee.id);
  });

  it("refuses a wrong password, an unknown email and malformed input", async () => {
    expect(await authorize({ email: "employee@example.com", password: "wrong" })).toBeNull();
    expect(await authorize({ email: "nobody@example.com", password: DEMO_LOGINS.password })).toBeNull();
    expect(await authorize({ email: "not an email", password: "x" })).toBeNull();
  });

  it("refuses a deactivated employee", async () => {
    await db.employee.update({ where: { email: "hr@example.com" }, data: { active: false } });
    try {
      expect(await authorize({ email: "hr@example.com", password: DEMO_LOGINS.password })).toBeNull();
      expect(await signInCallback({ user: { email: "hr@example.com" } })).toBe(false);
    } finally {
      await db.employee.update({ where: { email: "hr@example.com" }, data: { active: true } });
    }
  });

  it("admits single sign-on only for registered employees", async () => {
    expect(await signInCallback({ user: { email: "LEADER@example.com" } })).toBe(true);
    expect(await signInCallback({ user: { email: "stranger@example.com" } })).toBe(false);
  });
});
