import { inject } from "vitest";
import { createPrismaClient } from "@/lib/server/prisma-client";

/** The migrated test database; also sets DATABASE_URL for modules that read it (lib/db.ts). */
export function testDatabaseUrl(): string {
  const url = inject("databaseUrl");
  process.env.DATABASE_URL = url;
  return url;
}

export function testPrisma() {
  return createPrismaClient(testDatabaseUrl());
}
