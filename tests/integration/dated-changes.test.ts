import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { everyDay, plusDays, type IsoDate } from "@/lib/date-only";
import { computeRotation, peopleByDay, scheduleFor, type EmployeeDay, type RotationResult } from "@/lib/rotation";
import { createPrismaClient, type DbClient } from "@/lib/server/prisma-client";
import { hrIn } from "@/tests/support/seat-office";
import { freshDatabaseUrl } from "@/tests/support/test-db";

// README "Dated changes": HR's changes to people (leaving, moving team,
// office or surname, joining) hold from the day they are made, through the
// console and the import alike. Earlier days, and everyone else's turns on
// them, stay as they were; among equals the cuts stay fair across the changes.
let db: DbClient;
let data: {
  employees: typeof import("@/lib/data/employees");
  imports: typeof import("@/lib/data/employee-import");
  input: typeof import("@/lib/data/rotation-input");
  teams: typeof import("@/lib/data/teams");
  plannedDays: typeof import("@/lib/data/employee-plan-days");
};

/** The first day of the test offices' plan. */
const PLAN_START = "2026-11-02";
/** Early morning in Oslo on `day` (winter time): HR's change is made on that day. */
const on = (day: IsoDate) => new Date(`${day}T08:00:00Z`);
const weekdays = (from: IsoDate, to: IsoDate) => everyDay(from, to).filter((day) => ![0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay()));

interface Person {
  id: string;
  email: string;
  givenName: string;
  familyName: string;
  teamId: string | null;
}

/**
 * An office of its own with `seats` seats and a plan since PLAN_START that
 * brings everyone in every weekday, surnames A–K and L–Z as two groups (two
 * rings of equals each); a plain team and an essential one (a priority of
 * its own); `people` named from `familyNames`, in the plain team.
 */
async function createOffice(seats: number, familyNames: readonly string[]) {
  const tag = randomUUID().slice(0, 8);
  const office = await db.office.create({
    data: { name: `Dated ${tag}`, timezone: "Europe/Oslo", locale: "nb", seats, capacityPercent: 100, workingWeekdays: [1, 2, 3, 4, 5] },
  });
  const plain = await db.team.create({ data: { officeId: office.id, name: "Plain" } });
  const essential = await db.team.create({ data: { officeId: office.id, name: "Essential", essential: true } });
  const everyWeekday = [1, 2, 3, 4, 5];
  await db.rotationPlan.create({
    data: {
      officeId: office.id,
      name: "Every day",
      version: 1,
      status: "PUBLISHED",
      effectiveFrom: new Date(`${PLAN_START}T00:00:00Z`),
      publishedAt: new Date(`${PLAN_START}T00:00:00Z`),
      rules: {
        waves: [{ name: "Everyone", selectors: [{ kind: "everyone" }], distribution: { rule: "surname", groups: [{ from: "A", to: "K", weekdays: everyWeekday }, { from: "L", to: "Z", weekdays: everyWeekday }] } }],
      },
    },
  });
  const people: Person[] = [];
  for (const [index, familyName] of familyNames.entries()) {
    const email = `p${index}-${tag}@dated.test`;
    const row = await db.employee.create({ data: { givenName: `P${index}`, familyName, email, officeId: office.id, teamId: plain.id, startDate: new Date("2020-01-01T00:00:00Z") } });
    people.push({ id: row.id, email, givenName: row.givenName, familyName, teamId: plain.id });
  }
  return { office, plain, essential, people, hr: await hrIn(db, office.id) };
}

/** The fields HR's form sends for `person` in `officeId`, with `change` applied. */
const fieldsOf = (person: Person, officeId: string, change: Partial<Person & { officeId: string }> = {}) => ({
  givenName: person.givenName,
  familyName: person.familyName,
  email: person.email,
  officeId,
  teamId: person.teamId,
  startDate: "2020-01-01",
  role: "EMPLOYEE" as const,
  ...change,
});

const decide = async (officeId: string, from: IsoDate, to: IsoDate) => computeRotation(await data.input.loadEngineInput(officeId, from, to));

/** Every person's days in the result. */
const everyone = (result: RotationResult) => new Map(result.employeeIds.map((id) => [id, scheduleFor(result, id)]));

