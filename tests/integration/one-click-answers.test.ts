import { beforeAll, describe, expect, it } from "vitest";
import { startOfDayIn } from "@/lib/date-only";
import { AppError } from "@/lib/errors";
import { signOneClick } from "@/lib/notifications/one-click";
import { createPrismaClient, type DbClient } from "@/lib/server/prisma-client";
import { freshDatabaseUrl } from "@/tests/support/test-db";
import { callRoute } from "@/tests/support/api";
import { createSeatOffice, MONDAY, TUESDAY } from "@/tests/support/seat-office";

const SECRET = "one-click-test-secret-0123456789abcdef";
const NOW = new Date("2026-11-30T12:00:00Z");
const MONDAY_STARTS = startOfDayIn(MONDAY, "Europe/Oslo");

// A database of its own: these tests add offices, which the demo-data tests
// on the shared database would otherwise count.
let db: DbClient;
let data: typeof import("@/lib/data/answers");
let extraDays: typeof import("@/lib/data/extra-days");

beforeAll(async () => {
  // Before lib/env.ts is first read: the app checks tokens with NEXTAUTH_SECRET.
  process.env.NEXTAUTH_SECRET = SECRET;
  // Before the app's modules load lib/db.ts, which reads it.
  process.env.DATABASE_URL = await freshDatabaseUrl("one_click");
  db = createPrismaClient(process.env.DATABASE_URL);
  data = await import("@/lib/data/answers");
  extraDays = await import("@/lib/data/extra-days");
});

const stayHomeToken = (employeeId: string, date = MONDAY, secret = SECRET) =>
  signOneClick(secret, { a: "stay-home", e: employeeId, d: date, n: `note-${Math.random()}`, x: startOfDayIn(date, "Europe/Oslo").getTime() });

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

/** Stay-homes on `date` in the office of `officeId` (the database is shared by this file's tests). */
const optOutsIn = (officeId: string, date: string) => db.optOut.findMany({ where: { date: new Date(`${date}T00:00:00Z`), employee: { officeId } }, select: { employeeId: true } });

/** Two Monday people filling both seats, and a Tuesday person waiting for a Monday seat. */
async function fullMonday() {
  const seats = await createSeatOffice(db, { capacity: 2, mondays: 2, tuesdays: 1 });
  const [owner, other] = seats.mondays as [(typeof seats.mondays)[0], (typeof seats.mondays)[0]];
  const waiting = seats.tuesdays[0] as (typeof seats.tuesdays)[0];
  expect((await extraDays.requestExtraDay(seats.user(waiting), MONDAY, NOW)).status).toBe("waitlisted");
  return { ...seats, owner, other, waiting };
}

const confirmedFor = (employeeId: string) => db.seatRequest.findFirst({ where: { employeeId, date: new Date(`${MONDAY}T00:00:00Z`) }, select: { confirmedAt: true } });

