import pg from "pg";
import { z } from "zod";

/**
 * The browser tests' own database (the embedded PostgreSQL the webServer
 * started, see playwright.config.ts), for arranging rows a person could not
 * make through the UI of this branch and reading ids to look for.
 */
export async function withDatabase<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const port = z.coerce.number().int().default(3100).parse(process.env.E2E_PORT) + 10;
  const client = new pg.Client({ connectionString: `postgresql://office_rotation:office_rotation@localhost:${port}/office_rotation` });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
