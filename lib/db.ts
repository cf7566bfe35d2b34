import "server-only";
import { createPrismaClient, type DbClient } from "@/lib/server/prisma-client";

const globalForDb = globalThis as unknown as { db?: DbClient };

/** The one Prisma client of the app (kept across hot reloads in development). */
export const db: DbClient = globalForDb.db ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForDb.db = db;
