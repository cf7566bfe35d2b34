import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { officeSettingsSchema } from "@/lib/validation/offices";
import { createPrismaClient, type DbClient } from "@/lib/server/prisma-client";
import { callRoute } from "@/tests/support/api";
import { createSeatOffice, hrIn, MONDAY, TUESDAY, type SeatOfficePerson } from "@/tests/support/seat-office";
import { setPrivacyMinGroup } from "@/tests/support/privacy-env";
import { freshDatabaseUrl } from "@/tests/support/test-db";

// README rule 6: a seat HR's change gives is recorded in that change's
// transaction, so a later change that takes it is never silent; and a person
// moved to another office has no choice left bound to the old one.
let db: DbClient;
let data: {
  offices: typeof import("@/lib/data/offices");
  closures: typeof import("@/lib/data/closures");
  employees: typeof import("@/lib/data/employees");
  imports: typeof import("@/lib/data/employee-import");
  extraDays: typeof import("@/lib/data/extra-days");
  plans: typeof import("@/lib/data/plans");
  stayHome: typeof import("@/lib/data/stay-home");
};
let routes: {
  days: typeof import("@/app/api/v1/me/days/route").GET;
  extra: typeof import("@/app/api/v1/me/extra-days/route").POST;
  optOuts: typeof import("@/app/api/v1/me/opt-outs/route").POST;
  capacity: typeof import("@/app/api/v1/offices/[id]/capacity/route").GET;
};

/** The HR changes' clock: a week before the test office's Monday (the routes run on the real clock, before it too). */
const NOW = new Date("2027-02-22T09:00:00Z");
const WEDNESDAY = "2027-03-03";

const askExtra = (token: string, date: string) => callRoute(routes.extra, "/api/v1/me/extra-days", { token, body: { date } });
const stayHome = (token: string, date: string) => callRoute(routes.optOuts, "/api/v1/me/opt-outs", { token, body: { from: date } });
const dayOf = async (token: string, date = MONDAY) => (await callRoute(routes.days, `/api/v1/me/days?from=${date}&to=${date}`, { token })).json.days[0];
const capacityOf = async (token: string, officeId: string, date = MONDAY) =>
  (await callRoute(routes.capacity, `/api/v1/offices/${officeId}/capacity?from=${date}&to=${date}`, { token, params: { id: officeId } })).json.days[0];
const requestOf = (person: { id: string }, date = MONDAY) =>
  db.seatRequest.findUnique({ where: { employeeId_date: { employeeId: person.id, date: new Date(`${date}T00:00:00Z`) } } });

/** Office settings as HR's form sends them, with `seats` people a day. */
const settings = (office: { name: string }, seats: number) =>
  officeSettingsSchema.parse({ name: office.name, timezone: "Europe/Oslo", locale: "nb", country: "NO", seats, capacity: { mode: "percent", percent: 100 }, workingWeekdays: [1, 2, 3, 4, 5] });

const change = (person: SeatOfficePerson, kind: "gained" | "lost", date = MONDAY) => ({ employeeId: person.id, date, change: kind });

// The offices here have two to eight people, whose totals the small-group
// rule would hide: these tests check the counts themselves.
let restorePrivacy: () => void;
beforeAll(async () => {
  restorePrivacy = setPrivacyMinGroup("1");
  const url = await freshDatabaseUrl("seats_hr");
  process.env.DATABASE_URL = url;
  db = createPrismaClient(url);
  data = {
    offices: await import("@/lib/data/offices"),
    closures: await import("@/lib/data/closures"),
    employees: await import("@/lib/data/employees"),
    imports: await import("@/lib/data/employee-import"),
    extraDays: await import("@/lib/data/extra-days"),
    plans: await import("@/lib/data/plans"),
    stayHome: await import("@/lib/data/stay-home"),
  };
  // The company's one active admin, in an office of their own: people changes keep an admin.
  const head = await db.office.create({ data: { name: "Head office", timezone: "Europe/Oslo", locale: "nb", seats: 10, capacityPercent: 100, workingWeekdays: [1, 2, 3, 4, 5] } });
  await db.employee.create({ data: { givenName: "Ada", familyName: "Admin", email: "admin@seats.test", role: "ADMIN", officeId: head.id, startDate: new Date("2020-01-01T00:00:00Z") } });
  routes = {
    days: (await import("@/app/api/v1/me/days/route")).GET,
    extra: (await import("@/app/api/v1/me/extra-days/route")).POST,
    optOuts: (await import("@/app/api/v1/me/opt-outs/route")).POST,
    capacity: (await import("@/app/api/v1/offices/[id]/capacity/route")).GET,
  };
});
afterAll(async () => {
  restorePrivacy();
  await db.$disconnect();
});

