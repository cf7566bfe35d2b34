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

/** Audit entries by the person with `actorEmail` at given moments (the app writes "now"; a test needs a known time). Returns their ids. */
export async function addAuditEntries(actorEmail: string, entries: { action: string; entityType: string; createdAt: string }[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const ids: string[] = [];
    for (const entry of entries) {
      const id = randomUUID();
      await client.query(
        `INSERT INTO audit_log (id, actor_id, action, entity_type, created_at) SELECT $1, e.id, $2, $3, $4 FROM employee e WHERE e.email = $5`,
        [id, entry.action, entry.entityType, entry.createdAt, actorEmail],
      );
      ids.push(id);
    }
    return ids;
  } finally {
    await client.end();
  }
}

export async function deleteAuditEntries(ids: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    await client.query(`DELETE FROM audit_log WHERE id = ANY($1)`, [ids]);
  } finally {
    await client.end();
  }
}
