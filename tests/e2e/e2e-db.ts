import { randomUUID } from "node:crypto";
import pg from "pg";
import { generateAccessToken } from "@/lib/auth/access-token";

/** The embedded database the browser tests' app runs on (see playwright.config.ts). */
function e2eDatabaseUrl(): string {
  const port = Number(process.env.E2E_PORT ?? 3100) + 10;
  return `postgresql://office_rotation:office_rotation@localhost:${port}/office_rotation`;
}

/**
 * Personal access tokens for people of an office, straight into the app's
 * database: other employees acting through the API while the test drives
 * the browser as one person.
 */
export async function tokensForOffice(
  officeName: string,
  emails: { except: string[] } | { only: string[] },
  limit: number,
): Promise<{ email: string; token: string }[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; email: string }>(
      `SELECT e.id, e.email FROM employee e JOIN office o ON o.id = e.office_id
       WHERE o.name = $1 AND e.active AND ${"only" in emails ? "" : "NOT"} (e.email = ANY($2)) ORDER BY e.email LIMIT $3`,
      [officeName, "only" in emails ? emails.only : emails.except, limit],
    );
    const tokens: { email: string; token: string }[] = [];
    for (const row of rows) {
      const { token, tokenHash, prefix } = generateAccessToken();
      await client.query(`INSERT INTO personal_access_token (id, employee_id, name, token_hash, prefix) VALUES ($1, $2, 'e2e', $3, $4)`, [
        randomUUID(),
        row.id,
        tokenHash,
        prefix,
      ]);
      tokens.push({ email: row.email, token });
    }
    return tokens;
  } finally {
    await client.end();
  }
}
