import pg from "pg";
import { describe, expect, it } from "vitest";
import { ensureDatabase } from "@/lib/server/embedded-postgres";
import { checkHealth, expectedMigrations, type Query } from "@/lib/server/health";
import { freePort } from "@/tests/support/free-port";
import { testDatabaseUrl } from "@/tests/support/test-db";

/** A query function on its own connection to `url`, like the app's client. */
async function withQuery<T>(url: string, use: (query: Query) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(async (sql) => (await client.query(sql)).rows);
  } finally {
    await client.end();
  }
}

describe("GET /api/health", () => {
  it("answers 200 and nothing but its state on the migrated database", async () => {
    testDatabaseUrl();
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok", database: "reachable", migrations: "applied" });
  });

  it("is unavailable while a migration this version ships is not applied", async () => {
    const url = new URL(testDatabaseUrl());
    const database = `office_rotation_unmigrated_${process.pid}`;
    await ensureDatabase(url.toString(), database);
    url.pathname = `/${database}`;
    const health = await withQuery(url.toString(), async (query) => checkHealth(query, await expectedMigrations()));
    expect(health).toEqual({ status: "unavailable", database: "reachable", migrations: "pending" });

    const onlyKnown = await withQuery(testDatabaseUrl(), (query) => checkHealth(query, ["20000101000000_not_applied"]));
    expect(onlyKnown.migrations).toBe("pending");
  });

  it("is unavailable when the database does not answer", async () => {
    const port = await freePort();
    const unreachable: Query = async () => {
      const client = new pg.Client({ connectionString: `postgresql://nobody@127.0.0.1:${port}/none` });
      await client.connect();
      return [];
    };
    expect(await checkHealth(unreachable, await expectedMigrations())).toEqual({ status: "unavailable", database: "unreachable", migrations: "unknown" });
  });
});
