// `npm run db:seed`: seeds demo data into the database at DATABASE_URL if it is empty.
import { createPrismaClient } from "../lib/server/prisma-client";
import { seedDemoData } from "./demo/seed-demo";
import { now } from "../lib/clock";

const db = createPrismaClient();
try {
  console.log((await seedDemoData(db, { today: now() })) ? "Seeded demo data." : "Database already has data; nothing seeded.");
} finally {
  await db.$disconnect();
}