describe("seats given by HR's changes are recorded in that change", () => {
  it("records the seats a capacity rise gives, so lowering it again tells those people", async () => {
    // Six planned on Monday fill six seats; two more wait.
    const { office, tuesdays } = await createSeatOffice(db, { capacity: 6, mondays: 6, tuesdays: 2 });
    const [seventh, eighth] = tuesdays as [SeatOfficePerson, SeatOfficePerson];
    const hr = await hrIn(db, office.id);
    expect((await askExtra(seventh.token, MONDAY)).json).toMatchObject({ status: "waitlisted", position: 1 });
    expect((await askExtra(eighth.token, MONDAY)).json).toMatchObject({ status: "waitlisted", position: 2 });

    const raised = await data.offices.updateOffice(hr, office.id, settings(office, 8), NOW);
    expect(raised.seatChanges).toEqual(expect.arrayContaining([change(seventh, "gained"), change(eighth, "gained")]));
    expect(raised.seatChanges).toHaveLength(2);
    expect(await dayOf(seventh.token)).toMatchObject({ status: "office", seat: { kind: "extra" } });
    expect((await requestOf(seventh))?.confirmedAt).not.toBeNull();
    expect((await requestOf(eighth))?.confirmedAt).not.toBeNull();

    const lowered = await data.offices.updateOffice(hr, office.id, settings(office, 6), NOW);
    expect(lowered.seatChanges).toEqual(expect.arrayContaining([change(seventh, "lost"), change(eighth, "lost")]));
    expect(await dayOf(seventh.token)).toMatchObject({ status: "home", seat: { kind: "waitlisted", position: 1 }, notice: "hr-change" });
    expect(await dayOf(eighth.token)).toMatchObject({ seat: { kind: "waitlisted", position: 2 }, notice: "hr-change" });
  });

  it("records the seat a deactivation passes to the next in line, and ends the leaver's requests", async () => {
    const { office, tuesdays } = await createSeatOffice(db, { capacity: 3, mondays: 2, tuesdays: 2 });
    const [holder, next] = tuesdays as [SeatOfficePerson, SeatOfficePerson];
    const hr = await hrIn(db, office.id);
    expect((await askExtra(holder.token, MONDAY)).status).toBe(201);
    expect((await askExtra(next.token, MONDAY)).status).toBe(202);

    const left = await data.employees.setEmployeeActive(hr, holder.id, false, NOW);
    expect(left.seatChanges).toEqual([change(holder, "lost"), change(next, "gained")].sort((a, b) => (a.employeeId < b.employeeId ? -1 : 1)));
    expect(await requestOf(holder)).toBeNull();
    expect((await requestOf(next))?.confirmedAt).not.toBeNull();
    expect(await dayOf(next.token)).toMatchObject({ status: "office", seat: { kind: "extra" } });

    // Reactivated, they do not take the seat back: their request ended when they left.
    expect((await data.employees.setEmployeeActive(hr, holder.id, true, NOW)).seatChanges).toEqual([]);
    const lowered = await data.offices.updateOffice(hr, office.id, settings(office, 2), NOW);
    expect(lowered.seatChanges).toEqual([change(next, "lost")]);
    expect(await dayOf(next.token)).toMatchObject({ seat: { kind: "waitlisted", position: 1 }, notice: "hr-change" });
  });

  it("records a seat that a removed closure gives back, and the one a closure takes", async () => {
    const { office, tuesdays } = await createSeatOffice(db, { capacity: 3, mondays: 2, tuesdays: 1 });
    const guest = tuesdays[0]!;
    const hr = await hrIn(db, office.id);
    expect((await askExtra(guest.token, MONDAY)).status).toBe(201);
    const closed = await data.closures.addClosures(hr, office.id, [{ date: MONDAY, reason: "Water damage" }], NOW);
    expect(closed.seatChanges).toEqual([change(guest, "lost")]);
    const closure = await db.closure.findFirstOrThrow({ where: { officeId: office.id } });
    await db.seatRequest.update({ where: { id: (await requestOf(guest))!.id }, data: { confirmedAt: null } });
    const reopened = await data.closures.deleteClosure(hr, closure.id, NOW);
    expect(reopened.seatChanges).toEqual([change(guest, "gained")]);
    expect((await requestOf(guest))?.confirmedAt).not.toBeNull();
  });

  it("records what publishing a plan does to seats beyond it: one it fills is lost, one it makes the person's own day is not", async () => {
    const { office, tuesdays } = await createSeatOffice(db, { capacity: 3, mondays: 2, tuesdays: 2 });
    const [guest, other] = tuesdays as [SeatOfficePerson, SeatOfficePerson];
    const hr = await hrIn(db, office.id);
    await db.employee.create({ data: { givenName: "Mona", familyName: "Moe", email: `moe-${office.id}@seats.test`, officeId: office.id, startDate: new Date("2020-01-01T00:00:00Z") } });
    expect((await askExtra(guest.token, MONDAY)).status).toBe(201);
    expect((await askExtra(other.token, WEDNESDAY)).status).toBe(201);
    const publish = async (groups: { from: string; to: string; weekdays: number[] }[], version: number) => {
      const rules = { waves: [{ name: "All", selectors: [{ kind: "everyone" }], distribution: { rule: "surname", groups } }] };
      const draft = await db.rotationPlan.create({ data: { officeId: office.id, name: "New", version, status: "DRAFT", effectiveFrom: new Date(`${MONDAY}T00:00:00Z`), rules, createdById: hr.id } });
      return (await data.plans.publishPlan(hr, { planId: draft.id, effectiveFrom: MONDAY }, NOW)).seatChanges;
    };
    // A–M on Mondays: Moe fills the third seat the guest held.
    expect(await publish([{ from: "A", to: "M", weekdays: [1] }, { from: "N", to: "Å", weekdays: [4] }], 10)).toEqual([change(guest, "lost")]);
    expect(await dayOf(guest.token)).toMatchObject({ status: "home", seat: { kind: "waitlisted", position: 1 }, notice: "hr-change" });
    // Wednesdays for N–Z: the other's extra Wednesday is now their own day, which they keep.
    expect(await publish([{ from: "A", to: "M", weekdays: [1] }, { from: "N", to: "Å", weekdays: [3] }], 20)).toEqual([]);
    expect(await dayOf(other.token, WEDNESDAY)).toMatchObject({ status: "office", seat: { kind: "planned" } });
  });

  it("never exceeds capacity and never loses a confirmed seat silently while HR changes capacity during a rush of requests", async () => {
    const { office, tuesdays } = await createSeatOffice(db, { capacity: 4, mondays: 2, tuesdays: 16 });
    const hr = await hrIn(db, office.id);
    const capacities = [6, 3, 7, 4, 2, 5];
    const [answers, changes] = await Promise.all([
      Promise.all(tuesdays.map((person) => askExtra(person.token, MONDAY))),
      (async () => {
        const seen = [];
        for (const seats of capacities) seen.push(...(await data.offices.updateOffice(hr, office.id, settings(office, seats), NOW)).seatChanges);
        return seen;
      })(),
    ]);
    expect(answers.every((answer) => answer.status === 201 || answer.status === 202)).toBe(true);

    const totals = (await dayOf(tuesdays[0]!.token)).totals;
    expect(totals.capacity).toBe(5);
    expect(totals.expected).toBeLessThanOrEqual(totals.capacity);
    expect(totals).toMatchObject({ expected: 5, extra: 3, waitlisted: 13 });

    const lost = new Set(changes.filter((entry) => entry.change === "lost").map((entry) => entry.employeeId));
    for (const [index, person] of tuesdays.entries()) {
      const day = await dayOf(person.token);
      const request = await requestOf(person);
      // Every seat held is recorded as confirmed.
      if (day.seat.kind === "extra") expect(request?.confirmedAt).not.toBeNull();
      // Told "confirmed" and now waiting: the change that took it said so, and so does their page.
      if (answers[index]!.status === 201 && day.seat.kind !== "extra") {
        expect(lost.has(person.id)).toBe(true);
        expect(day.notice).toBe("hr-change");
      }
    }
  }, 120_000);
});

