import { addWeeks, format, startOfISOWeek, subDays, subWeeks, subYears } from "date-fns";
import type { Prisma, PrismaClient, Role, Team } from "../../lib/generated/prisma/client";
import { DEMO_LOGINS } from "./logins";
import { hashPassword } from "../../lib/auth/password";
import { toDbDate } from "../../lib/date-only";
import { publicHolidays } from "../../lib/offices/public-holidays";
import { rotationRulesSchemaFor, type Weekday } from "../../lib/rotation";
import { demoOffices, type DemoOffice } from "./offices";
import { demoPlan } from "./plans";


// A fixed-seed generator (mulberry32) so every fresh demo database looks the same.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function emailLocalPart(given: string, family: string): string {
  return `${given}.${family}`
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[øØ]/g, "o")
    .replace(/[æÆ]/g, "ae")
    .replace(/[^A-Za-z.]/g, "")
    .toLowerCase();
}

function buildPeople(office: DemoOffice, today: Date, next: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return Array.from({ length: office.employees }, (_, index) => {
    const isNewHire = index % 12 === 5;
    const startDate = isNewHire
      ? subDays(today, 1 + Math.floor(next() * 40))
      : subDays(subYears(today, 1 + Math.floor(next() * 9)), Math.floor(next() * 365));
    return {
      givenName: pick(office.names.given),
      familyName: pick(office.names.family),
      teamIndex: index % office.teams.length,
      // The first member of each team leads it.
      role: (index < office.teams.length ? "LEADER" : "EMPLOYEE") as Role,
      startDate: format(startDate, "yyyy-MM-dd"),
      active: index % 37 !== 36,
    };
  });
}

/**
 * Seeds three offices (Oslo, Stockholm, Utrecht) with teams, about 300
 * employees, public holidays and the demo logins. Runs only on an empty
 * database; returns whether it seeded.
 */
export async function seedDemoData(db: PrismaClient, options: { today: Date }): Promise<boolean> {
  if ((await db.office.count()) > 0) return false;
  const next = random(20201123);
  const passwordHash = await hashPassword(DEMO_LOGINS.password);
  const usedEmails = new Set<string>(DEMO_LOGINS.accounts.map((account) => account.email));
  const uniqueEmail = (given: string, family: string) => {
    const base = emailLocalPart(given, family);
    let email = `${base}@example.com`;
    for (let n = 2; usedEmails.has(email); n++) email = `${base}${n}@example.com`;
    usedEmails.add(email);
    return email;
  };

  await db.$transaction(
    async (tx) => {
      for (const demo of demoOffices) {
        const office = await tx.office.create({
          data: {
            name: demo.name,
            timezone: demo.timezone,
            country: demo.country,
            locale: demo.locale,
            seats: demo.seats,
            capacityPercent: demo.capacityPercent,
            workingWeekdays: [1, 2, 3, 4, 5],
            closures: { create: demoClosures(demo, options.today).map(({ date, name }) => ({ date: toDbDate(date), reason: name })) },
          },
        });
        // One after another: a transaction has one connection (see lib/data/transaction.ts).
        const teams: Team[] = [];
        for (const team of demo.teams) {
          teams.push(
            await tx.team.create({
              data: { officeId: office.id, name: team.name, essential: team.essential ?? false, servesHardHitCustomers: team.servesHardHitCustomers ?? false },
            }),
          );
        }
        // Published three weeks ago, so past days exist; everyone else joins in two weeks.
        const teamIds = Object.fromEntries(teams.map((team) => [team.name, team.id]));
        const monday = startOfISOWeek(options.today);
        const rules = rotationRulesSchemaFor({
          locale: demo.locale,
          teamIds: teams.map((team) => team.id),
          workingWeekdays: office.workingWeekdays as Weekday[],
        }).parse(demoPlan(demo.name, teamIds, { waveTwo: format(addWeeks(monday, 2), "yyyy-MM-dd") }));
        await tx.rotationPlan.create({
          data: {
            officeId: office.id,
            name: `${demo.name} reopening`,
            version: 1,
            status: "PUBLISHED",
            effectiveFrom: toDbDate(format(subWeeks(monday, 3), "yyyy-MM-dd")),
            rules,
            publishedAt: options.today,
          },
        });
        const people = buildPeople(demo, options.today, next);
        await tx.employee.createMany({
          data: people.map((person) => ({
            givenName: person.givenName,
            familyName: person.familyName,
            email: uniqueEmail(person.givenName, person.familyName),
            officeId: office.id,
            teamId: teams[person.teamIndex]?.id ?? null,
            startDate: toDbDate(person.startDate),
            role: person.role,
            active: person.active,
          })),
        });
        const leaders = await tx.employee.findMany({ where: { officeId: office.id, role: "LEADER" }, select: { id: true, teamId: true } });
        await tx.teamLeader.createMany({
          data: leaders.flatMap((leader) => (leader.teamId ? [{ teamId: leader.teamId, employeeId: leader.id }] : [])),
        });
        if (demo.name !== "Oslo") continue;
        await shareSomeDays(tx, office.id, teams.find((team) => team.name === "Travel Sales")?.id ?? null);
        for (const account of DEMO_LOGINS.accounts) {
          await tx.employee.create({
            data: {
              givenName: account.givenName,
              familyName: account.familyName,
              email: account.email,
              officeId: office.id,
              teamId: teams.find((team) => team.name === account.team)?.id ?? null,
              // The demo employee is a new hire, so wave 1 of the demo plan includes them.
              startDate: toDbDate(format(account.role === "EMPLOYEE" ? subDays(options.today, 10) : subYears(options.today, 3), "yyyy-MM-dd")),
              role: account.role,
              credential: { create: { passwordHash } },
              ...(account.role === "LEADER" && { leads: { create: { teamId: teams.find((team) => team.name === account.team)?.id as string } } }),
            },
          });
        }
      }
    },
    { timeout: 60_000 },
  );
  return true;
}

/**
 * A few people in Oslo share their office days, so a newcomer sees who's in:
 * some of the demo employee's team with the team, some others with the
 * whole office, spread over the alphabet so they come on different days.
 */
async function shareSomeDays(tx: Prisma.TransactionClient, officeId: string, teamId: string | null) {
  const spread = <T,>(rows: T[], count: number) => rows.filter((_, index) => index % Math.max(1, Math.floor(rows.length / count)) === 0).slice(0, count);
  const people = await tx.employee.findMany({ where: { officeId, active: true, role: "EMPLOYEE" }, select: { id: true, teamId: true }, orderBy: [{ familyName: "asc" }, { id: "asc" }] });
  const team = spread(people.filter((person) => teamId !== null && person.teamId === teamId), 6);
  const office = spread(people.filter((person) => person.teamId !== teamId), 5);
  await tx.employee.updateMany({ where: { id: { in: team.map((person) => person.id) } }, data: { shareDaysWith: "TEAM" } });
  await tx.employee.updateMany({ where: { id: { in: office.map((person) => person.id) } }, data: { shareDaysWith: "OFFICE" } });
}

/** The public holidays from the demo plan's start to a year ahead, so the demo has closed days whenever it is seeded. */
function demoClosures(demo: DemoOffice, today: Date) {
  const from = format(subWeeks(today, 12), "yyyy-MM-dd");
  const to = format(addWeeks(today, 52), "yyyy-MM-dd");
  const year = today.getUTCFullYear();
  return [year - 1, year, year + 1]
    .flatMap((y) => publicHolidays(demo.country, y, demo.locale))
    .filter(({ date }) => date >= from && date <= to);
}
