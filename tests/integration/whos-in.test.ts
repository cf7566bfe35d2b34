import { randomUUID } from "node:crypto";
import { addDays, format, nextMonday } from "date-fns";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { todayIn } from "@/lib/date-only";
import type { Role } from "@/lib/generated/prisma/client";
import { createPrismaClient, type DbClient } from "@/lib/server/prisma-client";
import { callRoute, tokenFor } from "@/tests/support/api";
import { createSurnameOffice } from "@/tests/support/seat-office";
import { freshDatabaseUrl } from "@/tests/support/test-db";

/**
 * An office of its own: A–K come on Mondays, L–M on Tuesdays, N–Z (the
 * viewers, one per role) on Wednesdays; 6 seats a day. On the Monday, Fjell
 * stays home, Lund (a Tuesday person) gets the freed seat as an extra day
 * and Moe waits for one. The days are weeks ahead of today, whatever day
 * the test runs on.
 */
const MONDAY = format(nextMonday(addDays(new Date(`${todayIn("Europe/Oslo", new Date())}T12:00:00Z`), 14)), "yyyy-MM-dd");
const TUESDAY = format(addDays(new Date(`${MONDAY}T12:00:00Z`), 1), "yyyy-MM-dd");
const WEDNESDAY = format(addDays(new Date(`${MONDAY}T12:00:00Z`), 2), "yyyy-MM-dd");

type Share = "NOBODY" | "TEAM" | "OFFICE";
interface Person {
  id: string;
  name: string;
  token: string;
  user: CurrentUser;
}

let db: DbClient;
let people: Record<string, Person>;
let otherOfficeHr: Person;
let routes: {
  whosIn: typeof import("@/app/api/v1/offices/[id]/whos-in/route").GET;
  sharing: typeof import("@/app/api/v1/me/sharing/route");
  optOuts: typeof import("@/app/api/v1/me/opt-outs/route").POST;
  extra: typeof import("@/app/api/v1/me/extra-days/route").POST;
};
let sharingData: typeof import("@/lib/data/sharing");
let officeId: string;

const whosIn = (who: Person, date: string, office = officeId) =>
  callRoute(routes.whosIn, `/api/v1/offices/${office}/whos-in?date=${date}`, { token: who.token, params: { id: office } });
const names = (answer: { json: Record<string, any> }) => (answer.json.colleagues as { name: string; teammate: boolean }[]).map((colleague) => `${colleague.name}${colleague.teammate ? " (team)" : ""}`);

const makeOffice = (name: string) =>
  createSurnameOffice(db, `${name} ${randomUUID().slice(0, 8)}`, 6, [
    { from: "A", to: "K", weekdays: [1] },
    { from: "L", to: "M", weekdays: [2] },
    { from: "N", to: "Z", weekdays: [3] },
  ]);

async function person(office: { id: string; timezone: string }, familyName: string, options: { teamId?: string | null; share?: Share; role?: Role } = {}): Promise<Person> {
  const email = `${familyName.toLowerCase()}-${randomUUID().slice(0, 8)}@whos-in.test`;
  const row = await db.employee.create({
    data: {
      givenName: "Test",
      familyName,
      email,
      officeId: office.id,
      teamId: options.teamId ?? null,
      role: options.role ?? "EMPLOYEE",
      shareDaysWith: options.share ?? "NOBODY",
      startDate: new Date("2020-01-01T00:00:00Z"),
    },
  });
  const name = `Test ${familyName}`;
  return {
    id: row.id,
    name,
    token: await tokenFor(db, email),
    user: { id: row.id, name, email, role: row.role, officeId: office.id, officeTimezone: office.timezone, teamId: row.teamId },
  };
}

