import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashAccessToken } from "@/lib/auth/access-token";
import { callRoute } from "@/tests/support/api";
import { createSeatOffice, MONDAY, SATURDAY, TUESDAY } from "@/tests/support/seat-office";
import { createPrismaClient, type DbClient } from "@/lib/server/prisma-client";
import { setPrivacyMinGroup } from "@/tests/support/privacy-env";
import { freshDatabaseUrl } from "@/tests/support/test-db";

// A database of its own: these tests add offices, which the demo-data tests
// on the shared database would otherwise count.
let db: DbClient;

type Routes = {
  days: typeof import("@/app/api/v1/me/days/route").GET;
  optOuts: typeof import("@/app/api/v1/me/opt-outs/route").POST;
  undo: typeof import("@/app/api/v1/me/opt-outs/[date]/route").DELETE;
  extra: typeof import("@/app/api/v1/me/extra-days/route").POST;
  withdraw: typeof import("@/app/api/v1/me/extra-days/[date]/route").DELETE;
};
let routes: Routes;

const stayHome = (token: string, body: unknown) => callRoute(routes.optOuts, "/api/v1/me/opt-outs", { token, body });
const undo = (token: string, date: string) => callRoute(routes.undo, `/api/v1/me/opt-outs/${date}`, { token, method: "DELETE", params: { date } });
const askExtra = (token: string, date: string) => callRoute(routes.extra, "/api/v1/me/extra-days", { token, body: { date } });
const withdraw = (token: string, date: string) => callRoute(routes.withdraw, `/api/v1/me/extra-days/${date}`, { token, method: "DELETE", params: { date } });
const myDays = (token: string, query = `from=${MONDAY}&to=${MONDAY}`) => callRoute(routes.days, `/api/v1/me/days?${query}`, { token });
const dayOf = async (token: string, date = MONDAY) => (await myDays(token, `from=${date}&to=${date}`)).json.days[0];

// These tests check the engine's counts in offices of two or three people:
// the small-group rule, which would hide them, has tests of its own.
let restorePrivacy: () => void;
beforeAll(async () => {
  restorePrivacy = setPrivacyMinGroup("1");
  const url = await freshDatabaseUrl("seats");
  // Before the routes load lib/db.ts, which reads it.
  process.env.DATABASE_URL = url;
  db = createPrismaClient(url);
  routes = {
    days: (await import("@/app/api/v1/me/days/route")).GET,
    optOuts: (await import("@/app/api/v1/me/opt-outs/route")).POST,
    undo: (await import("@/app/api/v1/me/opt-outs/[date]/route")).DELETE,
    extra: (await import("@/app/api/v1/me/extra-days/route")).POST,
    withdraw: (await import("@/app/api/v1/me/extra-days/[date]/route")).DELETE,
  };
});
afterAll(async () => {
  restorePrivacy();
  await db.$disconnect();
});

describe("the last free seat", () => {
  it("goes to exactly one of 50 concurrent requests; the rest wait in request order", async () => {
    // Capacity 3, two people planned on Monday: one free seat.
    const { office, tuesdays } = await createSeatOffice(db, { capacity: 3, mondays: 2, tuesdays: 50 });
    const answers = await Promise.all(tuesdays.map((person) => askExtra(person.token, MONDAY)));

    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
    const waiting = answers.filter((answer) => answer.status === 202);
    expect(waiting).toHaveLength(49);
    expect(waiting.map((answer) => answer.json.position).sort((a, b) => a - b)).toEqual(Array.from({ length: 49 }, (_, index) => index + 1));

    // Positions follow the order the requests were stored in.
    const stored = await db.seatRequest.findMany({ where: { officeId: office.id }, orderBy: { queueKey: "asc" } });
    expect(new Set(stored.map((request) => request.queueKey)).size).toBe(50);
    const positionOf = new Map(tuesdays.map((person, index) => [person.id, answers[index]?.json.position ?? 0]));
    expect(stored.map((request) => positionOf.get(request.employeeId))).toEqual([0, ...Array.from({ length: 49 }, (_, index) => index + 1)]);
    expect(stored.filter((request) => request.confirmedAt !== null)).toHaveLength(1);

    const totals = (await dayOf(tuesdays[0]!.token)).totals;
    expect(totals).toEqual({ capacity: 3, expected: 3, optedOut: 0, extra: 1, waitlisted: 49, free: 0, suppressed: false });
   // Fifty transactions in a row on one day's lock: generous for a busy shared machine (not a timing assertion).
  }, 180_000);
});

