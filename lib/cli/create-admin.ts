/**
 * `npm run admin:create -- --email kari@company.com --given-name Kari --family-name Nordahl --office Oslo
 *    [--timezone Europe/Oslo --locale nb --seats 120 --capacity-percent 50]`
 * Creates (or promotes) an admin in the database at DATABASE_URL. With
 * ADMIN_PASSWORD set, they can sign in with a password; without it, through
 * single sign-on only.
 */
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { parseEnv } from "../env";
import { createAdmin } from "../server/bootstrap-admin";
import { applyMigrations } from "../server/migrations";
import { createPrismaClient } from "../server/prisma-client";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    "given-name": { type: "string" },
    "family-name": { type: "string" },
    office: { type: "string" },
    timezone: { type: "string" },
    locale: { type: "string" },
    seats: { type: "string" },
    "capacity-percent": { type: "string" },
  },
});

const { DATABASE_URL } = parseEnv();
if (!DATABASE_URL) {
  console.error("Set DATABASE_URL to the database to add the admin to.");
  process.exit(1);
}
await applyMigrations(DATABASE_URL);
const db = createPrismaClient(DATABASE_URL);
try {
  const result = await createAdmin(db, {
    email: values.email ?? "",
    givenName: values["given-name"] ?? "",
    familyName: values["family-name"] ?? "",
    office: values.office ?? "",
    timezone: values.timezone,
    locale: values.locale,
    seats: values.seats,
    capacityPercent: values["capacity-percent"],
    password: process.env.ADMIN_PASSWORD || undefined,
  });
  console.log(`Admin ${values.email} is ready${result.officeCreated ? `, in the new office ${values.office}` : ""}.`);
} catch (error) {
  console.error(error instanceof ZodError ? error.issues.map((issue) => issue.message).join("\n") : (error as Error).message);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