beforeAll(async () => {
  const url = await freshDatabaseUrl("whos_in");
  // Before the routes load lib/db.ts, which reads it.
  process.env.DATABASE_URL = url;
  db = createPrismaClient(url);
  routes = {
    whosIn: (await import("@/app/api/v1/offices/[id]/whos-in/route")).GET,
    sharing: await import("@/app/api/v1/me/sharing/route"),
    optOuts: (await import("@/app/api/v1/me/opt-outs/route")).POST,
    extra: (await import("@/app/api/v1/me/extra-days/route")).POST,
  };
  sharingData = await import("@/lib/data/sharing");
  const office = await makeOffice("Who's in");
  officeId = office.id;
  const other = await makeOffice("Elsewhere");
  const alpha = await db.team.create({ data: { officeId, name: "Alpha" } });
  const beta = await db.team.create({ data: { officeId, name: "Beta" } });
  const list = await Promise.all([
    // Mondays
    person(office, "Bakke", { teamId: alpha.id, share: "TEAM" }),
    person(office, "Dahl", { teamId: alpha.id, share: "OFFICE" }),
    person(office, "Eide", { teamId: alpha.id, share: "NOBODY" }),
    person(office, "Fjell", { teamId: alpha.id, share: "TEAM" }),
    person(office, "Gran", { teamId: beta.id, share: "OFFICE" }),
    person(office, "Haug", { teamId: beta.id, share: "TEAM" }),
    // Tuesdays
    person(office, "Lund", { teamId: alpha.id, share: "TEAM" }),
    person(office, "Moe", { teamId: alpha.id, share: "OFFICE" }),
    // Wednesdays: the viewers, who share nothing
    person(office, "Nilsen", { teamId: alpha.id, role: "EMPLOYEE" }),
    person(office, "Olsen", { teamId: alpha.id, role: "LEADER" }),
    person(office, "Pedersen", { teamId: alpha.id, role: "HR" }),
    person(office, "Rustad", { teamId: alpha.id, role: "ADMIN" }),
    person(office, "Strand", { teamId: beta.id }),
    person(office, "Tveit", { teamId: null }),
  ]);
  people = Object.fromEntries(list.map((one) => [one.name.replace("Test ", ""), one]));
  // The leader also leads Beta, without being in it: that shows them nothing more.
  await db.teamLeader.createMany({ data: [{ teamId: alpha.id, employeeId: people.Olsen!.id }, { teamId: beta.id, employeeId: people.Olsen!.id }] });
  otherOfficeHr = await person(other, "Ursin", { role: "HR", share: "OFFICE" });

  // The Monday's choices, through the app's own routes.
  expect((await callRoute(routes.optOuts, "/api/v1/me/opt-outs", { token: people.Fjell!.token, body: { from: MONDAY } })).status).toBe(200);
  expect((await callRoute(routes.extra, "/api/v1/me/extra-days", { token: people.Lund!.token, body: { date: MONDAY } })).json).toMatchObject({ status: "confirmed" });
  expect((await callRoute(routes.extra, "/api/v1/me/extra-days", { token: people.Moe!.token, body: { date: MONDAY } })).json).toMatchObject({ status: "waitlisted" });
});

afterAll(() => db.$disconnect());

describe("who's in lists only people who share with the caller and are expected", () => {
  const alphaView = ["Test Bakke (team)", "Test Dahl (team)", "Test Lund (team)", "Test Gran"];

  for (const role of ["Nilsen", "Olsen", "Pedersen", "Rustad"] as const) {
    it(`a member of Alpha (${role}) sees Alpha's team sharers and the office's sharers, never a non-sharer, a stay-home or a waitlisted request`, async () => {
      const viewer = people[role]!;
      const monday = await whosIn(viewer, MONDAY);
      expect(monday.status).toBe(200);
      // Not Eide (shares with nobody), Fjell (stays home), Moe (waits for a seat), Haug (shares with Beta only).
      expect(names(monday)).toEqual(alphaView);
      expect(monday.text).not.toContain(people.Eide!.id);
      expect(monday.text).not.toMatch(/Eide|Fjell|Moe|Haug/);
      // Lund and Moe on their own day; nobody on the viewers' Wednesday shares.
      expect(names(await whosIn(viewer, TUESDAY))).toEqual(["Test Lund (team)", "Test Moe (team)"]);
      expect(names(await whosIn(viewer, WEDNESDAY))).toEqual([]);
      // My office days reads the same, day by day.
      const days = await sharingData.whosInDays(viewer.user, MONDAY, WEDNESDAY);
      expect(days.map((day) => day.colleagues.map((colleague) => colleague.name))).toEqual([
        ["Test Bakke", "Test Dahl", "Test Lund", "Test Gran"],
        ["Test Lund", "Test Moe"],
        [],
      ]);
    });
  }

  it("a member of Beta sees Beta's team sharers and the office's; someone in no team only the office's", async () => {
    expect(names(await whosIn(people.Strand!, MONDAY))).toEqual(["Test Gran (team)", "Test Haug (team)", "Test Dahl"]);
    expect(names(await whosIn(people.Tveit!, MONDAY))).toEqual(["Test Dahl", "Test Gran"]);
  });

  it("a sharer who stays home disappears from that day at once, and is back when they undo it", async () => {
    const { DELETE } = await import("@/app/api/v1/me/opt-outs/[date]/route");
    await whosIn(people.Nilsen!, MONDAY); // the engine's result is cached now
    await callRoute(routes.optOuts, "/api/v1/me/opt-outs", { token: people.Dahl!.token, body: { from: MONDAY } });
    expect(names(await whosIn(people.Nilsen!, MONDAY))).not.toContain("Test Dahl");
    // Dahl's seat went to Moe, who waited and shares: a confirmed extra day is an expected day.
    expect(names(await whosIn(people.Nilsen!, MONDAY))).toEqual(["Test Bakke (team)", "Test Lund (team)", "Test Moe (team)", "Test Gran"]);
    const undone = await callRoute(DELETE, `/api/v1/me/opt-outs/${MONDAY}`, { token: people.Dahl!.token, method: "DELETE", params: { date: MONDAY } });
    expect(undone.json).toMatchObject({ status: "waitlisted" });
    // Back, but waiting for a seat: still not shown.
    expect(names(await whosIn(people.Nilsen!, MONDAY))).not.toContain("Test Dahl");
  });

  it("another office's days answer 404 for every role, an office's HR included", async () => {
    for (const viewer of [people.Pedersen!, people.Rustad!]) {
      const answer = await whosIn(viewer, MONDAY, otherOfficeHr.user.officeId);
      expect(answer.status).toBe(404);
      expect(answer.json.error.code).toBe("office_not_found");
    }
    expect((await whosIn(otherOfficeHr, MONDAY)).status).toBe(404);
  });

  it("dates are bounded: not a past day, not beyond a year, not malformed", async () => {
    expect((await whosIn(people.Nilsen!, "2020-01-06")).json.error).toMatchObject({ code: "past_day", field: "date" });
    expect((await whosIn(people.Nilsen!, "2100-12-31")).json.error).toMatchObject({ code: "beyond_horizon", field: "date" });
    const bad = await whosIn(people.Nilsen!, "2026-02-30");
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toContain("date");
  });
});

