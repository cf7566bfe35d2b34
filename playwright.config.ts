import path from "node:path";
import { chromium, defineConfig, devices } from "@playwright/test";
import { isExecutable, resolveBrowser, SYSTEM_BROWSER_PATHS } from "./tests/support/browser";
import { e2e } from "./tests/support/e2e-env";

const browser = await resolveBrowser({
  chromiumPath: e2e.chromiumPath,
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

const baseURL = e2e.baseURL;

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
      PORT: String(e2e.port),
      NEXTAUTH_URL: baseURL,
      EMBEDDED_PG_DIR: path.join(e2e.dataDir, "postgres"),
      EMBEDDED_PG_PORT: String(e2e.databasePort),
    },
  },
});
