import { inject } from "vitest";

// Runs before each test file's imports, so modules that read DATABASE_URL
// when loaded (lib/db.ts) can be imported statically.
process.env.DATABASE_URL = inject("databaseUrl");

// pg 8 only warns when a query is sent while another runs on the same
// connection (a transaction's queries sent at once); pg 9 refuses it. Fail
// the run on the warning, so the code is ready for pg 9.
process.on("warning", (warning) => {
  if (/already executing a query/.test(warning.message)) throw new Error(`A transaction sent two queries at once on one connection: ${warning.stack}`);
});