const isCut = (day: EmployeeDay) => day.reason.kind === "not-expected" && day.reason.reason === "capacity-cut";

beforeAll(async () => {
  const url = await freshDatabaseUrl("dated_changes");
  process.env.DATABASE_URL = url;
  db = createPrismaClient(url);
  data = {
    employees: await import("@/lib/data/employees"),
    imports: await import("@/lib/data/employee-import"),
    input: await import("@/lib/data/rotation-input"),
    teams: await import("@/lib/data/teams"),
    plannedDays: await import("@/lib/data/employee-plan-days"),
  };
  // An active admin in an office of their own: people changes always keep one.
  const head = await db.office.create({ data: { name: `Head ${randomUUID().slice(0, 8)}`, timezone: "Europe/Oslo", locale: "nb", seats: 10, capacityPercent: 100, workingWeekdays: [1, 2, 3, 4, 5] } });
  await db.employee.create({ data: { givenName: "Ada", familyName: "Admin", email: `admin-${randomUUID().slice(0, 8)}@dated.test`, role: "ADMIN", officeId: head.id, startDate: new Date("2020-01-01T00:00:00Z") } });
});
afterAll(() => db.$disconnect());

describe("a change from a known day on leaves earlier days alone", () => {
  const earlier = { from: PLAN_START, to: "2027-01-12" };
  const today = "2027-01-13";

  it("deactivating a person changes no earlier day of anyone, the leaver's own included", async () => {
    const { office, people, hr } = await createOffice(3, ["Alm", "Berg", "Dahl", "Eik", "Fos", "Gran", "Holm", "Lie"]);
    const leaver = people[1] as Person;
    const before = everyone(await decide(office.id, earlier.from, earlier.to));

    await data.employees.setEmployeeActive(hr, leaver.id, false, on(today));

    expect(everyone(await decide(office.id, earlier.from, earlier.to))).toEqual(before);
    const from = await decide(office.id, today, "2027-01-15");
    expect(scheduleFor(from, leaver.id).map((day) => day.reason)).toEqual(Array(3).fill({ kind: "not-expected", reason: "inactive" }));
    expect(from.days.every((day) => day.cut === 0 || day.expected === 3)).toBe(true);
    // The small-group rule counts the office's people each day: the leaver up to yesterday only.
    expect([...peopleByDay(await decide(office.id, "2027-01-12", today))]).toEqual([8, 7]);
  });

  it("a new team or surname through HR's form holds from today: earlier days stay as they were", async () => {
    const { office, people, essential, hr } = await createOffice(3, ["Alm", "Berg", "Dahl", "Eik", "Lie", "Moe", "Nes", "Ruud"]);
    const [mover, renamed] = [people[0] as Person, people[2] as Person];
    const before = everyone(await decide(office.id, earlier.from, earlier.to));

    await data.employees.updateEmployee(hr, mover.id, fieldsOf(mover, office.id, { teamId: essential.id }), on(today));
    await data.employees.updateEmployee(hr, renamed.id, fieldsOf(renamed, office.id, { familyName: "Olsen" }), on(today));

    expect(everyone(await decide(office.id, earlier.from, earlier.to))).toEqual(before);
    // From today the essential team comes first: the mover is never cut again.
    const later = await decide(office.id, today, "2027-01-29");
    expect(scheduleFor(later, mover.id).filter((day) => day.reason.kind !== "assigned")).toEqual(
      scheduleFor(later, mover.id).filter((day) => day.reason.kind === "not-expected" && day.reason.reason === "non-working-day"),
    );
    // The renamed person is in the L–Z group from today.
    expect(scheduleFor(later, renamed.id)[0]?.reason).toMatchObject({ group: "L–Z" });
  });

  it("an import's team change holds from today too", async () => {
    const { office, people, hr } = await createOffice(3, ["Alm", "Berg", "Dahl", "Eik", "Fos", "Gran", "Holm"]);
    const admin = { ...hr, role: "ADMIN" as const };
    const before = everyone(await decide(office.id, earlier.from, earlier.to));
    const [mover] = people as [Person];
    const csv = `email,given name,family name,office,team,start date,role\n${mover.email},${mover.givenName},${mover.familyName},${office.name},Essential,2020-01-01,EMPLOYEE\n`;

    const outcome = await data.imports.importEmployees(admin, csv, { dryRun: false, deactivateMissing: false, createTeams: false }, on(today));
    expect(outcome).toMatchObject({ ok: true, summary: { updated: [{ email: mover.email, changed: ["teamId"] }] } });
    expect(everyone(await decide(office.id, earlier.from, earlier.to))).toEqual(before);
  });

  it("keeps a team someone was in before a dated change: its earlier days still name it", async () => {
    const { office, people, plain, essential, hr } = await createOffice(3, ["Alm"]);
    await data.employees.updateEmployee(hr, people[0]!.id, fieldsOf(people[0]!, office.id, { teamId: essential.id }), on(today));
    await expect(data.teams.deleteTeam(hr, plain.id, on(today))).rejects.toMatchObject({ code: "team_has_members" });
  });

  it("a move to another office keeps the person's earlier days and stay-homes in the old office, and never shows them in the new one", async () => {
    const { office, people, hr } = await createOffice(3, ["Alm", "Berg", "Dahl", "Eik", "Fos"]);
    const other = await createOffice(3, ["Lie", "Moe"]);
    const mover = people[0] as Person;
    const yesterday = "2027-01-12";
    await db.optOut.createMany({ data: [yesterday, "2027-01-14"].map((day) => ({ employeeId: mover.id, date: new Date(`${day}T00:00:00Z`) })) });
    const before = everyone(await decide(office.id, earlier.from, earlier.to));
    expect(before.get(mover.id)?.at(-1)?.reason).toEqual({ kind: "not-expected", reason: "opted-out" });

    await data.employees.updateEmployee(hr, mover.id, fieldsOf(mover, other.office.id, { teamId: null }), on(today));

    expect(everyone(await decide(office.id, earlier.from, earlier.to))).toEqual(before);
    expect(scheduleFor(await decide(office.id, today, today), mover.id)[0]?.reason).toEqual({ kind: "not-expected", reason: "inactive" });
    // The new office never counts a stay-home made for the old one; the one planned for after the move ended with it.
    const there = await decide(other.office.id, yesterday, yesterday);
    expect(there.days[0]).toMatchObject({ optedOut: 0 });
    expect(await db.optOut.findMany({ where: { employeeId: mover.id }, select: { date: true } })).toEqual([{ date: new Date(`${yesterday}T00:00:00Z`) }]);
  });
});

