import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { DEFAULT_MIN_GROUP } from "@/lib/privacy/small-groups";
import { createPrismaClient, type DbClient } from "@/lib/server/prisma-client";
import { callRoute, tokenFor } from "@/tests/support/api";
import { apiRouteFiles } from "@/tests/support/api-routes";
import { setPrivacyMinGroup } from "@/tests/support/privacy-env";
import { currentUserByEmail } from "@/tests/support/current-user";
import { MONDAY } from "@/tests/support/seat-office";
import { freshDatabaseUrl } from "@/tests/support/test-db";

// README "Small groups": someone trying to learn whether one person stays
// home (or asks for a seat) on a day, from every answer their role can get.
// In a group of fewer than k planned people every answer is the same
// whether or not the person stays home; from k on, the answers say that
// someone did, never who (the same answers had another member done it).
const K = DEFAULT_MIN_GROUP;
const ROLES = ["EMPLOYEE", "LEADER", "HR", "ADMIN"] as const;
/** Views that decide "today" from a clock get one on the morning of the day watched. */
const WATCH_NOW = new Date(`${MONDAY}T06:00:00Z`);

let db: DbClient;
let restorePrivacy: () => void;

interface Person {
  id: string;
  email: string;
  token: string;
  user: CurrentUser;
}

/** Every GET route under app/api/v1 but the calendar feed (the watcher's own days only) and the document. */
const getRoutes = () => apiRouteFiles().filter((route) => !route.path.startsWith("/calendar") && route.path !== "/openapi.json");

async function person(officeId: string, familyName: string, role: (typeof ROLES)[number] = "EMPLOYEE", teamId: string | null = null): Promise<Person> {
  const email = `${familyName.toLowerCase()}-${randomUUID().slice(0, 8)}@privacy.test`;
  await db.employee.create({ data: { givenName: "Test", familyName, email, role, officeId, teamId, startDate: new Date("2020-01-01T00:00:00Z") } });
  return { id: (await db.employee.findUniqueOrThrow({ where: { email } })).id, email, token: await tokenFor(db, email), user: await currentUserByEmail(db, email) };
}

/** An office whose A–K people come on Mondays and L–Z people on Tuesdays, with ten seats. */
async function office(name: string) {
  const created = await db.office.create({ data: { name, timezone: "Europe/Oslo", locale: "nb", seats: 10, capacityPercent: 100, workingWeekdays: [1, 2, 3, 4, 5] } });
  const rules = { waves: [{ name: "All", selectors: [{ kind: "everyone" }], distribution: { rule: "surname", groups: [{ from: "A", to: "K", weekdays: [1] }, { from: "L", to: "Z", weekdays: [2] }] } }] };
  await db.rotationPlan.create({ data: { officeId: created.id, name: "Plan", version: 1, status: "PUBLISHED", effectiveFrom: new Date("2026-11-02T00:00:00Z"), publishedAt: new Date(), rules } });
  return { ...created, rules };
}

/**
 * A group of `size` people planned on Monday (the first two are `target` and
 * `other`), in one team with a leader; and a watcher of every role, planned on
 * Tuesday with one more person, so that the office's others are k.
 */
async function smallOffice(size: number) {
  const tag = randomUUID().slice(0, 6);
  const where = await office(`Privacy ${size} ${tag}`);
  const team = await db.team.create({ data: { name: `Team ${tag}`, officeId: where.id } });
  const group = [];
  for (let index = 0; index < size; index++) group.push(await person(where.id, `Andersen${"abcdefghij"[index]}`, "EMPLOYEE", team.id));
  const watchers = {} as Record<(typeof ROLES)[number], Person>;
  for (const role of ROLES) watchers[role] = await person(where.id, `Nilsen${role.toLowerCase()}`, role, role === "LEADER" ? team.id : null);
  await db.teamLeader.create({ data: { teamId: team.id, employeeId: watchers.LEADER.id } });
  watchers.LEADER.user = await currentUserByEmail(db, watchers.LEADER.email);
  await person(where.id, "Olsen");
  return { office: where, group, watchers };
}