describe("a person moved to another office", () => {
  /** Two offices of their own; `person` holds an extra seat on Monday and stays home on Tuesday in the first. */
  async function movedSetup() {
    const first = await createSeatOffice(db, { capacity: 3, mondays: 2, tuesdays: 2 });
    const second = await createSeatOffice(db, { capacity: 3, mondays: 1, tuesdays: 0 });
    const person = first.tuesdays[0]!;
    const hr = await hrIn(db, first.office.id);
    expect((await askExtra(person.token, MONDAY)).status).toBe(201);
    expect((await stayHome(person.token, TUESDAY)).status).toBe(200);
    return { first, second, person, hr };
  }

  async function expectCountedInNewOffice(person: SeatOfficePerson, newOfficeId: string, oldOfficeId: string) {
    expect(await db.optOut.count({ where: { employeeId: person.id } })).toBe(0);
    expect(await db.seatRequest.count({ where: { employeeId: person.id, officeId: oldOfficeId } })).toBe(0);
    // Asking again in the new office: 201 only for a seat that office counts.
    const asked = await askExtra(person.token, MONDAY);
    expect(asked.status).toBe(201);
    expect((await requestOf(person))?.officeId).toBe(newOfficeId);
    expect(await dayOf(person.token)).toMatchObject({ status: "office", seat: { kind: "extra" } });
    expect(await capacityOf(person.token, newOfficeId)).toMatchObject({ expected: 2, extra: 1 });
  }

  it("by a CSV import ends their seat requests and stay-homes there; asking again counts in the new office", async () => {
    const { first, second, person, hr } = await movedSetup();
    const csv = `email;given name;family name;office;team;start date;role\n${person.email};Test;${person.familyName};${second.office.name};;2020-01-01;\n`;
    const outcome = await data.imports.importEmployees(hr, csv, { dryRun: false, createTeams: false, deactivateMissing: false }, NOW);
    expect(outcome).toMatchObject({ ok: true, seatChanges: [change(person, "lost")] });
    expect(await capacityOf(person.token, first.office.id)).toMatchObject({ expected: 2, extra: 0 });
    await expectCountedInNewOffice(person, second.office.id, first.office.id);
  });

  it("by an edit does the same", async () => {
    const { first, second, person, hr } = await movedSetup();
    const moved = await data.employees.updateEmployee(
      hr,
      person.id,
      { givenName: "Test", familyName: person.familyName, email: person.email, officeId: second.office.id, teamId: null, startDate: "2020-01-01", role: "EMPLOYEE" },
      NOW,
    );
    expect(moved.seatChanges).toEqual([change(person, "lost")]);
    await expectCountedInNewOffice(person, second.office.id, first.office.id);
  });

  it("moves a request left bound to the old office (made before this rule) into the office that counts it", async () => {
    const { first, second, person } = await movedSetup();
    // As the import did before: the person moved, their rows stayed.
    await db.employee.update({ where: { id: person.id }, data: { officeId: second.office.id } });
    await db.office.updateMany({ where: { id: { in: [first.office.id, second.office.id] } }, data: { revision: { increment: 1 } } });
    expect((await askExtra(person.token, MONDAY)).status).toBe(201);
    expect((await requestOf(person))?.officeId).toBe(second.office.id);
    expect(await dayOf(person.token)).toMatchObject({ seat: { kind: "extra" } });
  });
});