describe("coming to an office counts from that day", () => {
  it("a move into an office leaves the new office's earlier days alone: the newcomer joins from today", async () => {
    const from = await createOffice(3, ["Alm", "Berg"]);
    const { office, people } = await createOffice(3, ["Dahl", "Eik", "Fos", "Gran", "Holm"]);
    const mover = from.people[0] as Person;
    const before = everyone(await decide(office.id, "2027-01-04", "2027-01-12"));

    await data.employees.updateEmployee(from.hr, mover.id, fieldsOf(mover, office.id, { teamId: null }), on("2027-01-13"));

    const after = everyone(await decide(office.id, "2027-01-04", "2027-01-12"));
    for (const person of people) expect(after.get(person.id)).toEqual(before.get(person.id));
    expect(new Set(after.get(mover.id)?.map((day) => day.reason.kind === "not-expected" && day.reason.reason))).toEqual(new Set(["inactive"]));
    // From today they are one of the office's people (planned, or cut in their turn).
    expect(scheduleFor(await decide(office.id, "2027-01-13", "2027-01-13"), mover.id)[0]?.reason).not.toMatchObject({ reason: "inactive" });
  });

  it("a reactivation counts the person again from that day; the days in between stay without them", async () => {
    const { office, people, hr } = await createOffice(3, ["Alm", "Berg", "Dahl", "Eik", "Fos", "Gran"]);
    const person = people[2] as Person;
    await data.employees.setEmployeeActive(hr, person.id, false, on("2027-01-11"));
    const whileAway = everyone(await decide(office.id, PLAN_START, "2027-01-22"));

    await data.employees.setEmployeeActive(hr, person.id, true, on("2027-01-25"));

    expect(everyone(await decide(office.id, PLAN_START, "2027-01-22"))).toEqual(whileAway);
    const around = scheduleFor(await decide(office.id, "2027-01-22", "2027-01-25"), person.id).map((day) => day.reason);
    expect(around.slice(0, 3)).toEqual(Array(3).fill({ kind: "not-expected", reason: "inactive" }));
    expect(around[3]).not.toMatchObject({ reason: "inactive" });
  });
});

