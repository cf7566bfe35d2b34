import { readdir } from "node:fs/promises";
import path from "node:path";

/** What GET /api/health reports: no data, only whether this instance can serve. */
export interface Health {
  status: "ok" | "unavailable";
  database: "reachable" | "unreachable";
  migrations: "applied" | "pending" | "unknown";
}

/** Runs one SQL statement on the app's database and returns its rows. */
export type Query = (sql: string) => Promise<unknown[]>;

/** Names of the migrations this version of the app expects (folders of prisma/migrations). */
export async function expectedMigrations(): Promise<string[]> {
  const entries = await readdir(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

/**
 * Healthy when the database answers and every migration this version ships
 * is recorded as finished (a newer instance may have applied more: fine).
 */
export async function checkHealth(query: Query, expected: readonly string[]): Promise<Health> {
  try {
    await query("SELECT 1");
  } catch {
    return { status: "unavailable", database: "unreachable", migrations: "unknown" };
  }
  let finished: Set<string>;
  try {
    const rows = (await query(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    )) as { migration_name: string }[];
    finished = new Set(rows.map((row) => row.migration_name));
  } catch {
    // No migrations table yet: nothing has been applied.
    finished = new Set();
  }
  const applied = expected.every((name) => finished.has(name));
  return { status: applied ? "ok" : "unavailable", database: "reachable", migrations: applied ? "applied" : "pending" };
}