describe("a one-click stay-home link", () => {
  it("changes nothing when opened, then on the press does what staying home does, for its owner only, once", async () => {
    const { office, owner, other, waiting } = await fullMonday();
    const optOutsOn = (date: string) => optOutsIn(office.id, date);
    const token = stayHomeToken(owner.id);

    // Opening the page (GET) only previews.
    expect(await data.previewStayHomeAnswer(token, NOW)).toMatchObject({ date: MONDAY, owner: { id: owner.id } });
    expect(await optOutsOn(MONDAY)).toEqual([]);
    expect((await confirmedFor(waiting.id))?.confirmedAt).toBeNull();

    expect(await data.answerStayHome(token, NOW)).toMatchObject({ date: MONDAY, owner: { id: owner.id } });
    expect((await optOutsOn(MONDAY)).map((row) => row.employeeId)).toEqual([owner.id]);
    // The freed seat went to the waitlist at once, as with "I'll stay home" on My office days.
    expect((await confirmedFor(waiting.id))?.confirmedAt).not.toBeNull();
    expect((await optOutsOn(MONDAY)).some((row) => row.employeeId === other.id)).toBe(false);

    expect(await refusal(data.answerStayHome(token, NOW))).toBe("answer_used");
    expect(await refusal(data.previewStayHomeAnswer(token, NOW))).toBe("answer_used");
  });

  it("is refused once its day has started in the office, and changes nothing", async () => {
    const { office, owner } = await fullMonday();
    const optOutsOn = (date: string) => optOutsIn(office.id, date);
    const token = stayHomeToken(owner.id);
    expect(await refusal(data.previewStayHomeAnswer(token, MONDAY_STARTS))).toBe("answer_expired");
    expect(await refusal(data.answerStayHome(token, MONDAY_STARTS))).toBe("answer_expired");
    expect(await refusal(data.answerStayHome(token, new Date(MONDAY_STARTS.getTime() + 3_600_000)))).toBe("answer_expired");
    expect(await optOutsOn(MONDAY)).toEqual([]);
    // A millisecond before the day starts it still works.
    await data.answerStayHome(token, new Date(MONDAY_STARTS.getTime() - 1));
    expect((await optOutsOn(MONDAY)).map((row) => row.employeeId)).toEqual([owner.id]);
  });

  it("acts only on the day and person it was signed for: an edited or foreign link is refused", async () => {
    const { office, owner, other } = await fullMonday();
    const optOutsOn = (date: string) => optOutsIn(office.id, date);
    const token = stayHomeToken(owner.id);
    const [body, signature] = token.split(".") as [string, string];
    const claim = JSON.parse(Buffer.from(body, "base64url").toString()) as Record<string, unknown>;
    const forged = `${Buffer.from(JSON.stringify({ ...claim, e: other.id })).toString("base64url")}.${signature}`;
    expect(await refusal(data.answerStayHome(forged, NOW))).toBe("answer_invalid");
    expect(await refusal(data.answerStayHome(stayHomeToken(owner.id, MONDAY, "another-secret-0123456789abcdefghij"), NOW))).toBe("answer_invalid");
    // A link for a day that is not (or no longer) the owner's is refused by stayHome's own rule, and stays usable for nothing else.
    expect(await refusal(data.answerStayHome(stayHomeToken(owner.id, TUESDAY), NOW))).toBe("not_your_day");
    expect(await optOutsOn(MONDAY)).toEqual([]);
    expect(await optOutsOn(TUESDAY)).toEqual([]);
  });

  it("answers the API in the app's error shape, and has no GET", async () => {
    const route = await import("@/app/api/v1/answers/[token]/route");
    expect("GET" in route).toBe(false);
    const answer = await callRoute(route.POST, "/api/v1/answers/x", { method: "POST", params: { token: "abc.def" } });
    expect(answer.status).toBe(400);
    expect(answer.json.error).toMatchObject({ code: "invalid_input" });
    const { owner } = await fullMonday();
    const forged = stayHomeToken(owner.id, MONDAY, "another-secret-0123456789abcdefghij");
    const refused = await callRoute(route.POST, `/api/v1/answers/${forged}`, { method: "POST", params: { token: forged } });
    expect(refused.status).toBe(404);
    expect(refused.json.error).toMatchObject({ code: "answer_invalid" });
  });
});

describe("an unsubscribe link", () => {
  it("turns the setting off on POST (RFC 8058), again without harm; a GET only redirects to the page that asks", async () => {
    const { owner } = await fullMonday();
    const route = await import("@/app/api/v1/unsubscribe/[token]/route");
    const digest = signOneClick(SECRET, { a: "unsubscribe", e: owner.id, s: "digest" });
    const opened = await callRoute(route.GET, `/api/v1/unsubscribe/${digest}`, { params: { token: digest } });
    expect(opened.status).toBe(303);
    expect(opened.headers.get("location")).toBe(`/unsubscribe/${digest}`);
    expect(await db.notificationSettings.findUnique({ where: { employeeId: owner.id } })).toBeNull();

    const post = () => callRoute(route.POST, `/api/v1/unsubscribe/${digest}`, { method: "POST", params: { token: digest }, body: "List-Unsubscribe=One-Click", contentType: "application/x-www-form-urlencoded" });
    expect((await post()).json).toEqual({ setting: "digest" });
    expect(await db.notificationSettings.findUnique({ where: { employeeId: owner.id }, select: { digest: true, reminder: true } })).toEqual({ digest: false, reminder: false });
    expect((await post()).status).toBe(200);

    const reminder = signOneClick(SECRET, { a: "unsubscribe", e: owner.id, s: "reminder" });
    await db.notificationSettings.update({ where: { employeeId: owner.id }, data: { reminder: true, digest: true } });
    await callRoute(route.POST, `/api/v1/unsubscribe/${reminder}`, { method: "POST", params: { token: reminder } });
    expect(await db.notificationSettings.findUnique({ where: { employeeId: owner.id }, select: { digest: true, reminder: true } })).toEqual({ digest: true, reminder: false });

    // A stay-home token is no unsubscribe token.
    const wrongKind = stayHomeToken(owner.id);
    expect((await callRoute(route.POST, `/api/v1/unsubscribe/${wrongKind}`, { method: "POST", params: { token: wrongKind } })).status).toBe(404);
  });
});