describe("the horizon of people's choices", () => {
  it("takes choices up to a year ahead and refuses any further, so HR's changes need check no further", async () => {
    const { office, tuesdays, mondays, user } = await createSeatOffice(db, { capacity: 3, mondays: 1, tuesdays: 1 });
    const refusal = (promise: Promise<unknown>) => promise.then(() => "accepted", (error: { code?: string }) => error.code);
    // NOW is 2027-02-22 in Oslo: the last day is 2028-02-22 (a Tuesday), the first refused 2028-02-28 (a Monday).
    expect(await refusal(data.extraDays.requestExtraDay(user(tuesdays[0]!), "2028-02-21", NOW))).toBe("accepted");
    expect(await refusal(data.extraDays.requestExtraDay(user(tuesdays[0]!), "2028-02-28", NOW))).toBe("beyond_horizon");
    expect(await refusal(data.stayHome.stayHome(user(mondays[0]!), { from: "2028-02-21" }, NOW))).toBe("accepted");
    expect(await refusal(data.stayHome.stayHome(user(mondays[0]!), { from: "2028-02-21", to: "2028-02-28" }, NOW))).toBe("beyond_horizon");
    expect(await refusal(data.stayHome.undoStayHome(user(mondays[0]!), "2028-02-28", NOW))).toBe("beyond_horizon");
    expect(await db.seatRequest.count({ where: { officeId: office.id } })).toBe(1);
  });

  it("refuses a choice in an office HR moved the person out of while it was on its way", async () => {
    const { office, tuesdays, user } = await createSeatOffice(db, { capacity: 3, mondays: 1, tuesdays: 1 });
    const other = await createSeatOffice(db, { capacity: 3, mondays: 0, tuesdays: 0 });
    const stale = user(tuesdays[0]!);
    await db.employee.update({ where: { id: stale.id }, data: { officeId: other.office.id } });
    await db.office.update({ where: { id: office.id }, data: { revision: { increment: 1 } } });
    await expect(data.extraDays.requestExtraDay(stale, MONDAY, NOW)).rejects.toMatchObject({ status: 409, code: "office_changed" });
    expect(await db.seatRequest.count({ where: { employeeId: stale.id } })).toBe(0);
  });
});