describe("the sharing setting", () => {
  it("GET and PUT /me/sharing: nobody by default, zod-checked", async () => {
    const reader = people.Tveit!;
    const get = () => callRoute(routes.sharing.GET, "/api/v1/me/sharing", { token: reader.token });
    const put = (body: unknown) => callRoute(routes.sharing.PUT, "/api/v1/me/sharing", { token: reader.token, method: "PUT", body });
    expect((await get()).json).toEqual({ with: "nobody" });
    const bad = await put({ with: "everyone" });
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toContain("with");
    expect((await get()).json).toEqual({ with: "nobody" });
    expect((await put({ with: "office" })).json).toEqual({ with: "office" });
    expect(names(await whosIn(people.Strand!, WEDNESDAY))).toEqual(["Test Tveit"]);
    expect((await put({ with: "nobody" })).json).toEqual({ with: "nobody" });
    expect(names(await whosIn(people.Strand!, WEDNESDAY))).toEqual([]);
  });

  it("turning sharing off takes effect on the next request on another instance, whose engine result is cached", async () => {
    // A second app instance: its own module graph, its own Prisma client and its own engine cache.
    const globals = globalThis as { db?: unknown };
    const first = globals.db;
    globals.db = undefined;
    vi.resetModules();
    const other = {
      whosIn: (await import("@/app/api/v1/offices/[id]/whos-in/route")).GET,
      sharing: await import("@/app/api/v1/me/sharing/route"),
      db: (await import("@/lib/db")).db,
    };
    globals.db = first;
    expect(other.db).not.toBe(first);
    const viaOther = (who: Person) => callRoute(other.whosIn, `/api/v1/offices/${officeId}/whos-in?date=${TUESDAY}`, { token: who.token, params: { id: officeId } });
    // Both instances have the Tuesday cached with Lund in it.
    expect(names(await whosIn(people.Nilsen!, TUESDAY))).toContain("Test Lund (team)");
    expect(names(await viaOther(people.Nilsen!))).toContain("Test Lund (team)");
    // Lund stops sharing on the first instance; the second answers without Lund on its next request.
    await callRoute(routes.sharing.PUT, "/api/v1/me/sharing", { token: people.Lund!.token, method: "PUT", body: { with: "nobody" } });
    expect(names(await viaOther(people.Nilsen!))).toEqual(["Test Moe (team)"]);
    // And the other way round: Moe stops on the second instance, the first sees it at once.
    await callRoute(other.sharing.PUT, "/api/v1/me/sharing", { token: people.Moe!.token, method: "PUT", body: { with: "nobody" } });
    expect(names(await whosIn(people.Nilsen!, TUESDAY))).toEqual([]);
    expect((await sharingData.whosInDays(people.Nilsen!.user, MONDAY, TUESDAY)).flatMap((day) => day.colleagues.map((colleague) => colleague.name))).not.toContain("Test Lund");
    await other.db.$disconnect();
  });
});
