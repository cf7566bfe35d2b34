import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { z } from "zod";

// Browser tests use the system's Chromium: Playwright cannot download its own here.
const testEnv = z
  .object({
    CHROMIUM_PATH: z.string().min(1).default("/usr/bin/chromium"),
    E2E_PORT: z.coerce.number().int().min(1024).max(65535).default(3100),
  })
  .parse(process.env);

if (!existsSync(testEnv.CHROMIUM_PATH)) {
  throw new Error(
    `No Chromium at ${testEnv.CHROMIUM_PATH}. Install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
  );
}

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
  timeout: 120_000,
  // Shared 2-core machines: a page can take seconds to answer under load.
  expect: { timeout: 15_000 },
  outputDir: "test-results",
  use: {
    baseURL,
    locale: "en-GB",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: testEnv.CHROMIUM_PATH,
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
