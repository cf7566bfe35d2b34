import { inject } from "vitest";
import { ensureDatabase } from "@/lib/server/embedded-postgres";
import { applyMigrations } from "@/lib/server/migrations";
import { installJobQueue } from "@/lib/jobs/boss";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { seedDemoData } from "@/prisma/demo/seed-demo";

/** The migrated test database; also sets DATABASE_URL for modules that read it (lib/db.ts). */
export function testDatabaseUrl(): string {
  const url = inject("databaseUrl");
  process.env.DATABASE_URL = url;
  return url;
}

export function testPrisma() {
  return createPrismaClient(testDatabaseUrl());
}

/** A new, migrated database of its own on the test server, for tests that need an empty one. */
export async function freshDatabaseUrl(name: string): Promise<string> {
  const url = new URL(inject("databaseUrl"));
  const database = `${url.pathname.slice(1)}_${name}`;
  await ensureDatabase(url.toString(), database);
  url.pathname = `/${database}`;
  await applyMigrations(url.toString());
  await installJobQueue(url.toString());
  return url.toString();
}

/**
 * A fresh database of its own holding the demo data, set as DATABASE_URL so
 * that the app's modules loaded afterwards (lib/db.ts reads it once) use it:
 * for tests that write where other test files would notice.
 */
export async function freshDemoDatabase(name: string, today: Date) {
  const url = await freshDatabaseUrl(name);
  process.env.DATABASE_URL = url;
  const db = createPrismaClient(url);
  await seedDemoData(db, { today });
  return db;
}