describe("a freed seat and its way back", () => {
  it("promotes the first waiting when someone stays home, and an undo then waits first in line", async () => {
    const { mondays, tuesdays } = await createSeatOffice(db, { capacity: 2, mondays: 2, tuesdays: 3 });
    const [andersen] = mondays as [(typeof mondays)[0]];
    const [first, second, third] = tuesdays as [(typeof tuesdays)[0], (typeof tuesdays)[0], (typeof tuesdays)[0]];
    expect((await askExtra(first.token, MONDAY)).json).toEqual({ date: MONDAY, status: "waitlisted", position: 1 });
    expect((await askExtra(second.token, MONDAY)).json).toEqual({ date: MONDAY, status: "waitlisted", position: 2 });

    const stayed = await stayHome(andersen.token, { from: MONDAY });
    expect(stayed.status).toBe(200);
    expect(stayed.json).toEqual({ days: [MONDAY] });
    expect(await dayOf(first.token)).toMatchObject({ status: "office", seat: { kind: "extra" }, notice: null });
    expect(await dayOf(second.token)).toMatchObject({ status: "home", seat: { kind: "waitlisted", position: 1 } });
    const promoted = await db.seatRequest.findUniqueOrThrow({ where: { employeeId_date: { employeeId: first.id, date: new Date(`${MONDAY}T00:00:00Z`) } } });
    expect(promoted.confirmedAt).not.toBeNull();
    const waiting = await db.seatRequest.findUniqueOrThrow({ where: { employeeId_date: { employeeId: second.id, date: new Date(`${MONDAY}T00:00:00Z`) } } });
    expect(waiting.confirmedAt).toBeNull();

    // The seat went to `first`: undoing puts Andersen first on the waitlist, and `first` keeps it.
    const undone = await undo(andersen.token, MONDAY);
    expect(undone.status).toBe(202);
    expect(undone.json).toEqual({ date: MONDAY, status: "waitlisted", position: 1 });
    expect(await dayOf(first.token)).toMatchObject({ status: "office", seat: { kind: "extra" } });
    expect(await dayOf(second.token)).toMatchObject({ seat: { kind: "waitlisted", position: 2 } });
    expect(await dayOf(andersen.token)).toMatchObject({ status: "home", seat: { kind: "waitlisted", position: 1 }, choices: ["withdraw"] });

    // A later request joins behind them; when `first` withdraws, Andersen is back.
    expect((await askExtra(third.token, MONDAY)).json).toMatchObject({ status: "waitlisted", position: 3 });
    expect((await withdraw(first.token, MONDAY)).status).toBe(204);
    expect(await dayOf(andersen.token)).toMatchObject({ status: "office", seat: { kind: "planned" }, reason: { kind: "assigned" } });
    expect((await dayOf(andersen.token)).totals).toMatchObject({ capacity: 2, expected: 2, waitlisted: 2 });
  });

  it("lets an undo take a seat that is still free, displacing nobody", async () => {
    const { mondays } = await createSeatOffice(db, { capacity: 3, mondays: 2, tuesdays: 0 });
    const person = mondays[0]!;
    await stayHome(person.token, { from: MONDAY });
    expect(await dayOf(person.token)).toMatchObject({ status: "home", reason: { reason: "opted-out" }, choices: ["undo"] });
    const undone = await undo(person.token, MONDAY);
    expect(undone.status).toBe(200);
    expect(undone.json).toEqual({ date: MONDAY, status: "office" });
    expect(await db.optOut.count({ where: { employeeId: person.id } })).toBe(0);
  });

  it("tells a person when an HR change took back a seat they were given", async () => {
    const { office, mondays, tuesdays } = await createSeatOffice(db, { capacity: 3, mondays: 2, tuesdays: 1 });
    const guest = tuesdays[0]!;
    expect((await askExtra(guest.token, MONDAY)).status).toBe(201);
    await db.office.update({ where: { id: office.id }, data: { seats: 2, revision: { increment: 1 } } });
    expect(await dayOf(guest.token)).toMatchObject({ status: "home", seat: { kind: "waitlisted", position: 1 }, notice: "hr-change" });
    expect(mondays).toHaveLength(2);
  });
});

