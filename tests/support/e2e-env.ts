import { tmpdir } from "node:os";
import path from "node:path";
import { z } from "zod";

/**
 * Where the browser tests' app and database live, shared by playwright.config.ts
 * and specs that start more servers on the same database. The run id is set
 * once by the runner and inherited by its workers, so both agree.
 */
const testEnv = z
  .object({
    CHROMIUM_PATH: z.preprocess((value) => (value === "" ? undefined : value), z.string().optional()),
    E2E_PORT: z.coerce.number().int().min(1024).max(65535).default(3100),
  })
  .parse(process.env);

process.env.E2E_RUN_ID ??= String(Date.now());

export const e2e = {
  chromiumPath: testEnv.CHROMIUM_PATH,
  port: testEnv.E2E_PORT,
  baseURL: `http://localhost:${testEnv.E2E_PORT}`,
  /** Each run starts from a fresh embedded database with demo data. */
  dataDir: path.join(tmpdir(), `office-rotation-e2e-${process.env.E2E_RUN_ID}`),
  databasePort: testEnv.E2E_PORT + 10,
  /** The database lib/cli/start.ts creates on the embedded server. */
  databaseUrl: `postgresql://office_rotation:office_rotation@localhost:${testEnv.E2E_PORT + 10}/office_rotation`,
  /** The local OpenID Connect provider the single sign-on spec starts; the app is configured for it. */
  oidc: {
    port: testEnv.E2E_PORT + 20,
    issuer: `http://localhost:${testEnv.E2E_PORT + 20}`,
    clientId: "office-rotation-e2e",
    clientSecret: "office-rotation-e2e-secret",
    displayName: "Test provider",
  },
};
