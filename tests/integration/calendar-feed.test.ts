import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activeUserById, type CurrentUser } from "@/lib/auth/session";
import { todayIn } from "@/lib/date-only";
import { computeRotation, scheduleFor } from "@/lib/rotation";
import { seedDemoData } from "@/prisma/demo/seed-demo";
import { callRoute } from "@/tests/support/api";
import { testPrisma } from "@/tests/support/test-db";

const db = testPrisma();

function tokenOf(url: string): string {
  const match = /\/api\/v1\/calendar\/([A-Za-z0-9_-]+)\.ics$/.exec(url);
  if (!match?.[1]) throw new Error(`Not a feed URL: ${url}`);
  return match[1];
}

function shift(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe("calendar feed", () => {
  let feed: typeof import("@/app/api/v1/calendar/[file]/route").GET;
  let calendar: typeof import("@/lib/data/calendar-feed");
  let loadEngineInput: typeof import("@/lib/data/rotation-input").loadEngineInput;
  let employee: CurrentUser;
  let token: string;

  const fetchFeed = (file: string) => callRoute(feed, `/api/v1/calendar/${file}`, { params: { file } });

  function parse(text: string) {
    const component = new ICAL.Component(ICAL.parse(text));
    const events = component.getAllSubcomponents("vevent").map((vevent) => {
      const start = vevent.getFirstPropertyValue("dtstart") as ICAL.Time;
      const end = vevent.getFirstPropertyValue("dtend") as ICAL.Time;
      return { uid: String(vevent.getFirstPropertyValue("uid")), summary: String(vevent.getFirstPropertyValue("summary")), start, end };
    });
    return { component, events };
  }

  /** The employee's days by the engine, over the feed's range, as the feed should list them. */
  async function expectedDays() {
    const today = todayIn("Europe/Oslo", new Date());
    const result = computeRotation(await loadEngineInput(employee.officeId, shift(today, -calendar.FEED_DAYS_BACK), shift(today, calendar.FEED_DAYS_AHEAD)));
    return scheduleFor(result, employee.id).filter((day) => day.seat.kind === "planned" || day.seat.kind === "extra");
  }

  beforeAll(async () => {
    await seedDemoData(db, { today: new Date("2026-11-23T09:00:00Z") });
    feed = (await import("@/app/api/v1/calendar/[file]/route")).GET;
    calendar = await import("@/lib/data/calendar-feed");
    ({ loadEngineInput } = await import("@/lib/data/rotation-input"));
    const row = await db.employee.findUniqueOrThrow({ where: { email: "employee@example.com" }, select: { id: true } });
    employee = (await activeUserById(row.id))!;
    token = tokenOf((await calendar.resetOwnCalendarFeed(employee, new Date(), "nb")).url);
  });
  afterAll(() => db.$disconnect());

  it("serves an iCalendar file that parses and lists exactly the person's office days as all-day events", async () => {
    const response = await fetchFeed(`${token}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const { component, events } = parse(response.text);
    expect(component.getFirstPropertyValue("x-wr-calname")).toBe("Kontordager — Oslo");
    expect(component.getFirstPropertyValue("x-wr-timezone")).toBe("Europe/Oslo");
    expect(response.text).toContain("DTSTART;VALUE=DATE:");

    const expected = await expectedDays();
    expect(expected.length).toBeGreaterThan(10);
    expect(events.map((event) => event.start.toString())).toEqual(expected.map((day) => day.date));
    for (const event of events) {
      expect(event.start.isDate).toBe(true);
      expect(event.end.toJSDate().getTime() - event.start.toJSDate().getTime()).toBe(24 * 60 * 60 * 1000);
      expect(event.summary).toBe("Kontordag — Oslo");
      expect(event.uid).toBe(`${event.start.toString()}-${employee.id}@office-rotation`);
    }
  });

  it("titles the events in the person's language, not the office's, and follows a change of language at the same URL", async () => {
    const summaries = async () => [...new Set(parse((await fetchFeed(`${token}.ics`)).text).events.map((event) => event.summary))];
    try {
      await calendar.setOwnCalendarFeedLocale(employee, "en");
      expect(await summaries()).toEqual(["Office day — Oslo"]);
      await calendar.setOwnCalendarFeedLocale(employee, "sv");
      expect(await summaries()).toEqual(["Kontorsdag — Oslo"]);
      // A feed made before the language was stored: the office's language.
      await db.calendarFeed.update({ where: { employeeId: employee.id }, data: { locale: null } });
      expect(await summaries()).toEqual(["Kontordag — Oslo"]);
      // A new address takes the language the person uses now.
      token = tokenOf((await calendar.resetOwnCalendarFeed(employee, new Date(), "nl")).url);
      expect(await summaries()).toEqual(["Kantoordag — Oslo"]);
    } finally {
      await calendar.setOwnCalendarFeedLocale(employee, "nb");
    }
  });

  it("drops a day the person stays home and adds a confirmed extra day on the next fetch", async () => {
    const planned = (await expectedDays()).filter((day) => day.date > todayIn("Europe/Oslo", new Date()));
    const stayHome = planned[0]!.date;
    const today = todayIn("Europe/Oslo", new Date());
    const result = computeRotation(await loadEngineInput(employee.officeId, shift(today, 1), shift(today, 60)));
    const extraDay = scheduleFor(result, employee.id).find(
      (day, index) => day.reason.kind === "not-expected" && day.reason.reason === "not-their-day" && (result.days[index]?.freeSeats ?? 0) > 0,
    )!.date;
    await db.$transaction([
      db.optOut.create({ data: { employeeId: employee.id, date: new Date(`${stayHome}T00:00:00Z`) } }),
      db.seatRequest.create({ data: { employeeId: employee.id, officeId: employee.officeId, date: new Date(`${extraDay}T00:00:00Z`), kind: "EXTRA", queueKey: 1 } }),
      db.office.update({ where: { id: employee.officeId }, data: { revision: { increment: 1 } } }),
    ]);
    try {
      const { events } = parse((await fetchFeed(`${token}.ics`)).text);
      const byDate = new Map(events.map((event) => [event.start.toString(), event]));
      expect(byDate.has(stayHome)).toBe(false);
      expect(byDate.get(extraDay)?.summary).toBe("Ekstra kontordag — Oslo");
      expect(events.map((event) => event.start.toString())).toEqual((await expectedDays()).map((day) => day.date));
    } finally {
      await db.$transaction([
        db.optOut.deleteMany({ where: { employeeId: employee.id, date: new Date(`${stayHome}T00:00:00Z`) } }),
        db.seatRequest.deleteMany({ where: { employeeId: employee.id } }),
        db.office.update({ where: { id: employee.officeId }, data: { revision: { increment: 1 } } }),
      ]);
    }
  });

  it("contains nobody else's data", async () => {
    const text = (await fetchFeed(`${token}.ics`)).text;
    const others = await db.employee.findMany({ where: { officeId: employee.officeId, NOT: { id: employee.id } }, select: { id: true, email: true, familyName: true } });
    for (const other of others) {
      expect(text).not.toContain(other.id);
      expect(text).not.toContain(other.email);
    }
  });

  it("stores only a hash, and a reset kills the old URL at once", async () => {
    const stored = await db.calendarFeed.findUniqueOrThrow({ where: { employeeId: employee.id } });
    expect(stored.tokenHash).not.toContain(token);
    const fresh = tokenOf((await calendar.resetOwnCalendarFeed(employee, new Date(), "nb")).url);
    expect(fresh).not.toBe(token);
    const old = await fetchFeed(`${token}.ics`);
    expect(old.status).toBe(404);
    expect(old.json.error.code).toBe("feed_not_found");
    expect((await fetchFeed(`${fresh}.ics`)).status).toBe(200);
    token = fresh;
  });

  it("answers 404 for an unknown token and 400 for an address that is not <token>.ics", async () => {
    expect((await fetchFeed(`${"A".repeat(43)}.ics`)).status).toBe(404);
    for (const file of [token, `${token}.ical`, "short.ics", `${token}x.ics`, "../me.ics"]) {
      const response = await fetchFeed(file);
      expect(response.status, file).toBe(400);
      expect(response.json.error.field).toBe("file");
    }
  });

  it("stops serving a person who was deactivated", async () => {
    await db.employee.update({ where: { id: employee.id }, data: { active: false } });
    try {
      expect((await fetchFeed(`${token}.ics`)).status).toBe(404);
    } finally {
      await db.employee.update({ where: { id: employee.id }, data: { active: true } });
    }
  });
});
