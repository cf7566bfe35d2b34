import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/server/embedded-postgres";
import { postmasterPid } from "@/lib/server/postmaster";
import { watchDatabase } from "@/lib/server/database-watch";
import { freePort } from "@/tests/support/free-port";

async function until(condition: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

describe("the web server's watch on its database", { timeout: 90_000 }, () => {
  let folder: string;
  let database: EmbeddedDatabase;
  afterAll(async () => {
    await database?.stop();
    await rm(folder, { recursive: true, force: true });
  });

  it("says down at once when the database is killed, and up again once the embedded database is restarted", async () => {
    folder = await mkdtemp(path.join(tmpdir(), "office-rotation-watch-"));
    // As root, PostgreSQL runs as a separate user that must be able to enter the folder.
    await chmod(folder, 0o755);
    const dataDir = path.join(folder, "pg");
    database = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: "watched", guard: false });
    const watch = watchDatabase(database.url, 200);
    try {
      expect(await until(() => watch.isUp(), 5_000)).toBe(true);
      process.kill(postmasterPid(dataDir)!, "SIGKILL");
      expect(await until(() => !watch.isUp(), 3_000)).toBe(true);
      expect(database.running()).toBe(false);

      // What npm start's supervisor does: start it again on the same folder (old backends may still be leaving).
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      for (let attempt = 0; ; attempt++) {
        try {
          await database.restart();
          break;
        } catch (error) {
          if (attempt === 5) throw error;
          await new Promise((resolve) => setTimeout(resolve, 1_000));
        }
      }
      expect(database.running()).toBe(true);
      expect(await until(() => watch.isUp(), 5_000)).toBe(true);
    } finally {
      await watch.stop();
    }
  });
});
