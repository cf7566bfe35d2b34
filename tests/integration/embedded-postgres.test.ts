import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/server/embedded-postgres";
import { freePort } from "@/tests/support/free-port";
import { query } from "@/tests/support/sql";

describe("embedded PostgreSQL", () => {
  let dir: string;
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("keeps its data across a stop and a start", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "office-rotation-restart-"));
    await chmod(dir, 0o755);
    const options = { dataDir: path.join(dir, "pg"), port: await freePort(), database: "restart_test" };

    const first = await startEmbeddedPostgres(options);
    await query(first.url, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
    await first.stop();

    const second = await startEmbeddedPostgres(options);
    try {
      expect(await query(second.url, "SELECT value FROM kept")).toEqual([{ value: "still here" }]);
      expect(await query(second.url, "SELECT split_part(version(), ' ', 1) AS name")).toEqual([{ name: "PostgreSQL" }]);
    } finally {
      await second.stop();
    }
  });
});