describe("staying home", () => {
  it("stays home on every office day of a period, and only on those", async () => {
    const { mondays } = await createSeatOffice(db, { capacity: 3, mondays: 1, tuesdays: 0 });
    const person = mondays[0]!;
    const answer = await stayHome(person.token, { from: MONDAY, to: "2027-03-21" });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ days: [MONDAY, "2027-03-08", "2027-03-15"] });
    expect(await db.optOut.count({ where: { employeeId: person.id } })).toBe(3);
  });

  it("refuses a day that is not theirs, a period without office days and past days, storing nothing", async () => {
    const { mondays } = await createSeatOffice(db, { capacity: 3, mondays: 1, tuesdays: 0 });
    const person = mondays[0]!;
    const notTheirs = await stayHome(person.token, { from: TUESDAY });
    expect(notTheirs.status).toBe(422);
    expect(notTheirs.json.error).toMatchObject({ code: "not_your_day", field: "from" });
    expect((await stayHome(person.token, { from: TUESDAY, to: "2027-03-05" })).json.error.code).toBe("no_office_days");
    expect((await stayHome(person.token, { from: "2026-11-02" })).json.error).toMatchObject({ code: "past_day" });
    expect((await undo(person.token, "2026-11-02")).json.error.code).toBe("past_day");
    expect(await db.optOut.count({ where: { employeeId: person.id } })).toBe(0);
  });

  it("never loses a row when people stay home and undo at the same time", async () => {
    const { office, mondays } = await createSeatOffice(db, { capacity: 10, mondays: 12, tuesdays: 0 });
    const weeks = [MONDAY, "2027-03-08", "2027-03-15"];
    // Everyone: a period home, then undo the middle Monday, all at once.
    await Promise.all(
      mondays.map(async (person) => {
        expect((await stayHome(person.token, { from: MONDAY, to: "2027-03-19" })).status).toBe(200);
        expect((await undo(person.token, weeks[1]!)).status).toBeLessThan(300);
      }),
    );
    for (const person of mondays) {
      const rows = await db.optOut.findMany({ where: { employeeId: person.id }, orderBy: { date: "asc" } });
      const returned = await db.seatRequest.count({ where: { employeeId: person.id } });
      // Either they come on the middle Monday, or (no seat left) they wait for one with their stay-home kept.
      expect(rows.length === 2 || (rows.length === 3 && returned === 1)).toBe(true);
    }
    const days = (await myDays(mondays[0]!.token, `from=${MONDAY}&to=2027-03-15`)).json.days as { date: string; totals: { expected: number; capacity: number } }[];
    for (const day of days) expect(day.totals.expected).toBeLessThanOrEqual(day.totals.capacity);
    const middle = days.find((day) => day.date === weeks[1])!;
    // Ten come (some through a return whose seat freed up as others stayed home), two wait.
    expect(middle.totals).toMatchObject({ expected: 10, waitlisted: 2, free: 0 });
    const waiting = await db.seatRequest.count({ where: { officeId: office.id, kind: "RETURN", confirmedAt: null } });
    expect(waiting).toBe(2);
  });
});

