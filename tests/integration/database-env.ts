import { inject } from "vitest";

// Runs before each test file's imports, so modules that read DATABASE_URL
// when loaded (lib/db.ts) can be imported statically.
process.env.DATABASE_URL = inject("databaseUrl");
