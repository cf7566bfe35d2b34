import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../../lib/server/embedded-postgres";
import { applyMigrations } from "../../lib/server/migrations";
import { freePort } from "../support/free-port";

/**
 * `npm run bench` (second part): the HR console against a real, embedded
 * PostgreSQL: importing 10,000 employees from CSV in one transaction,
 * exporting them, paging and searching the employee list, and paging
 * through 100,000 audit entries, and the Trends page's data for 10,000 people
 * over two years (trends-db.ts). Prints numbers only; no test asserts timings.
 */
const dir = await mkdtemp(path.join(tmpdir(), "office-rotation-bench-"));
await chmod(dir, 0o755);
const database = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), database: "bench" });
process.env.DATABASE_URL = database.url;

try {
  await applyMigrations(database.url);
  // Imported after DATABASE_URL is set: lib/db.ts connects when loaded.
  const { db } = await import("../../lib/db");
  const { seedDemoData } = await import("../../prisma/demo/seed-demo");
  const { importEmployees, exportEmployeesCsv } = await import("../../lib/data/employee-import");
  const { searchEmployees } = await import("../../lib/data/employees");
  const { listAuditEntries } = await import("../../lib/data/audit");
  await seedDemoData(db, { today: new Date() });
  const { currentUserByEmail } = await import("../support/current-user");
  const user = await currentUserByEmail(db, "admin@example.com");

  const rows: [string, number][] = [];
  async function time<T>(name: string, run: () => Promise<T>): Promise<T> {
    const started = performance.now();
    const result = await run();
    rows.push([name, performance.now() - started]);
    return result;
  }

  const header = "email;given name;family name;office;team;start date;role";
  const people = (suffix: string) =>
    [header, ...Array.from({ length: 10_000 }, (_, index) => `person${index}@bench.example;Given${index};Family${index}${suffix};${["Oslo", "Stockholm", "Utrecht"][index % 3]};Team ${index % 40};03.02.2025;`)].join("\n");
  const options = { dryRun: false, deactivateMissing: false, createTeams: true };
  const created = await time("import 10,000 new people (40 new teams)", () => importEmployees(user, people(""), options, new Date()));
  if (!created.ok) throw new Error(`bench import refused: ${created.issues[0]?.message}`);
  await time("preview (dry run) of 10,000 rows, all unchanged", () => importEmployees(user, people(""), { ...options, dryRun: true }, new Date()));
  await time("import 10,000 rows, every one updated", () => importEmployees(user, people("x"), options, new Date()));
  const bad = people("y").split("\n");
  bad[9_998] = "broken;row";
  await time("import refused by a bad row 9,999 (nothing written)", () => importEmployees(user, bad.join("\n"), options, new Date()));
  const csv = await time("export every active employee", () => exportEmployeesCsv());
  await time("re-import the export (dry run, deactivate missing)", () => importEmployees(user, csv, { ...options, dryRun: true, deactivateMissing: true }, new Date()));

  const listSize = await db.employee.count();
  await time(`employees list, first page of ${listSize.toLocaleString("en")}`, () => searchEmployees({ page: 1 }));
  await time("employees list, page 150 sorted by start date", () => searchEmployees({ page: 150, sort: "startDate", dir: "desc" }));
  await time('employees search "family999", with count', () => searchEmployees({ page: 1, q: "family999" }));

  // 100,000 audit entries spread over a year, as HR would build up.
  await db.$executeRawUnsafe(`
    INSERT INTO audit_log (id, actor_id, action, entity_type, entity_id, after, created_at)
    SELECT 'bench' || g, '${user.id}', CASE g % 3 WHEN 0 THEN 'employee.update' WHEN 1 THEN 'closure.create' ELSE 'team.update' END,
           CASE g % 3 WHEN 0 THEN 'employee' WHEN 1 THEN 'closure' ELSE 'team' END, 'x' || g, '{"n": 1}'::jsonb,
           now() - (g || ' minutes')::interval * 5
    FROM generate_series(1, 100000) AS g`);
  await db.$executeRawUnsafe("ANALYZE audit_log");
  const total = await db.auditLog.count();
  const first = await time(`audit log, newest page of ${total.toLocaleString("en")}`, () => listAuditEntries({}, "Europe/Oslo"));
  let cursor = first.olderCursor;
  for (let page = 0; page < 1_000 && cursor; page++) cursor = (await listAuditEntries({ before: cursor }, "Europe/Oslo")).olderCursor;
  await time("audit log, the page after 1,000 pages", () => listAuditEntries({ before: cursor ?? undefined }, "Europe/Oslo"));
  await time("audit log, kind=team and person, one month", () => listAuditEntries({ kind: "team", actor: user.id, from: new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10), to: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10) }, "Europe/Oslo"));

  const { benchTrendsOnDatabase } = await import("./trends-db");
  await benchTrendsOnDatabase(db, time);

  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(`\nHR console on embedded PostgreSQL (${listSize.toLocaleString("en")} employees)\n`);
  for (const [name, ms] of rows) console.log(`${name.padEnd(width)}  ${ms.toFixed(0).padStart(6)} ms`);
  const trends = rows.find(([name]) => name.endsWith("first view"))?.[1] ?? Number.NaN;
  console.log(`\nTarget: the Trends page's data for 10,000 people over two years, read from the database, under 1 s: first view ${trends.toFixed(0)} ms ${trends < 1_000 ? "✔" : "✘"}`);
  await db.$disconnect();
} finally {
  await database.stop();
  await rm(dir, { recursive: true, force: true });
}