type RouteModule = { GET?: Parameters<typeof callRoute>[0] };
let routes: Map<string, RouteModule>;
let views: {
  capacity: typeof import("@/lib/data/capacity");
  myDays: typeof import("@/lib/data/my-days");
  schedule: typeof import("@/lib/data/schedule");
  changePreview: typeof import("@/lib/data/change-preview");
  employees: typeof import("@/lib/data/employees");
};
let previewRoute: Parameters<typeof callRoute>[0];
let optOutRoute: Parameters<typeof callRoute>[0];
let undoRoute: Parameters<typeof callRoute>[0];
let extraRoute: Parameters<typeof callRoute>[0];
let withdrawRoute: Parameters<typeof callRoute>[0];

/** Everything `watcher` can read about `officeId` on MONDAY: every GET route, every page's data, HR's previews. */
async function watch(watcher: Person, where: { id: string; rules: unknown }): Promise<string> {
  const seen: Record<string, unknown> = {};
  for (const [routePath, module] of routes) {
    const url = routePath.replace("{id}", where.id);
    const answer = await callRoute(module.GET!, `/api/v1${url}?from=${MONDAY}&to=${MONDAY}`, { token: watcher.token, params: { id: where.id } });
    seen[routePath] = [answer.status, answer.text];
  }
  const preview = await callRoute(previewRoute, `/api/v1/offices/${where.id}/plans/preview`, {
    token: watcher.token,
    params: { id: where.id },
    body: { rules: where.rules, effectiveFrom: MONDAY },
  });
  seen.planPreview = [preview.status, preview.text];
  seen.capacityPage = await views.capacity.getOfficeCapacity(where.id, MONDAY, MONDAY);
  seen.myDaysPage = await views.myDays.getMyDays(watcher.user, WATCH_NOW, { from: MONDAY, to: MONDAY });
  seen.teamPage = await views.schedule.getTeamSchedule(watcher.user, WATCH_NOW, 1);
  if (watcher.user.role === "HR" || watcher.user.role === "ADMIN") {
    seen.officeChangePreview = await views.changePreview.previewOfficeChangeFor(where.id, { removeClosures: [], addClosures: [MONDAY] }, WATCH_NOW);
  }
  return JSON.stringify(seen);
}

const stayHome = (who: Person) => callRoute(optOutRoute, "/api/v1/me/opt-outs", { token: who.token, body: { from: MONDAY } });
const undo = (who: Person) => callRoute(undoRoute, `/api/v1/me/opt-outs/${MONDAY}`, { token: who.token, method: "DELETE", params: { date: MONDAY } });

beforeAll(async () => {
  const url = await freshDatabaseUrl("small_groups");
  process.env.DATABASE_URL = url;
  restorePrivacy = setPrivacyMinGroup(undefined);
  db = createPrismaClient(url);
  // One active admin elsewhere: HR's changes to people must leave one.
  const head = await office("Head office");
  await person(head.id, "Admin", "ADMIN");
  routes = new Map();
  for (const route of getRoutes()) {
    const module = (await import(route.file)) as RouteModule;
    if (module.GET) routes.set(route.path, module);
  }
  views = {
    capacity: await import("@/lib/data/capacity"),
    myDays: await import("@/lib/data/my-days"),
    schedule: await import("@/lib/data/schedule"),
    changePreview: await import("@/lib/data/change-preview"),
    employees: await import("@/lib/data/employees"),
  };
  previewRoute = (await import("@/app/api/v1/offices/[id]/plans/preview/route")).POST;
  optOutRoute = (await import("@/app/api/v1/me/opt-outs/route")).POST;
  undoRoute = (await import("@/app/api/v1/me/opt-outs/[date]/route")).DELETE;
  extraRoute = (await import("@/app/api/v1/me/extra-days/route")).POST;
  withdrawRoute = (await import("@/app/api/v1/me/extra-days/[date]/route")).DELETE;
});
afterAll(async () => {
  restorePrivacy();
  await db.$disconnect();
});

