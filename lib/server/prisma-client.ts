import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type DbClient = PrismaClient;

/** A Prisma client on the pg driver adapter: no engine binary is needed. */
export function createPrismaClient(connectionString = process.env.DATABASE_URL): PrismaClient {
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides a database.");
  }
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}
