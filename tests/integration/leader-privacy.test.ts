import { can } from "@/lib/auth/permissions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiContracts } from "@/lib/api/contracts";
import { activeUserById, type CurrentUser } from "@/lib/auth/session";
import { todayIn } from "@/lib/date-only";
import { signOneClick } from "@/lib/notifications/one-click";
import { seedDemoData } from "@/prisma/demo/seed-demo";
import { callRoute, tokenFor } from "@/tests/support/api";
import { apiRouteFiles } from "@/tests/support/api-routes";
import { testPrisma } from "@/tests/support/test-db";

const db = testPrisma();

function shift(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe("a leader learns nobody's individual choices", () => {
  let leader: CurrentUser;
  let leaderToken: string;
  let feedFile: string;
  let others: { id: string; email: string; givenName: string; familyName: string }[];
  const today = todayIn("Europe/Oslo", new Date());

  beforeAll(async () => {
    await seedDemoData(db, { today: new Date("2026-11-23T09:00:00Z") });
    const row = await db.employee.findUniqueOrThrow({ where: { email: "leader@example.com" }, select: { id: true } });
    leader = (await activeUserById(row.id))!;
    leaderToken = await tokenFor(db, "leader@example.com");
    const { resetOwnCalendarFeed } = await import("@/lib/data/calendar-feed");
    feedFile = `${/\/calendar\/(.+)$/.exec((await resetOwnCalendarFeed(leader, new Date(), "en")).url)![1]}`;
    // Who's in names those who chose to share their days (tests/integration/whos-in.test.ts); here nobody does, so any name is a leak.
    await db.employee.updateMany({ data: { shareDaysWith: "NOBODY" } });
    others = await db.employee.findMany({ where: { NOT: { id: leader.id } }, select: { id: true, email: true, givenName: true, familyName: true } });
    // Members of the leader's team stay home on the coming days, so there is something to leak.
    const members = await db.employee.findMany({ where: { teamId: leader.teamId, NOT: { id: leader.id } }, select: { id: true } });
    await db.$transaction([
      db.optOut.createMany({
        data: members.flatMap((member) => [1, 2, 3].map((ahead) => ({ employeeId: member.id, date: new Date(`${shift(today, ahead)}T00:00:00Z`) }))),
        skipDuplicates: true,
      }),
      db.office.update({ where: { id: leader.officeId }, data: { revision: { increment: 1 } } }),
    ]);
  });
  afterAll(() => db.$disconnect());

  it("every API route file has a contract, so none escapes the checks below", () => {
    const documented = new Set(apiContracts.map((contract) => contract.path));
    for (const route of apiRouteFiles().filter((route) => route.path !== "/openapi.json")) {
      expect(documented, route.file).toContain(route.path);
    }
  });

  it("no GET route answers a leader with another person's id, email or name", async () => {
    const samples: Record<string, string> = { id: leader.officeId, file: feedFile, token: signOneClick("any-secret", { a: "unsubscribe", e: leader.id, s: "digest" }) };
    const files = new Map(apiRouteFiles().map((route) => [route.path, route.file]));
    const gets = apiContracts.filter((contract) => contract.method === "GET");
    expect(gets.length).toBeGreaterThanOrEqual(4);
    for (const contract of gets) {
      const params = Object.fromEntries([...contract.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name!, samples[name!] ?? ""]));
      expect(Object.values(params), `no sample for a parameter of ${contract.path}: add one above`).not.toContain("");
      const url = contract.path.replace(/\{(\w+)\}/g, (_, name: string) => params[name]!);
      const module = (await import(files.get(contract.path)!)) as Record<string, Parameters<typeof callRoute>[0]>;
      const response = await callRoute(module.GET!, `/api/v1${url}?from=${today}&to=${shift(today, 27)}`, {
        token: contract.access === "public" ? undefined : leaderToken,
        params,
      });
      if (contract.access !== "public" && !can("LEADER", contract.access)) {
        // Not theirs to call at all (HR's routes): refused, so nothing leaks.
        expect(response.status, contract.path).toBe(403);
        continue;
      }
      // The one success each route documents: 200, or a redirect (an email link opened in a browser).
      const success = Object.keys(contract.responses).map(Number).filter((status) => status < 400);
      expect(success, contract.path).toHaveLength(1);
      expect(response.status, contract.path).toBe(success[0]);
      for (const other of others) {
        expect(response.text, contract.path).not.toContain(other.id);
        expect(response.text, contract.path).not.toContain(other.email);
        expect(response.text, contract.path).not.toContain(`${other.givenName} ${other.familyName}`);
      }
    }
  });

  it("the capacity answer holds totals per day and nothing else", async () => {
    const { GET } = await import("@/app/api/v1/offices/[id]/capacity/route");
    const response = await callRoute(GET, `/api/v1/offices/${leader.officeId}/capacity?from=${shift(today, 1)}&to=${shift(today, 3)}`, {
      token: leaderToken,
      params: { id: leader.officeId },
    });
    for (const day of response.json.days) {
      expect(Object.keys(day).sort()).toEqual(["capacity", "closure", "date", "expected", "extra", "free", "optedOut", "status", "suppressed", "waitlisted"]);
      for (const [key, value] of Object.entries(day)) {
        // A count, or null where the group is too small (README "Small groups").
        if (!["date", "status", "closure", "suppressed"].includes(key)) expect(value === null || typeof value === "number", key).toBe(true);
      }
    }
  });

  it("My team counts the members the plan puts in, so a member staying home changes nothing there", async () => {
    const { getTeamSchedule } = await import("@/lib/data/schedule");
    const withOptOuts = (await getTeamSchedule(leader, new Date()))!;
    await db.$transaction([
      db.optOut.deleteMany({ where: { employee: { teamId: leader.teamId } } }),
      db.office.update({ where: { id: leader.officeId }, data: { revision: { increment: 1 } } }),
    ]);
    const without = (await getTeamSchedule(leader, new Date()))!;
    expect(withOptOuts.map((day) => day.teamScheduled)).toEqual(without.map((day) => day.teamScheduled));
    for (const day of without) {
      expect(Object.keys(day).sort()).toEqual(["closure", "date", "load", "status", "teamScheduled"]);
      expect(Object.keys(day.load).sort()).toEqual(["capacity", "expected", "free", "suppressed"]);
    }
  });
});