describe("among equals the cuts stay fair while people join and leave", () => {
  it("cut counts of people equal throughout differ by at most one over every period, and no day once decided changes", async () => {
    // One ring of equals (surnames A–K) for eight weeks, three seats a day.
    const { office, people, hr } = await createOffice(3, ["Alm", "Berg", "Dahl", "Eik", "Fos", "Gran", "Holm"]);
    const admin = { ...hr, role: "ADMIN" as const };
    const [stayer1, leaver, teamMover, stayer2, officeMover, stayer3] = people as Person[];
    const other = await createOffice(3, ["Kvam", "Lie"]);
    const arriving = other.people[0];
    const csvRow = (person: { email: string; givenName: string; familyName: string }, officeName: string, team: string, start: string) =>
      `${person.email},${person.givenName},${person.familyName},${officeName},${team},${start},EMPLOYEE`;
    const importRows = (rows: string[], day: IsoDate) =>
      data.imports.importEmployees(admin, `email,given name,family name,office,team,start date,role\n${rows.join("\n")}\n`, { dryRun: false, deactivateMissing: false, createTeams: false }, on(day));
    const newcomer = { email: `new-${randomUUID().slice(0, 8)}@dated.test`, givenName: "Nina", familyName: "Ask" };
    const events: Record<IsoDate, () => Promise<unknown>> = {
      // A new hire through the import: a priority of their own for 30 days, then one of the equals.
      "2027-01-11": () => importRows([csvRow(newcomer, office.name, "Plain", "2027-01-11")], "2027-01-11"),
      "2027-01-18": () => data.employees.setEmployeeActive(hr, leaver!.id, false, on("2027-01-18")),
      "2027-01-25": () => importRows([csvRow(teamMover!, office.name, "Essential", "2020-01-01")], "2027-01-25"),
      "2027-02-01": async () => {
        const fields = { givenName: "Kai", familyName: "Bø", email: `kai-${randomUUID().slice(0, 8)}@dated.test`, officeId: office.id, teamId: null, startDate: "2027-02-01", role: "EMPLOYEE" as const };
        await data.employees.createEmployee(hr, fields, on("2027-02-01"));
      },
      // The leaver is back, through the import.
      "2027-02-08": () => importRows([csvRow(leaver!, office.name, "Plain", "2020-01-01")], "2027-02-08"),
      "2027-02-15": () => data.employees.updateEmployee(hr, officeMover!.id, fieldsOf(officeMover!, other.office.id, { teamId: null }), on("2027-02-15")),
      // Someone moves in from the other office.
      "2027-02-22": () => data.employees.updateEmployee(other.hr, arriving!.id, fieldsOf(arriving!, office.id, { teamId: null }), on("2027-02-22")),
    };

    // Each day decided on the day itself, after that day's changes: the days as people lived them.
    const period = weekdays("2027-01-04", "2027-02-26");
    const lived = new Map<IsoDate, Map<string, EmployeeDay>>();
    for (const day of period) {
      await events[day]?.();
      const result = await decide(office.id, day, day);
      lived.set(day, new Map(result.employeeIds.map((id) => [id, scheduleFor(result, id)[0] as EmployeeDay])));
    }

    // No change rewrote a day decided before it.
    const [first, last] = [period[0] as IsoDate, period.at(-1) as IsoDate];
    const final = everyone(await decide(office.id, first, last));
    const calendar = everyDay(first, last);
    for (const day of period) {
      for (const [id, decided] of lived.get(day) as Map<string, EmployeeDay>) expect({ day, id, decided: final.get(id)?.[calendar.indexOf(day)] }).toEqual({ day, id, decided });
    }

    // HR's view of the coming days of the office's people (the plan alone) follows the same history.
    const coming = await decide(office.id, "2027-03-01", "2027-03-28");
    for (const person of [stayer1, leaver, teamMover, stayer2, stayer3, arriving] as Person[]) {
      const planned = await data.plannedDays.getPlannedDays(person.id, on("2027-03-01"));
      expect(planned.map((day) => [day.date, day.planned])).toEqual(
        scheduleFor(coming, person.id).filter((day) => !(day.reason.kind === "not-expected" && day.reason.reason === "non-working-day")).map((day) => [day.date, day.expected]),
      );
    }

    // The equals throughout: over every period, at most one cut apart (no closures, nobody stayed home).
    const equals = [stayer1, stayer2, stayer3] as Person[];
    const cuts = equals.map((person) => period.map((day) => (isCut(lived.get(day)?.get(person.id) as EmployeeDay) ? 1 : 0)));
    expect(cuts.flat().reduce((sum: number, cut) => sum + cut, 0)).toBeGreaterThan(10);
    for (let first = 0; first < period.length; first++) {
      const counts = equals.map(() => 0);
      for (let last = first; last < period.length; last++) {
        cuts.forEach((row, person) => (counts[person]! += row[last]!));
        expect(Math.max(...counts) - Math.min(...counts), `${period[first]}..${period[last]}`).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe("an office's stay-homes are the same however long the range read", () => {
  it("a long range (read per person) gives each day the stay-homes a short range (read per day) gives it, across moves between offices", async () => {
    const { office, people, hr } = await createOffice(3, ["Alm", "Berg", "Dahl", "Eik"]);
    const other = await createOffice(3, ["Lie", "Moe"]);
    const [leaving, staying] = people as [Person, Person];
    const arriving = other.people[0] as Person;
    const stayHomeDays = weekdays("2027-01-04", "2027-03-26").filter((_, index) => index % 3 === 0);
    await db.optOut.createMany({ data: [leaving, staying, arriving].flatMap((person) => stayHomeDays.map((day) => ({ employeeId: person.id, date: new Date(`${day}T00:00:00Z`) }))) });
    // Stay-homes after a move are ended by it: make them again in the new office, as the person would.
    await data.employees.updateEmployee(hr, leaving.id, fieldsOf(leaving, other.office.id, { teamId: null }), on("2027-02-01"));
    await data.employees.updateEmployee(other.hr, arriving.id, fieldsOf(arriving, office.id, { teamId: null }), on("2027-02-15"));
    await db.optOut.createMany({ data: [leaving, arriving].flatMap((person) => stayHomeDays.filter((day) => day > "2027-02-15").map((day) => ({ employeeId: person.id, date: new Date(`${day}T00:00:00Z`) }))), skipDuplicates: true });

    const { loadOfficeChoices } = await import("@/lib/data/engine-input-read");
    const [from, to] = ["2027-01-04", "2027-03-28"] as const;
    for (const officeId of [office.id, other.office.id]) {
      const long = await loadOfficeChoices(officeId, from, to, db, null);
      // Four weeks each: short enough to be read per day.
      const shortReads = await Promise.all([from, "2027-02-01", "2027-03-01"].map((start) => loadOfficeChoices(officeId, start, plusDays(start, 27), db, null)));
      const sorted = (rows: { employeeId: string; date: IsoDate }[]) => rows.map((row) => `${row.date} ${row.employeeId}`).sort();
      expect(sorted(long.optOuts)).toEqual(sorted(shortReads.flatMap((read) => read.optOuts)));
      // The same read of a few days, per day.
      const some = stayHomeDays.slice(0, 50);
      expect(sorted((await loadOfficeChoices(officeId, from, to, db, some)).optOuts)).toEqual(sorted(long.optOuts.filter((row) => some.includes(row.date))));
    }
    // Each person's stay-homes count in the office they were in on the day, and only there.
    const here = await loadOfficeChoices(office.id, from, to, db, null);
    const there = await loadOfficeChoices(other.office.id, from, to, db, null);
    const daysOf = (read: typeof here, person: Person) => read.optOuts.filter((row) => row.employeeId === person.id).map((row) => row.date).sort();
    expect(daysOf(here, leaving)).toEqual(stayHomeDays.filter((day) => day < "2027-02-01"));
    expect(daysOf(there, leaving)).toEqual(stayHomeDays.filter((day) => day > "2027-02-15"));
    expect(daysOf(here, staying)).toEqual(stayHomeDays);
    expect(daysOf(there, arriving)).toEqual(stayHomeDays.filter((day) => day < "2027-02-15"));
    expect(daysOf(here, arriving)).toEqual(stayHomeDays.filter((day) => day > "2027-02-15"));
  });
});