describe("extra days", () => {
  it("refuses their own day, a day they stay home, a closed or non-working day, a past day and a second request", async () => {
    const { office, mondays, tuesdays } = await createSeatOffice(db, { capacity: 3, mondays: 1, tuesdays: 1 });
    const [planned, guest] = [mondays[0]!, tuesdays[0]!];
    expect((await askExtra(planned.token, MONDAY)).json.error).toMatchObject({ code: "own_day", field: "date" });
    await stayHome(planned.token, { from: MONDAY });
    expect((await askExtra(planned.token, MONDAY)).json.error.code).toBe("stayed_home");
    expect((await askExtra(guest.token, SATURDAY)).json.error.code).toBe("non_working_day");
    await db.closure.create({ data: { officeId: office.id, date: new Date("2027-03-03T00:00:00Z"), reason: "Inventory" } });
    await db.office.update({ where: { id: office.id }, data: { revision: { increment: 1 } } });
    expect((await askExtra(guest.token, "2027-03-03")).json.error.code).toBe("day_closed");
    expect((await askExtra(guest.token, "2026-11-02")).json.error.code).toBe("past_day");
    expect((await askExtra(guest.token, MONDAY)).status).toBe(201);
    const again = await askExtra(guest.token, MONDAY);
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe("already_requested");
    expect(await db.seatRequest.count({ where: { employeeId: guest.id } })).toBe(1);
  });

  it("lets a guest stay home on their extra day, which withdraws it", async () => {
    const { tuesdays } = await createSeatOffice(db, { capacity: 3, mondays: 0, tuesdays: 1 });
    const guest = tuesdays[0]!;
    await askExtra(guest.token, MONDAY);
    expect((await stayHome(guest.token, { from: MONDAY })).json).toEqual({ days: [MONDAY] });
    expect(await db.seatRequest.count({ where: { employeeId: guest.id } })).toBe(0);
    expect(await db.optOut.count({ where: { employeeId: guest.id } })).toBe(0);
  });
});

describe("every route refuses bad input, wrong tokens and other people's data", () => {
  it("answers 400 with the field for malformed dates and long ranges", async () => {
    const { mondays } = await createSeatOffice(db, { capacity: 3, mondays: 1, tuesdays: 0 });
    const token = mondays[0]!.token;
    expect((await myDays(token, "from=2027-02-30")).json.error).toMatchObject({ code: "invalid_input", field: "from" });
    expect((await myDays(token, "from=2027-01-01&to=2028-01-02")).json.error).toMatchObject({ code: "invalid_input", field: "to" });
    expect((await myDays(token, "from=2027-01-02&to=2027-01-01")).status).toBe(400);
    expect((await stayHome(token, { from: "tomorrow" })).json.error).toMatchObject({ code: "invalid_input", field: "from" });
    expect((await stayHome(token, { from: MONDAY, to: "2028-03-02" })).json.error).toMatchObject({ field: "to" });
    expect((await stayHome(token, {})).status).toBe(400);
    expect((await askExtra(token, "01-03-2027")).json.error).toMatchObject({ code: "invalid_input", field: "date" });
    expect((await undo(token, "2027-3-1")).json.error).toMatchObject({ code: "invalid_input", field: "date" });
    expect((await withdraw(token, "x")).status).toBe(400);
    expect(await db.optOut.count({ where: { employeeId: mondays[0]!.id } })).toBe(0);
  });

  it("answers 401 to an unknown or revoked token on every route", async () => {
    const { mondays } = await createSeatOffice(db, { capacity: 3, mondays: 1, tuesdays: 0 });
    const person = mondays[0]!;
    const calls = (token: string) => [myDays(token), stayHome(token, { from: MONDAY }), undo(token, MONDAY), askExtra(token, TUESDAY), withdraw(token, TUESDAY)];
    for (const answer of await Promise.all(calls(`${person.token}x`))) expect(answer.status).toBe(401);
    await db.personalAccessToken.update({ where: { tokenHash: hashAccessToken(person.token) }, data: { revokedAt: new Date() } });
    for (const answer of await Promise.all(calls(person.token))) expect(answer.status).toBe(401);
    expect(await db.optOut.count({ where: { employeeId: person.id } })).toBe(0);
    expect(await db.seatRequest.count({ where: { employeeId: person.id } })).toBe(0);
  });

  it("never shows or changes another person's stay-home or request", async () => {
    const { mondays, tuesdays } = await createSeatOffice(db, { capacity: 3, mondays: 2, tuesdays: 1 });
    const [owner, other] = [mondays[0]!, mondays[1]!];
    const guest = tuesdays[0]!;
    await stayHome(owner.token, { from: MONDAY });
    await askExtra(guest.token, MONDAY);
    expect((await undo(other.token, MONDAY)).status).toBe(404);
    expect((await withdraw(other.token, MONDAY)).status).toBe(404);
    expect(await db.optOut.count({ where: { employeeId: owner.id } })).toBe(1);
    expect(await db.seatRequest.count({ where: { employeeId: guest.id } })).toBe(1);
    // Others see totals only: their own day, nobody's name or choice.
    const seen = await myDays(other.token);
    expect(seen.json.days[0]).toMatchObject({ status: "office", seat: { kind: "planned" }, totals: { optedOut: 1, extra: 1 } });
    expect(seen.text).not.toContain(owner.id);
    expect(seen.text).not.toContain(guest.id);
  });
});

