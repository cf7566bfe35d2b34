import { defineConfig } from "prisma/config";

// The CLI only needs the schema path here: the app connects through the
// pg driver adapter (lib/db.ts) and migrations are applied by prisma/migrate.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