describe(`nobody learns one person's stay-home from any answer (k = ${K})`, () => {
  for (const size of [1, 2, K - 1]) {
    it(`in an office and a team of ${size} planned: every role sees the same answers whether or not they stay home`, async () => {
      const { office: where, group, watchers } = await smallOffice(size);
      const target = group[0]!;
      const before = await Promise.all(ROLES.map((role) => watch(watchers[role], where)));
      expect((await stayHome(target)).status).toBe(200);
      const after = await Promise.all(ROLES.map((role) => watch(watchers[role], where)));
      ROLES.forEach((role, index) => expect(after[index], role).toBe(before[index]));
      // The person themselves sees their own choice.
      expect((await views.myDays.getMyDays(target.user, WATCH_NOW, { from: MONDAY, to: MONDAY })).days[0]).toMatchObject({ status: "home", reason: { reason: "opted-out" } });
    }, 60_000);
  }

  it(`in an office and a team of ${K} planned: the answers tell that someone stays home, never who`, async () => {
    const { office: where, group, watchers } = await smallOffice(K);
    const [target, other] = group as [Person, Person];
    const nobody = await Promise.all(ROLES.map((role) => watch(watchers[role], where)));
    await stayHome(target);
    const targetHome = await Promise.all(ROLES.map((role) => watch(watchers[role], where)));
    expect(await undo(target)).toMatchObject({ status: 200 });
    await stayHome(other);
    const otherHome = await Promise.all(ROLES.map((role) => watch(watchers[role], where)));
    ROLES.forEach((role, index) => {
      expect(targetHome[index], role).toBe(otherHome[index]);
      expect(targetHome[index], role).not.toBe(nobody[index]);
    });
    expect((await views.capacity.getOfficeCapacity(where.id, MONDAY, MONDAY)).days[0]).toMatchObject({ optedOut: 1, suppressed: false });
  }, 60_000);

  it("an extra day asked for is as private: the answers are the same whoever of the others asked", async () => {
    const { office: where, watchers } = await smallOffice(K);
    const askers = [watchers.EMPLOYEE, watchers.LEADER];
    const seen: string[] = [];
    for (const asker of askers) {
      expect((await callRoute(extraRoute, "/api/v1/me/extra-days", { token: asker.token, body: { date: MONDAY } })).status).toBe(201);
      seen.push(await watch(watchers.HR, where));
      await callRoute(withdrawRoute, `/api/v1/me/extra-days/${MONDAY}`, { token: asker.token, method: "DELETE", params: { date: MONDAY } });
    }
    expect(seen[0]).toBe(seen[1]);
  }, 60_000);

  it("an extra day asked for by the only person the plan leaves out that day shows in no answer", async () => {
    const { watchers } = await smallOffice(K);
    const where = await office(`Lone other ${randomUUID().slice(0, 6)}`);
    for (let index = 0; index < K; index++) await person(where.id, `Berg${"abcdefghij"[index]}`);
    const loner = await person(where.id, "Lund");
    const before = await Promise.all(ROLES.map((role) => watch(watchers[role], where)));
    expect((await callRoute(extraRoute, "/api/v1/me/extra-days", { token: loner.token, body: { date: MONDAY } })).status).toBe(201);
    const after = await Promise.all(ROLES.map((role) => watch(watchers[role], where)));
    ROLES.forEach((role, index) => expect(after[index], role).toBe(before[index]));
  }, 60_000);

  it("after HR moves the person into a new office of their own, that office's answers show nothing of their stay-homes", async () => {
    const { group, watchers } = await smallOffice(K);
    const target = group[0]!;
    await stayHome(target);
    const solo = await office(`Solo ${randomUUID().slice(0, 6)}`);
    const hr = watchers.HR.user;
    await views.employees.updateEmployee(
      hr,
      target.id,
      { givenName: "Test", familyName: "Andersena", email: target.email, officeId: solo.id, teamId: null, startDate: "2020-01-01", role: "EMPLOYEE" },
      WATCH_NOW,
    );
    // Their stay-homes ended with the move: none follows them into the new office's totals.
    expect(await db.optOut.count({ where: { employeeId: target.id } })).toBe(0);
    target.user = await currentUserByEmail(db, target.email);
    const before = await Promise.all(ROLES.map((role) => watch(watchers[role], solo)));
    expect((await stayHome(target)).status).toBe(200);
    const after = await Promise.all(ROLES.map((role) => watch(watchers[role], solo)));
    ROLES.forEach((role, index) => expect(after[index], role).toBe(before[index]));
    expect((await views.capacity.getOfficeCapacity(solo.id, MONDAY, MONDAY)).days[0]).toMatchObject({ capacity: 10, optedOut: null, expected: null, suppressed: true });
  }, 60_000);
});