describe("the cached days", () => {
  it("redo only the days people changed, and still match deciding the whole range afresh", async () => {
    const { office, mondays, tuesdays } = await createSeatOffice(db, { capacity: 10, mondays: 3, tuesdays: 3 });
    const [anna] = mondays;
    const [nils] = tuesdays;
    const range = `from=${MONDAY}&to=${TUESDAY}`;
    const before = (await myDays(nils!.token, range)).json.days;
    const revisionBefore = (await db.office.findUniqueOrThrow({ where: { id: office.id } })).revision;

    expect((await stayHome(anna!.token, { from: MONDAY })).status).toBe(200);
    const after = (await myDays(nils!.token, range)).json.days;
    expect(after[0].totals).toMatchObject({ expected: before[0].totals.expected - 1, optedOut: 1 });
    expect(after[1]).toEqual(before[1]);

    // A choice marks its own day only: the office row, which every writer would queue on, is untouched.
    expect((await db.office.findUniqueOrThrow({ where: { id: office.id } })).revision).toBe(revisionBefore);
    expect(await db.officeDayRevision.findMany({ where: { officeId: office.id }, select: { date: true, revision: true } })).toEqual([
      { date: new Date(`${MONDAY}T00:00:00Z`), revision: 1 },
    ]);

    // The same as a cold cache would say: an HR-side bump forces a full decision.
    await db.office.update({ where: { id: office.id }, data: { revision: { increment: 1 } } });
    expect((await myDays(nils!.token, range)).json.days).toEqual(after);
  });
});

describe("the API document", () => {
  it("documents every route of my days from the same schemas", async () => {
    const { apiContracts } = await import("@/lib/api/contracts");
    const { buildOpenApiDocument } = await import("@/lib/api/openapi");
    const document = buildOpenApiDocument(apiContracts);
    expect(document.paths?.["/api/v1/me/days"]?.get?.parameters?.map((parameter) => ("name" in parameter ? parameter.name : null))).toEqual(["from", "to"]);
    expect(Object.keys(document.paths?.["/api/v1/me/opt-outs"]?.post?.responses ?? {})).toContain("422");
    expect(document.paths?.["/api/v1/me/opt-outs/{date}"]?.delete).toBeDefined();
    expect(Object.keys(document.paths?.["/api/v1/me/extra-days"]?.post?.responses ?? {})).toEqual(expect.arrayContaining(["201", "202", "409"]));
    expect(document.paths?.["/api/v1/me/extra-days/{date}"]?.delete?.responses?.["204"]).toBeDefined();
  });
});
