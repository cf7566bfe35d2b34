import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { now } from "@/lib/clock";
import { todayIn } from "@/lib/date-only";
import { heldBack, plannedOn } from "@/lib/privacy/small-groups";
import { computeRotation, peopleByDay } from "@/lib/rotation";
import { FIGURE_COLUMNS, XLSX_CONTENT_TYPE } from "@/lib/trends/rows";
import { defaultTrendsRange } from "@/lib/validation/trends";
import { callRoute, tokenFor } from "@/tests/support/api";
import { freshDemoDatabase } from "@/tests/support/test-db";

// A database of its own: the generated offices would otherwise show in other files' counts.
let db: Awaited<ReturnType<typeof freshDemoDatabase>>;
const dbDate = (day: string) => new Date(`${day}T00:00:00Z`);
const plusDays = (day: string, days: number) => new Date(dbDate(day).getTime() + days * 86_400_000).toISOString().slice(0, 10);
const SURNAMES = ["Berg", "Dahl", "Hansen", "Lie", "Moe", "Nilsen", "Strand", "Ås", "Øien", "Aas"];

interface GeneratedOffice {
  teams: number;
  people: { surname: number; team: number }[];
  capacity: number;
  weekdays: [number[], number[]];
  optOuts: { person: number; day: number }[];
  extras: { person: number; day: number }[];
}

const generatedOffice: fc.Arbitrary<GeneratedOffice> = fc
  .record({ teams: fc.integer({ min: 1, max: 3 }), size: fc.integer({ min: 3, max: 24 }) })
  .chain(({ teams, size }) =>
    fc.record({
      teams: fc.constant(teams),
      people: fc.array(fc.record({ surname: fc.nat({ max: SURNAMES.length - 1 }), team: fc.integer({ min: -1, max: teams - 1 }) }), { minLength: size, maxLength: size }),
      capacity: fc.integer({ min: 1, max: 20 }),
      weekdays: fc.tuple(fc.subarray([1, 2, 3, 4, 5], { minLength: 1 }), fc.subarray([1, 2, 3, 4, 5], { minLength: 1 })),
      optOuts: fc.array(fc.record({ person: fc.nat({ max: size - 1 }), day: fc.nat({ max: 55 }) }), { maxLength: 60 }),
      extras: fc.array(fc.record({ person: fc.nat({ max: size - 1 }), day: fc.nat({ max: 55 }) }), { maxLength: 30 }),
    }),
  );

// Six people in Team 0, two in Team 1 (the small one), nobody without a team.
const SMALL_TEAM_OFFICE: GeneratedOffice = {
  teams: 2,
  people: [...Array.from({ length: 6 }, (_, index) => ({ surname: index % 3, team: 0 })), { surname: 0, team: 1 }, { surname: 1, team: 1 }],
  capacity: 20,
  weekdays: [[1, 2, 3, 4, 5], [1]],
  optOuts: [{ person: 6, day: 0 }],
  extras: [],
};

