/**
 * The Trends page's data read from a real PostgreSQL (part of bench:console,
 * which runs with the react-server condition the data modules need):
 * the trends scenario's 10,000 people over two years stored as the app
 * stores them, then getOfficeTrends as the page calls it. Times the first
 * view (revisions, two years of stay-homes and seat requests read, the
 * engine, the tallies), the next view (the engine's cached result), and a
 * view after someone stays home on one day (that day decided again).
 */
import { inBatches } from "../../lib/data/insert-batches";
import type { DbClient } from "../../lib/server/prisma-client";
import { trendsScenario, TRENDS_FROM, TRENDS_TO } from "./trends";

type Time = <T>(name: string, run: () => Promise<T>) => Promise<T>;

/** Rows per INSERT ... SELECT unnest(...): arrays are one bind parameter each, so only memory bounds a batch. */
const CHOICE_ROWS = 50_000;

async function seed(db: DbClient) {
  const input = trendsScenario();
  const office = await db.office.create({
    data: { name: "Trends bench", timezone: "Europe/Oslo", locale: "nb", seats: input.office.capacityPerDay, capacityPercent: 100, workingWeekdays: [1, 2, 3, 4, 5] },
  });
  const teamIds = new Map<string, string>();
  for (const team of input.teams) {
    const created = await db.team.create({ data: { officeId: office.id, name: team.name, essential: team.essential, servesHardHitCustomers: team.servesHardHitCustomers }, select: { id: true } });
    teamIds.set(team.id, created.id);
  }
  await inBatches(
    input.employees.map((employee, index) => ({
      id: employee.id,
      givenName: "Person",
      familyName: employee.familyName,
      email: `trends-${index}@bench.example`,
      officeId: office.id,
      teamId: employee.teamId ? (teamIds.get(employee.teamId) ?? null) : null,
      startDate: new Date(`${employee.startDate}T00:00:00Z`),
      active: employee.active,
    })),
    (data) => db.employee.createMany({ data }),
  );
  const plan = input.planVersions[0]!;
  await db.rotationPlan.create({
    data: { officeId: office.id, name: "Trends bench", version: 1, status: "PUBLISHED", effectiveFrom: new Date(`${plan.effectiveFrom}T00:00:00Z`), rules: plan.rules as object, publishedAt: new Date() },
  });
  for (let start = 0; start < input.optOuts.length; start += CHOICE_ROWS) {
    const batch = input.optOuts.slice(start, start + CHOICE_ROWS);
    await db.$executeRaw`
      INSERT INTO opt_out (id, employee_id, date)
      SELECT gen_random_uuid()::text, e, d FROM unnest(${batch.map((row) => row.employeeId)}::text[], ${batch.map((row) => row.date)}::date[]) AS t(e, d)`;
  }
  const requests = input.seatRequests ?? [];
  for (let start = 0; start < requests.length; start += CHOICE_ROWS) {
    const batch = requests.slice(start, start + CHOICE_ROWS);
    await db.$executeRaw`
      INSERT INTO seat_request (id, employee_id, office_id, date, kind, queue_key)
      SELECT gen_random_uuid()::text, e, ${office.id}, d, 'EXTRA', q
      FROM unnest(${batch.map((row) => row.employeeId)}::text[], ${batch.map((row) => row.date)}::date[], ${batch.map((row) => row.queueKey)}::int[]) AS t(e, d, q)
      ON CONFLICT DO NOTHING`;
  }
  // As autovacuum leaves tables that grew over two years: statistics, and the visibility map index-only scans use.
  await db.$executeRawUnsafe("VACUUM ANALYZE");
  return { office, input };
}

export async function benchTrendsOnDatabase(db: DbClient, time: Time): Promise<void> {
  const { office, input } = await seed(db);
  const { getOfficeTrends } = await import("../../lib/data/trends");
  const { stayHome } = await import("../../lib/data/stay-home");
  const { currentUserByEmail } = await import("../support/current-user");
  const hr = await currentUserByEmail(db, "admin@example.com");
  const label = `trends, ${input.employees.length.toLocaleString("en")} people, ${TRENDS_FROM} to ${TRENDS_TO} (${input.optOuts.length.toLocaleString("en")} stay-homes)`;
  await time(`${label}: first view`, () => getOfficeTrends(hr, office.id, TRENDS_FROM, TRENDS_TO, null));
  await time(`${label}: next view`, () => getOfficeTrends(hr, office.id, TRENDS_FROM, TRENDS_TO, null));
  // Someone stays home on a day of the range (the clock set to the week before it): only that day is decided again.
  // The first of these people the plan has in the office that day.
  const people = await db.employee.findMany({ where: { officeId: office.id, active: true, startDate: { lt: new Date(`${TRENDS_FROM}T00:00:00Z`) } }, select: { email: true }, take: 50 });
  const day = "2026-02-23";
  let stayed = false;
  for (const person of people) {
    stayed = (await stayHome(await currentUserByEmail(db, person.email), { from: day }, new Date("2026-02-16T08:00:00Z")).catch(() => ({ days: [] }))).days.length > 0;
    if (stayed) break;
  }
  if (!stayed) throw new Error(`None of ${people.length} people could stay home on ${day}`);
  await time(`${label}: view after a stay-home`, () => getOfficeTrends(hr, office.id, TRENDS_FROM, TRENDS_TO, null));
}
