// `npm run db:migrate`: applies pending migrations to the database at DATABASE_URL.
import { parseEnv } from "../lib/env";
import { applyMigrations } from "../lib/server/migrations";

const { DATABASE_URL } = parseEnv();
if (!DATABASE_URL) {
  console.error("DATABASE_URL is not set. `npm start` migrates the embedded database by itself.");
  process.exit(1);
}
const applied = await applyMigrations(DATABASE_URL);
console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database schema is up to date.");