describe("trends API", { timeout: 240_000 }, () => {
  let hrToken: string;
  let trends: typeof import("@/app/api/v1/offices/[id]/trends/route").GET;
  let capacity: typeof import("@/app/api/v1/offices/[id]/capacity/route").GET;
  let loadEngineInput: typeof import("@/lib/data/rotation-input").loadEngineInput;
  // Eight weeks ending last Sunday, on the app's clock: past days only, whatever day the test runs.
  const today = todayIn("Europe/Oslo", now());
  const thisMonday = defaultTrendsRange(today).from.replace(/.*/, (from) => plusDays(from, 12 * 7));
  const from = plusDays(thisMonday, -56);
  const to = plusDays(thisMonday, -1);

  const ask = (officeId: string, query: string, token = hrToken) => callRoute(trends, `/api/v1/offices/${officeId}/trends?${query}`, { token, params: { id: officeId } });

  async function createOffice(spec: GeneratedOffice) {
    const tag = randomUUID().slice(0, 8);
    const office = await db.office.create({
      data: { name: `Trends ${tag}`, timezone: "Europe/Oslo", locale: "nb", seats: spec.capacity, capacityPercent: 100, workingWeekdays: [1, 2, 3, 4, 5] },
    });
    const teams = await Promise.all(Array.from({ length: spec.teams }, (_, index) => db.team.create({ data: { officeId: office.id, name: `Team ${index} ${tag}`, essential: index === 1 } })));
    await db.rotationPlan.create({
      data: {
        officeId: office.id,
        name: "Trends test",
        version: 1,
        status: "PUBLISHED",
        effectiveFrom: dbDate(plusDays(from, -100)),
        publishedAt: new Date(),
        rules: {
          waves: [
            { name: "Everyone", selectors: [{ kind: "everyone" }], distribution: { rule: "surname", groups: [{ from: "A", to: "K", weekdays: spec.weekdays[0] }, { from: "L", to: "Å", weekdays: spec.weekdays[1] }] } },
          ],
        },
      },
    });
    const people = await Promise.all(
      spec.people.map((person, index) =>
        db.employee.create({
          data: {
            givenName: "Test",
            familyName: SURNAMES[person.surname] as string,
            email: `p${index}-${tag}@trends.test`,
            officeId: office.id,
            teamId: person.team < 0 ? null : (teams[person.team]?.id ?? null),
            startDate: dbDate("2020-01-01"),
          },
        }),
      ),
    );
    const seen = new Set<string>();
    const once = (row: { person: number; day: number }) => {
      const key = `${row.person}|${row.day}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    await db.optOut.createMany({ data: spec.optOuts.filter(once).map((row) => ({ employeeId: people[row.person]!.id, date: dbDate(plusDays(from, row.day)) })) });
    await db.seatRequest.createMany({
      data: spec.extras.filter(once).map((row, index) => ({ employeeId: people[row.person]!.id, officeId: office.id, date: dbDate(plusDays(from, row.day)), kind: "EXTRA" as const, queueKey: index })),
    });
    return { office, teams, people };
  }

  beforeAll(async () => {
    db = await freshDemoDatabase("trends", new Date("2026-11-23T09:00:00Z"));
    hrToken = await tokenFor(db, "hr@example.com");
    trends = (await import("@/app/api/v1/offices/[id]/trends/route")).GET;
    capacity = (await import("@/app/api/v1/offices/[id]/capacity/route")).GET;
    ({ loadEngineInput } = await import("@/lib/data/rotation-input"));
  });
  afterAll(() => db.$disconnect());

  it("equal the engine's per-day results summed over the period, for generated offices", async () => {
    const minGroup = env().PRIVACY_MIN_GROUP;
    await fc.assert(
      fc.asyncProperty(generatedOffice, async (spec) => {
        const { office } = await createOffice(spec);
        const answer = await ask(office.id, `from=${from}&to=${to}&by=weekday`);
        expect(answer.status).toBe(200);
        const capacityDays = (await callRoute(capacity, `/api/v1/offices/${office.id}/capacity?from=${from}&to=${to}`, { token: hrToken, params: { id: office.id } })).json.days;
        for (const row of answer.json.rows as Record<string, number | string | null>[]) {
          // The engine on that day alone, straight from the database.
          const alone = computeRotation(await loadEngineInput(office.id, row.date as string, row.date as string));
          const day = alone.days[0]!;
          const shown = day.status === "open" && !heldBack(day.status, plannedOn(day), peopleByDay(alone)[0] as number, minGroup);
          const onCapacityPage = capacityDays.find((candidate: { date: string }) => candidate.date === row.date);
          expect(onCapacityPage.suppressed).toBe(day.status === "open" && !shown);
          if (!shown) {
            expect(row.expected).toBeNull();
            continue;
          }
          expect(row).toMatchObject({
            capacity: day.capacity,
            planned: plannedOn(day),
            expected: day.expected,
            stayedHome: day.optedOut,
            extraConfirmed: day.extra,
            extraWaiting: alone.seats.filter((seat) => seat.kind === "extra" && seat.status === "waitlisted").length,
          });
          expect(onCapacityPage).toMatchObject({ expected: day.expected, optedOut: day.optedOut, extra: day.extra });
        }
        // The weeks are the days summed.
        const weeks = (await ask(office.id, `from=${from}&to=${to}`)).json.rows as Record<string, number | string | null>[];
        expect(weeks).toHaveLength(8);
        for (const week of weeks) {
          const days = (answer.json.rows as Record<string, number | string | null>[]).filter((row) => row.week === week.week && row.expected !== null);
          expect(week.expected ?? 0).toBe(days.reduce((sum, row) => sum + (row.expected as number), 0));
          expect(week.stayedHome ?? 0).toBe(days.reduce((sum, row) => sum + (row.stayedHome as number), 0));
        }
      }),
      { numRuns: 6 },
    );
  });

  it("show no figure of a group smaller than the threshold, nor one from which it follows", async () => {
    const { office } = await createOffice(SMALL_TEAM_OFFICE);
    const rows = (await ask(office.id, `from=${from}&to=${to}&by=team`)).json.rows as Record<string, number | string | null>[];
    const small = rows.find((row) => (row.group as string).startsWith("Team 1"))!;
    expect(small).toMatchObject({ planned: null, expected: null, stayedHome: null });
    // Team 0 alone would give Team 1's figures as the office's total minus Team 0's: it is held back too.
    const large = rows.find((row) => (row.group as string).startsWith("Team 0"))!;
    expect(large.expected).toBeNull();
    const total = (await ask(office.id, `from=${from}&to=${to}`)).json.rows as Record<string, number | null>[];
    expect(total.some((week) => week.expected !== null)).toBe(true);
  });

  it("give leaders the teams they lead only, totals only, and refuse what the rules do not allow", async () => {
    const { office, teams, people } = await createOffice({ teams: 2, people: Array.from({ length: 8 }, (_, index) => ({ surname: index, team: index % 2 })), capacity: 10, weekdays: [[1, 3], [2, 4]], optOuts: [], extras: [] });
    const leader = people[0]!;
    await db.employee.update({ where: { id: leader.id }, data: { role: "LEADER" } });
    await db.teamLeader.create({ data: { teamId: teams[0]!.id, employeeId: leader.id } });
    const token = await tokenFor(db, leader.email);
    const own = await ask(office.id, `from=${from}&to=${to}`, token);
    expect(own.status).toBe(200);
    expect(own.json.team).toEqual({ id: teams[0]!.id, name: teams[0]!.name });
    expect((await ask(office.id, `team=${teams[1]!.id}`, token)).status).toBe(403);
    expect((await ask(office.id, "by=team", token)).status).toBe(403);
    expect((await ask(office.id, `team=nosuchteam`)).json.error.code).toBe("team_not_found");

    const tooFar = await ask(office.id, `from=${plusDays(today, -800)}&to=${plusDays(today, -700)}`);
    expect(tooFar.status).toBe(422);
    expect(tooFar.json.error.field).toBe("from");
    const pdf = await ask(office.id, "format=pdf");
    expect(pdf.status).toBe(400);
    expect(pdf.json.error.field).toBe("format");
    const csv = await ask(office.id, `from=${from}&to=${to}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.text.split("\n")[0]).toBe("week,openDays,heldBack,capacity,planned,expected,stayedHome,stayHomeShare,extraAsked,extraConfirmed,extraWaiting,utilization");
    expect(csv.text.split("\n")[1]).toMatch(new RegExp(`^${from},5,`));
  });

  it("download as a workbook of the same rows: real dates and numbers, held-back figures empty, the header in the caller's language", async () => {
    // Team 1 is below the threshold, so its figures and Team 0's are held back; the office's are shown.
    const { office } = await createOffice(SMALL_TEAM_OFFICE);
    const download = async (query: string, headers: Record<string, string>) => {
      const answer = await callRoute(trends, `/api/v1/offices/${office.id}/trends?from=${from}&to=${to}&${query}&format=xlsx`, { token: hrToken, params: { id: office.id }, headers });
      expect(answer.status).toBe(200);
      expect(answer.headers.get("content-type")).toBe(XLSX_CONTENT_TYPE);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(answer.bytes.buffer);
      return { sheet: workbook.worksheets[0]!, disposition: answer.headers.get("content-disposition"), rows: (await ask(office.id, `from=${from}&to=${to}&${query}`)).json.rows as Record<string, number | string | null>[] };
    };
    const figuresMatch = (sheet: ExcelJS.Worksheet, rows: Record<string, number | string | null>[], first: number) => {
      expect(sheet.rowCount).toBe(1 + rows.length);
      rows.forEach((row, index) => {
        FIGURE_COLUMNS.forEach((column, offset) => {
          const cell = sheet.getRow(index + 2).getCell(first + offset);
          if (row[column] === null) {
            // Held back: an empty cell, never 0.
            expect(cell.type).toBe(ExcelJS.ValueType.Null);
            expect(cell.value ?? null).toBeNull();
          } else {
            expect(cell.type).toBe(ExcelJS.ValueType.Number);
            expect(cell.value).toBe(row[column]);
          }
        });
      });
    };

    const days = await download("by=weekday", { "accept-language": "nb-NO,nb;q=0.9,en;q=0.5" });
    expect(days.disposition).toBe(`attachment; filename="trends-${from}-${to}-weekday.xlsx"`);
    expect((days.sheet.getRow(1).values as unknown[]).slice(1, 6)).toEqual(["Dato", "Uke", "Ukedag", "Status", "Åpne dager"]);
    const date = days.sheet.getCell("A2");
    expect(date.type).toBe(ExcelJS.ValueType.Date);
    expect(date.value).toBeInstanceOf(Date);
    expect((date.value as Date).toISOString()).toBe(`${from}T00:00:00.000Z`);
    expect(date.numFmt).toBe("yyyy-mm-dd");
    expect(days.sheet.getCell("C2").value).toBe(1);
    const utilization = days.sheet.getRow(2).getCell(5 + FIGURE_COLUMNS.indexOf("utilization"));
    expect(utilization.type).toBe(ExcelJS.ValueType.Number);
    expect(utilization.numFmt).toContain("%");
    figuresMatch(days.sheet, days.rows, 5);

    // The language cookie wins over Accept-Language, as on the pages.
    const teams = await download("by=team", { "accept-language": "nb-NO", cookie: "office-rotation-locale=sv" });
    expect((teams.sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(["Grupp", "Gruppnyckel", "Öppna dagar"]);
    expect(teams.rows.some((row) => row.expected === null)).toBe(true);
    expect(teams.sheet.getCell("A2").type).toBe(ExcelJS.ValueType.String);
    figuresMatch(teams.sheet, teams.rows, 3);
  });
});
