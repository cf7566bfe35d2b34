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
if (process.env.TEST_WORKER_INDEX === undefined) {
  console.log(`Browser tests use ${browser.executablePath} (${browser.source})`);
  // The app and the specs read the same clock (lib/clock.ts); the server inherits TEST_NOW.
  if (process.env.TEST_NOW) console.log(`The app's clock starts at ${process.env.TEST_NOW}`);
}

const baseURL = e2e.baseURL;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"]],
  // Generous: several test runs share two cores (axe over every admin page alone can take a minute).
  timeout: 120_000,
  // Two cores shared by several test runs: a password hash plus a page can take over 5 s.
  expect: { timeout: 15_000 },
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
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: /rotation-plans\.spec\.ts/ },
    // Publishing plans changes the demo office's days for every later test, so it runs after all the others.
    {
      name: "plans",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      testMatch: /rotation-plans\.spec\.ts/,
      dependencies: ["desktop"],
    },
  ],
  webServer: {
    command: "node --import tsx lib/cli/start.ts",
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
      // Single sign-on through the provider tests/e2e/single-sign-on.spec.ts starts (looked up only at sign-in).
      OIDC_ISSUER: e2e.oidc.issuer,
      OIDC_CLIENT_ID: e2e.oidc.clientId,
      OIDC_CLIENT_SECRET: e2e.oidc.clientSecret,
      OIDC_DISPLAY_NAME: e2e.oidc.displayName,
    },
  },
});
