import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, defineConfig, devices } from "@playwright/test";
import { z } from "zod";
import { isExecutable, resolveBrowser, SYSTEM_BROWSER_PATHS } from "./tests/support/browser";

const testEnv = z
  .object({
    CHROMIUM_PATH: z.preprocess((value) => (value === "" ? undefined : value), z.string().optional()),
    E2E_PORT: z.coerce.number().int().min(1024).max(65535).default(3100),
  })
  .parse(process.env);

const browser = await resolveBrowser({
  chromiumPath: testEnv.CHROMIUM_PATH,
  playwrightPath: () => {
    try {
      return chromium.executablePath();
    } catch {
      return undefined;
    }
  },
  systemPaths: SYSTEM_BROWSER_PATHS[process.platform] ?? [],
  platform: process.platform,
  packagedPath: async () => (await import("@sparticuz/chromium")).default.executablePath(),
  isExecutable,
});
// Workers load this config again; say it once, from the runner.
if (process.env.TEST_WORKER_INDEX === undefined) console.log(`Browser tests use ${browser.executablePath} (${browser.source})`);

const baseURL = `http://localhost:${testEnv.E2E_PORT}`;
// Each run starts from a fresh embedded database with demo data.
const dataDir = path.join(tmpdir(), `office-rotation-e2e-${process.env.E2E_RUN_ID ?? (process.env.E2E_RUN_ID = String(Date.now()))}`);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  outputDir: "test-results",
  use: {
    baseURL,
    locale: "en-GB",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: browser.executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
  ],
  webServer: {
    command: "tsx lib/cli/start.ts",
    url: `${baseURL}/sign-in`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      DATABASE_URL: "",
      DEMO_MODE: "true",
      PORT: String(testEnv.E2E_PORT),
      NEXTAUTH_URL: baseURL,
      EMBEDDED_PG_DIR: path.join(dataDir, "postgres"),
      EMBEDDED_PG_PORT: String(testEnv.E2E_PORT + 10),
    },
  },
});
